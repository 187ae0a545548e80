// The text of a reminder e-mail, Greek first then English (the portal's languages).
import type { ReminderKind } from "@cni/domain/reminders";

type Names = { nameEl: string; nameEn: string } | null;

const TEXT: Record<
  ReminderKind,
  { el: (subject: Names, dueOn?: string) => string; en: (subject: Names, dueOn?: string) => string }
> = {
  unacknowledged_notice: {
    el: (s) =>
      `Υπενθύμιση: μια ειδοποίηση του Δικτύου${s ? ` σχετικά με τον Δήμο ${s.nameEl}` : ""} δεν έχει επιβεβαιωθεί εδώ και 7 ημέρες.`,
    en: (s) =>
      `Reminder: a notice from the Network${s ? ` about the Municipality of ${s.nameEn}` : ""} has not been acknowledged for 7 days.`,
  },
  review_opening: {
    el: (_, dueOn) =>
      `Υπενθύμιση: η διετής αξιολόγηση με προθεσμία ${greekDate(dueOn)} είναι ανοιχτή και ο δήμος σας δεν έχει υποβάλει ακόμη την αξιολόγησή του.`,
    en: (_, dueOn) =>
      `Reminder: the biennial review due ${dueOn} is open and your municipality has not submitted its evaluation yet.`,
  },
  review_last_weeks: {
    el: (_, dueOn) =>
      `Υπενθύμιση: απομένουν λιγότερες από δύο εβδομάδες ως την προθεσμία της διετούς αξιολόγησης (${greekDate(dueOn)}) και ο δήμος σας δεν έχει υποβάλει ακόμη την αξιολόγησή του.`,
    en: (_, dueOn) =>
      `Reminder: less than two weeks remain until the biennial review is due (${dueOn}) and your municipality has not submitted its evaluation yet.`,
  },
  declaration_waiting: {
    el: (s) =>
      `Υπενθύμιση: η δήλωση προσχώρησης${s ? ` του Δήμου ${s.nameEl}` : ""} περιμένει έλεγχο από τους συντονιστές πάνω από 7 ημέρες.`,
    en: (s) =>
      `Reminder: the accession declaration${s ? ` of the Municipality of ${s.nameEn}` : ""} has been waiting for the coordinators' check for more than 7 days.`,
  },
};

/** 2028-06-17 → 17/06/2028 (the Greek date format used everywhere). */
function greekDate(iso: string | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export function reminderEmail(
  kind: ReminderKind,
  subject: Names,
  publicUrl: string | undefined,
  reviewDueOn?: string,
): { subject: string; text: string } {
  const page = kind === "declaration_waiting" ? "/accessions" : "/notices";
  const link = publicUrl
    ? `${publicUrl.replace(/\/$/, "")}${page}`
    : "την πύλη του Δικτύου / the Network's portal";
  return {
    subject: "Δίκτυο Πόλεων για την Ένταξη — υπενθύμιση / CNI reminder",
    text: [
      TEXT[kind].el(subject, reviewDueOn),
      `Δείτε: ${link}`,
      "",
      TEXT[kind].en(subject, reviewDueOn),
      `See: ${link}`,
    ].join("\n"),
  };
}
