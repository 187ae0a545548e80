// The text of a notice e-mail, Greek first then English (the portal's languages).
import type { NoticeKind } from "@cni/domain/enums";
import type { NoticeEvent } from "./send.ts";

type Names = { nameEl: string; nameEn: string } | null;

const WHAT: Record<string, { el: (s: string) => string; en: (s: string) => string }> = {
  "accession.notified": {
    el: (s) =>
      `Κοινοποιείται στα μέρη η δήλωση προσχώρησης του Δήμου ${s} στο Μνημόνιο Συνεργασίας του Δικτύου Πόλεων για την Ένταξη.`,
    en: (s) =>
      `The accession declaration of the Municipality of ${s} to the Memorandum of Cooperation of the Cities Network for Integration is notified to the parties.`,
  },
  "withdrawal.filed": {
    el: (s) => `Ο Δήμος ${s} κατέθεσε δήλωση αποχώρησης από το Δίκτυο.`,
    en: (s) => `The Municipality of ${s} has declared its withdrawal from the Network.`,
  },
  "withdrawal.rescinded": {
    el: (s) => `Ο Δήμος ${s} ανακάλεσε τη δήλωση αποχώρησής του.`,
    en: (s) => `The Municipality of ${s} has rescinded its withdrawal.`,
  },
};

export function noticeEmail(
  kind: NoticeKind,
  event: NoticeEvent,
  subject: Names,
  publicUrl: string | undefined,
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
      `Παρακαλούμε επιβεβαιώστε τη λήψη στο ${link}.`,
      "",
      en,
      `Please acknowledge it at ${link}.`,
    ].join("\n"),
  };
}
