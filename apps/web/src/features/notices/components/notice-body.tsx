// What one notice says: what happened, what follows (the dates it carries), and a link to
// where the reader acts next — the declaration to correct, the proposal to answer, the
// registration to verify. Links look like every other link of the UI (Mantine Anchor).
import type { Notice } from "@cni/contracts/notices";
import { Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { formatDate } from "@/lib/format";

/** Where the reader acts on a notice, and the link's text key; null: nothing to do there. */
export function noticeAction(n: Notice): { to: string; key: string } | null {
  const id = (value: string) => encodeURIComponent(value);
  switch (`${n.kind}.${n.event}`) {
    case "accession.returned":
      return { to: "/accession", key: "action.fix" };
    case "accession.joined":
    case "designation.designated":
    case "registration.verified":
      return { to: "/my", key: "action.my" };
    case "accession.submitted":
    case "accession.waiting": // a reminder (decision 093)
      return n.accessionId
        ? { to: `/admin/accessions/${id(n.accessionId)}`, key: "action.check" }
        : null;
    case "registration.submitted":
    case "registration.unacknowledged":
      return { to: "/admin/users", key: "verifyOnUsersPage" };
    case "amendment.proposed":
    case "amendment.circulated":
    case "amendment.reminder":
    case "amendment.decided":
    case "amendment.unacknowledged":
      return n.amendmentId
        ? { to: `/amendments/${id(n.amendmentId)}`, key: "action.amendment" }
        : null;
    case "review.opened":
    case "review.reminder":
    case "review.unacknowledged":
      return {
        to: n.reviewDueOn ? `/reviews/${id(n.reviewDueOn)}` : "/reviews",
        key: "action.review",
      };
    default:
      return n.subjectMunicipalityId
        ? { to: `/municipalities/${id(n.subjectMunicipalityId)}`, key: "" }
        : null;
  }
}

export function NoticeBody({ notice: n, subject }: { notice: Notice; subject: string }) {
  const { t, i18n } = useTranslation("notices");
  const action = noticeAction(n);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {t(`event.${n.kind}.${n.event}`, {
          subject,
          person: n.subjectUserName ?? "",
          defaultValue: t("event.generic", { subject }),
        })}
      </Text>
      {n.memberFrom && (
        <Text size="sm">{t("memberFrom", { date: formatDate(n.memberFrom, i18n.language) })}</Text>
      )}
      {n.kind === "withdrawal" && n.event === "filed" && n.withdrawalDates && (
        <WithdrawalDatesText size="sm" {...n.withdrawalDates} />
      )}
      {action && (
        <Text size="sm">
          <Anchor component={Link} to={action.to}>
            {action.key ? t(action.key) : subject}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
