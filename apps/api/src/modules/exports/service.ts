// The member list as CSV, as of a date, with the directory's filters and columns.
import type { IsoDate } from "@cni/domain/dates";
import type { MembershipStatus } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import { listMunicipalities } from "../municipalities/service.ts";
import { toCsv } from "./csv.ts";

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
    "Αποχώρηση σε ισχύ από",
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
    "Withdrawal effective on",
  ],
};

const STATUS: Record<Lang, Record<MembershipStatus, string>> = {
  el: {
    none: "Μη μέλος",
    applicant: "Υποψήφιο μέλος",
    member: "Μέλος",
    withdrawing: "Σε αποχώρηση",
    former: "Πρώην μέλος",
  },
  en: {
    none: "Not a member",
    applicant: "Applicant",
    member: "Member",
    withdrawing: "Withdrawing",
    former: "Former member",
  },
};

const YES_NO: Record<Lang, [string, string]> = { el: ["Ναι", "Όχι"], en: ["Yes", "No"] };

const nameEl = (name: string) => `Δήμος ${name.replace(/^Δήμος\s+/, "")}`;
const nameEn = (name: string) => `Municipality of ${name.replace(/^Municipality of\s+/i, "")}`;

export type MembersCsvFilter = {
  q?: string;
  status?: MembershipStatus[];
  region?: string;
  asOf: IsoDate;
  lang?: Lang;
};

export async function membersCsv(db: Db, filter: MembersCsvFilter) {
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
    m.withdrawalEffectiveOn,
  ]);
  return {
    filename: `cni-members-${filter.asOf}.csv`,
    body: toCsv(HEADER[lang], rows),
  };
}
