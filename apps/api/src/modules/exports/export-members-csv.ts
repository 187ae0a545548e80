// The member list as CSV, as of a date, with the directory's filters and columns. A member
// whose status on that day the source does not give is "unknown", never "not a member"; a
// withdrawal says its last day as a party and its first day of effect, both.
import type { Municipality } from "@cni/contracts/municipalities";
import type { IsoDate } from "@cni/domain/dates";
import type { MembershipStatus } from "@cni/domain/enums";
import { dayMonthYear, withdrawalDatesText } from "@cni/domain/withdrawal";
import type { Db } from "../../db/client.ts";
import { listMunicipalities } from "../municipalities/list-municipalities.ts";
import { type CsvFormat, csvFilename, toCsv } from "./csv.ts";

type Lang = "el" | "en";

const HEADER: Record<Lang, string[]> = {
  el: [
    "Κωδικός",
    "Δήμος",
    "Όνομα στα αγγλικά",
    "Περιφέρεια",
    "Περιφερειακή ενότητα",
    "Κατάσταση",
    "Ιδρυτικό μέλος",
    "Μέλος από",
    "Μέλος από (το αργότερο)",
    "Μέλος έως και",
    "Αποχώρηση σε ισχύ από",
    "Σημείωση",
  ],
  en: [
    "Id",
    "Municipality",
    "Name in Greek",
    "Region",
    "Regional unit",
    "Status",
    "Founding member",
    "Member since",
    "Member since (on or before)",
    "Member through",
    "Withdrawal effective on",
    "Note",
  ],
};

const STATUS: Record<Lang, Record<MembershipStatus, string>> = {
  el: {
    none: "Μη μέλος",
    unknown: "Άγνωστη",
    applicant: "Υποψήφιο μέλος",
    member: "Μέλος",
    withdrawing: "Σε αποχώρηση",
    former: "Πρώην μέλος",
  },
  en: {
    none: "Not a member",
    unknown: "Unknown",
    applicant: "Applicant",
    member: "Member",
    withdrawing: "Withdrawing",
    former: "Former member",
  },
};

const YES_NO: Record<Lang, [string, string]> = { el: ["Ναι", "Όχι"], en: ["Yes", "No"] };

const nameEl = (name: string) => `Δήμος ${name.replace(/^Δήμος\s+/, "")}`;
const nameEn = (name: string) => `Municipality of ${name.replace(/^Municipality of\s+/i, "")}`;

function note(m: Municipality, lang: Lang): string | null {
  if (m.status === "unknown" && m.memberSinceOnOrBefore) {
    const bound = dayMonthYear(m.memberSinceOnOrBefore);
    return lang === "el"
      ? `Η πηγή δεν αναφέρει αν ήταν μέλος τότε· μέλος το αργότερο από ${bound}`
      : `The source does not say whether it was a member then; a member on or before ${bound}`;
  }
  if (m.withdrawalLastDayAsParty && m.withdrawalEffectiveOn) {
    return withdrawalDatesText(lang, {
      lastDayAsParty: m.withdrawalLastDayAsParty,
      effectiveOn: m.withdrawalEffectiveOn,
    });
  }
  return null;
}

export type MembersCsvFilter = {
  q?: string;
  status?: MembershipStatus[];
  region?: string;
  asOf: IsoDate;
  lang?: Lang;
  format?: CsvFormat;
};

/** GET /api/municipalities.csv */
export async function exportMembersCsv(db: Db, filter: MembersCsvFilter) {
  const lang = filter.lang ?? "el";
  const { items } = await listMunicipalities(db, filter);
  const [yes, no] = YES_NO[lang];
  const rows = items.map((m) => [
    m.id,
    lang === "el" ? nameEl(m.nameEl) : nameEn(m.nameEn),
    lang === "el" ? nameEn(m.nameEn) : nameEl(m.nameEl),
    lang === "el" ? m.region : m.regionEn,
    lang === "el" ? m.regionalUnit : m.regionalUnitEn,
    STATUS[lang][m.status],
    m.founding ? yes : no,
    m.memberSince,
    m.memberSinceOnOrBefore,
    m.withdrawalLastDayAsParty,
    m.withdrawalEffectiveOn,
    note(m, lang),
  ]);
  return {
    filename: csvFilename(`cni-members-${filter.asOf}`, filter.format),
    body: toCsv(HEADER[lang], rows, filter.format),
  };
}
