// Realistic activities in bulk, for development and benchmarks (scripts/generate-activities.ts).
// Deterministic for a seed, written in batched transactions with createMany.
import { randomUUID } from "node:crypto";
import { addCalendarDays } from "@cni/domain/dates";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type ActivityType, PILLARS } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { searchTextOf } from "./query.ts";

/** A small seeded PRNG (mulberry32), so a given seed always makes the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES: Record<ActivityType, { el: string[]; en: string[] }> = {
  good_practice_exchange: {
    el: ["Ανταλλαγή καλών πρακτικών για", "Συνάντηση τεχνογνωσίας:", "Τοπικά σχέδια ένταξης:"],
    en: ["Good practice exchange on", "Know-how meeting:", "Local integration plans:"],
  },
  operational_capacity: {
    el: ["Δικτύωση δημοτικών δομών για", "Ενίσχυση υπηρεσιών:", "Ανταλλαγή πληροφορίας για"],
    en: ["Networking municipal services on", "Strengthening services:", "Information exchange on"],
  },
  study_visit: {
    el: ["Επίσκεψη μελέτης:", "Χαρτογράφηση αναγκών ένταξης:", "Επίσκεψη στο ΚΕΜ για"],
    en: ["Study visit:", "Mapping integration needs:", "Visit to the Integration Centre on"],
  },
  funding: {
    el: [
      "Κοινή πρόταση χρηματοδότησης για",
      "Πρόσκληση χρηματοδότησης:",
      "Ενημέρωση για το πρόγραμμα",
    ],
    en: ["Joint funding proposal on", "Call for funding:", "Briefing on the programme"],
  },
  policy_proposal: {
    el: ["Πρόταση πολιτικής για", "Υπόμνημα προς το υπουργείο για", "Ευρωπαϊκή διαβούλευση:"],
    en: ["Policy proposal on", "Memorandum to the ministry on", "European consultation:"],
  },
  field_research_pilot: {
    el: ["Έρευνα πεδίου:", "Πιλοτικό πρόγραμμα για", "Πιλοτική δράση:"],
    en: ["Field research:", "Pilot programme on", "Pilot action:"],
  },
  event: {
    el: ["Εργαστήριο για", "Ημερίδα:", "Σεμινάριο για"],
    en: ["Workshop on", "One-day conference:", "Seminar on"],
  },
  public_information: {
    el: ["Ενημερωτική εκστρατεία για", "Ενημέρωση του κοινού:", "Ανοιχτή εκδήλωση για"],
    en: ["Information campaign on", "Informing the public:", "Open event on"],
  },
  other: {
    el: ["Συνάντηση εργασίας για", "Κοινή δράση:", "Συνεργασία για"],
    en: ["Working meeting on", "Joint action:", "Cooperation on"],
  },
};

const TOPICS = [
  { el: "την ένταξη στην αγορά εργασίας", en: "labour-market integration" },
  { el: "την εκμάθηση της ελληνικής γλώσσας", en: "learning Greek" },
  { el: "τα Συμβούλια Ένταξης Μεταναστών και Προσφύγων", en: "the migrant and refugee councils" },
  { el: "την πρόσβαση στη στέγαση", en: "access to housing" },
  { el: "τη διαπολιτισμική επικοινωνία", en: "intercultural communication" },
  { el: "την επαγγελματική κατάρτιση", en: "vocational training" },
  { el: "τα Κέντρα Ένταξης Μεταναστών", en: "the migrant integration centres" },
  { el: "την ένταξη των παιδιών στο σχολείο", en: "children's school integration" },
  { el: "την υγεία και την ψυχοκοινωνική υποστήριξη", en: "health and psychosocial support" },
  { el: "την αναγνώριση προσόντων", en: "recognition of qualifications" },
];

const PROGRAMMES = ["AMIF 2021-2027", "ΕΣΠΑ 2021-2027", "Horizon Europe", "ESF+", "CERV"];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function pickSome<T>(rnd: () => number, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(rnd() * max);
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length) {
    out.push(...pool.splice(Math.floor(rnd() * pool.length), 1));
  }
  return out;
}

export type GenerateOptions = {
  count: number;
  seed?: number;
  batchSize?: number;
  /** The first start date; activities spread over `years` from it. */
  from?: string;
  years?: number;
  onProgress?: (done: number) => void;
};

/** Adds `count` activities with pillars and participants; returns how many were written. */
export async function generateActivities(db: Db, options: GenerateOptions): Promise<number> {
  const rnd = random(options.seed ?? 42);
  const batchSize = options.batchSize ?? 500;
  const from = options.from ?? "2024-06-17";
  const spanDays = Math.round(365 * (options.years ?? 4));
  const rows = await db.municipality.findMany({ select: { id: true, nameEl: true } });
  const municipalities = rows.map((m) => m.id);
  const names = new Map(rows.map((m) => [m.id, m.nameEl]));
  if (municipalities.length === 0) throw new Error("No municipalities: seed the network first");

  let done = 0;
  while (done < options.count) {
    const size = Math.min(batchSize, options.count - done);
    const activities: Prisma.ActivityCreateManyInput[] = [];
    const pillars: Prisma.ActivityPillarCreateManyInput[] = [];
    const participants: Prisma.ActivityParticipantCreateManyInput[] = [];
    for (let i = 0; i < size; i++) {
      const id = `gen${randomUUID().replaceAll("-", "").slice(0, 21)}`;
      const type = pick(rnd, ACTIVITY_TYPES);
      const t = Math.floor(rnd() * TITLES[type].el.length);
      const topic = pick(rnd, TOPICS);
      const host = rnd() < 0.9 ? pick(rnd, municipalities) : null;
      const startsOn = addCalendarDays(from, Math.floor(rnd() * spanDays));
      const endsOn = rnd() < 0.4 ? addCalendarDays(startsOn, 1 + Math.floor(rnd() * 4)) : null;
      const titleEl = `${TITLES[type].el[t]} ${topic.el}`;
      const titleEn = rnd() < 0.7 ? `${TITLES[type].en[t]} ${topic.en}` : null;
      const location = host && rnd() < 0.6 ? `Δημαρχείο ${names.get(host)}` : null;
      const summary = `Δράση του Δικτύου Πόλεων για την Ένταξη με θέμα ${topic.el}.`;
      activities.push({
        id,
        titleEl,
        titleEn,
        summary,
        type,
        startsOn,
        endsOn,
        hostMunicipalityId: host,
        status: pick(rnd, ACTIVITY_STATUSES),
        visibility: rnd() < 0.75 ? "public" : "members",
        location,
        link: rnd() < 0.3 ? `https://example.org/cni/${id}` : null,
        fundingProgramme: type === "funding" ? pick(rnd, PROGRAMMES) : null,
        fundingDeadline: type === "funding" ? addCalendarDays(startsOn, 30) : null,
        published: rnd() < 0.97,
        searchText: searchTextOf({ titleEl, titleEn, summary, location }),
      });
      for (const pillar of pickSome(rnd, PILLARS, 2)) pillars.push({ activityId: id, pillar });
      const joined = pickSome(rnd, municipalities, 4).filter((m) => m !== host);
      for (const municipalityId of joined) participants.push({ activityId: id, municipalityId });
    }
    await db.$transaction(async (tx) => {
      await tx.activity.createMany({ data: activities });
      await tx.activityPillar.createMany({ data: pillars });
      await tx.activityParticipant.createMany({ data: participants });
    });
    done += size;
    options.onProgress?.(done);
  }
  return done;
}
