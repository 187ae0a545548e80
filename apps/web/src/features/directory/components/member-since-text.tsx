import type { Municipality } from "@cni/contracts/municipalities";
import { VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { memberSince } from "../utils/municipality";

type Props = Pick<Municipality, "memberSince" | "memberSinceOnOrBefore">;

/** "04/01/2018", or "έως 17/06/2024" / "on or before 17/06/2024" — never an exact date then. */
export function MemberSinceText(props: Props) {
  const { t, i18n } = useTranslation("directory");
  const since = memberSince(props, i18n.language);
  if (since.kind === "none") {
    return (
      <>
        <span aria-hidden="true">{t("table.notMember")}</span>
        <VisuallyHidden>{t("table.notMemberLabel")}</VisuallyHidden>
      </>
    );
  }
  const date = <time dateTime={since.date}>{since.text}</time>;
  if (since.kind === "exact") return date;
  const [before, after] = t("memberSince.onOrBefore", { date: "\u0000" }).split("\u0000");
  return (
    <span data-on-or-before="">
      {before}
      {date}
      {after}
    </span>
  );
}
