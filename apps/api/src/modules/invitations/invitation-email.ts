// The invitation e-mail (Greek, then English). Its expiry is written as people read a date
// and time in each language, in Athens time (the portal's one time zone), never as ISO.
import { ATHENS_TZ } from "@cni/domain/dates";
import type { Invitee } from "./service.ts";

const ROLE_TEXT: Record<string, { el: string; en: string }> = {
  coordinator: { el: "συντονιστής/-τρια του δικτύου", en: "network coordinator" },
  officer: { el: "υπεύθυνος/-η του δήμου", en: "municipal officer" },
  representative: { el: "εκπρόσωπος του δήμου", en: "municipal representative" },
};

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// The wall clock in Athens at `instant` (DST included), read field by field so that the
// text does not depend on the ICU data of the machine that sends it.
const athensParts = new Intl.DateTimeFormat("en-US", {
  timeZone: ATHENS_TZ,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

function athensWallClock(instant: Date) {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(athensParts.formatToParts(instant).find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    time: `${String(part("hour") % 24).padStart(2, "0")}:${String(part("minute")).padStart(2, "0")}`,
  };
}

/** «30/11/2026, 16:15 (ώρα Αθήνας)» in Greek, "30 November 2026, 16:15 (Athens)" in English. */
export function formatExpiry(instant: Date, language: "el" | "en"): string {
  const { year, month, day, time } = athensWallClock(instant);
  if (language === "el") {
    const dd = String(day).padStart(2, "0");
    const mm = String(month).padStart(2, "0");
    return `${dd}/${mm}/${year}, ${time} (ώρα Αθήνας)`;
  }
  return `${day} ${EN_MONTHS[month - 1]} ${year}, ${time} (Athens)`;
}

export function invitationEmail(invitee: Invitee, url: string, expiresAt: Date) {
  const role = ROLE_TEXT[invitee.role] ?? { el: invitee.role, en: invitee.role };
  const forEl = invitee.municipality ? ` για τον Δήμο ${invitee.municipality.nameEl}` : "";
  const forEn = invitee.municipality
    ? ` for the Municipality of ${invitee.municipality.nameEn}`
    : "";
  return {
    to: invitee.email,
    subject: "Πρόσκληση στην πύλη του Δικτύου Πόλεων για την Ένταξη / Invitation to the CNI portal",
    text: [
      `${invitee.name},`,
      "",
      `Σας προσκαλούμε στην πύλη του Δικτύου Πόλεων για την Ένταξη ως ${role.el}${forEl}.`,
      "Ανοίξτε τον σύνδεσμο για να ορίσετε τον κωδικό σας:",
      url,
      `Ο σύνδεσμος ισχύει μία φορά, έως ${formatExpiry(expiresAt, "el")}.`,
      "",
      "---",
      "",
      `You are invited to the Cities Network for Integration portal as ${role.en}${forEn}.`,
      "Open the link to set your password:",
      url,
      `The link works once, until ${formatExpiry(expiresAt, "en")}.`,
    ].join("\n"),
  };
}
