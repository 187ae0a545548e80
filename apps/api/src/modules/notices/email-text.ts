// The text of a notice e-mail to the parties, Greek first then English (the portal's
// languages): what happened, what follows, and the page where to act (issue 15).
import type { NoticeKind } from "@cni/domain/enums";
import type { NoticeEvent } from "./send.ts";

type Names = { nameEl: string; nameEn: string } | null;
type Ids = { amendmentId?: string; reviewDueOn?: string };
type Text = { el: (s: string) => string; en: (s: string) => string };

/** What happened (s: the subject municipality's name, "" when there is none). */
const WHAT: Record<string, Text> = {
  "accession.notified": {
    el: (s) =>
      `Κοινοποιείται στα μέρη η δήλωση προσχώρησης του Δήμου ${s} στο Μνημόνιο Συνεργασίας του Δικτύου Πόλεων για την Ένταξη.`,
    en: (s) =>
      `The accession declaration of the Municipality of ${s} to the Memorandum of Understanding of the Cities Network for Integration is notified to the parties.`,
  },
  "withdrawal.filed": {
    el: (s) => `Κοινοποιείται στα μέρη η έγγραφη δήλωση αποχώρησης του Δήμου ${s} από το Μνημόνιο.`,
    en: (s) =>
      `The written withdrawal declaration of the Municipality of ${s} from the Memorandum is notified to the parties.`,
  },
  "withdrawal.rescinded": {
    el: (s) =>
      `Κοινοποιείται στα μέρη η ανάκληση της δήλωσης αποχώρησης του Δήμου ${s}, με απόφαση του δημοτικού συμβουλίου του: παραμένει μέλος.`,
    en: (s) =>
      `The revocation of the withdrawal declaration of the Municipality of ${s}, by a decision of its council, is notified to the parties: it remains a member.`,
  },
  "amendment.proposed": {
    el: () => "Υποβλήθηκε πρόταση τροποποίησης του Μνημονίου Συνεργασίας.",
    en: () => "An amendment to the Memorandum of Understanding was proposed.",
  },
  "amendment.circulated": {
    el: () =>
      "Η γραμματεία του Δικτύου κοινοποίησε στα μέρη πρόταση τροποποίησης του Μνημονίου: η τροποποίηση ισχύει μόνο αν συναινέσει κάθε μέρος. Αναμένεται η απάντηση του δήμου σας.",
    en: () =>
      "The network's secretariat circulated a proposal to amend the Memorandum to the parties: it binds only if every party consents. Your municipality's answer is awaited.",
  },
  "amendment.reminder": {
    el: () =>
      "Υπενθύμιση: αναμένεται η απάντηση του δήμου σας σε πρόταση τροποποίησης του Μνημονίου.",
    en: () =>
      "Reminder: your municipality's answer to a proposal to amend the Memorandum is awaited.",
  },
  "amendment.decided": {
    el: () => "Κοινοποιείται στα μέρη η έκβαση πρότασης τροποποίησης του Μνημονίου.",
    en: () => "The outcome of a proposal to amend the Memorandum is notified to the parties.",
  },
  "review.opened": {
    el: () => "Άνοιξε η διετής αξιολόγηση του Δικτύου: υποβάλετε την αξιολόγηση του δήμου σας.",
    en: () => "The network's biennial review is open: submit your municipality's evaluation.",
  },
  "review.reminder": {
    el: () => "Υπενθύμιση: η διετής αξιολόγηση του δήμου σας δεν έχει υποβληθεί.",
    en: () => "Reminder: your municipality's biennial evaluation has not been submitted.",
  },
};

/** The page of the portal where the reader acts on the notice. */
function pathOf(kind: NoticeKind, ids: Ids): string {
  if (kind === "amendment" && ids.amendmentId) return `/amendments/${ids.amendmentId}`;
  if (kind === "review" && ids.reviewDueOn) return `/reviews/${ids.reviewDueOn}`;
  return "/notices";
}

export function noticeEmail(
  kind: NoticeKind,
  event: NoticeEvent,
  subject: Names,
  publicUrl: string | undefined,
  detail?: { el: string; en: string },
  ids: Ids = {},
): { subject: string; text: string } {
  const known = WHAT[`${kind}.${event}`];
  const el = known ? known.el(subject?.nameEl ?? "") : "Νέα ειδοποίηση του Δικτύου.";
  const en = known ? known.en(subject?.nameEn ?? "") : "A new notice from the Network.";
  const base = publicUrl?.replace(/\/$/, "");
  const page = base ? `${base}${pathOf(kind, ids)}` : undefined;
  const inbox = base
    ? `${base}/notices`
    : "τη σελίδα «Ειδοποιήσεις» της πύλης / the portal's Notices page";
  return {
    subject: `Δίκτυο Πόλεων για την Ένταξη — ειδοποίηση${subject ? `: Δήμος ${subject.nameEl}` : ""} / CNI notice${subject ? `: Municipality of ${subject.nameEn}` : ""}`,
    text: [
      el,
      ...(detail ? [detail.el] : []),
      ...(page && page !== inbox ? [`Λεπτομέρειες: ${page}`] : []),
      `Παρακαλούμε επιβεβαιώστε τη λήψη στο ${inbox}.`,
      "",
      en,
      ...(detail ? [detail.en] : []),
      ...(page && page !== inbox ? [`Details: ${page}`] : []),
      `Please acknowledge it at ${inbox}.`,
    ].join("\n"),
  };
}
