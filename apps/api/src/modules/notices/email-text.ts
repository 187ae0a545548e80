// The text of a notice e-mail, Greek first then English (the portal's languages).
import type { NoticeKind } from "@cni/domain/enums";
import type { NoticeEvent } from "./send.ts";

type Names = { nameEl: string; nameEn: string } | null;

const WHAT: Record<string, { el: (s: string) => string; en: (s: string) => string }> = {
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
};

export function noticeEmail(
  kind: NoticeKind,
  event: NoticeEvent,
  subject: Names,
  publicUrl: string | undefined,
  detail?: { el: string; en: string },
): { subject: string; text: string } {
  const known = WHAT[`${kind}.${event}`];
  const el = known && subject ? known.el(subject.nameEl) : "Νέα ειδοποίηση του Δικτύου.";
  const en = known && subject ? known.en(subject.nameEn) : "A new notice from the Network.";
  const link = publicUrl
    ? `${publicUrl.replace(/\/$/, "")}/notices`
    : "τη σελίδα «Ειδοποιήσεις» της πύλης / the portal's Notices page";
  return {
    subject: `Δίκτυο Πόλεων για την Ένταξη — ειδοποίηση / CNI notice${subject ? `: ${subject.nameEl}` : ""}`,
    text: [
      el,
      ...(detail ? [detail.el] : []),
      `Παρακαλούμε επιβεβαιώστε τη λήψη στο ${link}.`,
      "",
      en,
      ...(detail ? [detail.en] : []),
      `Please acknowledge it at ${link}.`,
    ].join("\n"),
  };
}
