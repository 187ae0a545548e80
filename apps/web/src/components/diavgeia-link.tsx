// A council decision's ΑΔΑ linked to its public page on Diavgeia, the transparency portal
// where Greek public bodies post their decisions. Used wherever a decision with an ΑΔΑ is
// shown (accessions, withdrawals, amendment consents, designation acts).
import { diavgeiaUrl, isValidAda, normalizeAda } from "@cni/domain/council-decision";
import { Anchor } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

type Props = { ada: string | null | undefined; size?: "xs" | "sm" | "md" };

/** The ΑΔΑ as a link (new tab) to Diavgeia; an ΑΔΑ of the wrong shape is shown as text. */
export function DiavgeiaLink({ ada, size }: Props) {
  const { t } = useTranslation("common");
  if (!ada) return null;
  if (!isValidAda(ada)) return <span>{ada}</span>;
  const code = normalizeAda(ada);
  return (
    <Anchor
      href={diavgeiaUrl(code)}
      target="_blank"
      rel="noopener noreferrer"
      size={size}
      aria-label={t("diavgeia.linkLabel", { ada: code })}
      style={{ whiteSpace: "nowrap" }}
    >
      {code}
      <IconExternalLink
        size={14}
        aria-hidden="true"
        style={{ marginInlineStart: 4, verticalAlign: "-2px" }}
      />
    </Anchor>
  );
}
