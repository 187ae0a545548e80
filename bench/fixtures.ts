// Bulk data for benchmarks and reliability tests: municipalities with realistic membership
// histories (accepted accessions, withdrawals, applicants with submitted declarations),
// designations, users, notices and audit entries. Deterministic for a seed; written with
// createMany in batched transactions (straight to the database: a benchmark fixture, not
// a domain operation).
import { randomUUID } from "node:crypto";
import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { normalizeForSearch } from "@cni/domain/text";
import type { Db } from "../apps/api/src/db/client.ts";
import type { Prisma } from "../apps/api/src/generated/prisma/client.ts";
import { hashPassword } from "../apps/api/src/lib/password.ts";

/** mulberry32: a given seed always makes the same data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const SEATS = [
  ["Αττική", "Attica", "Βόρειος Τομέας Αθηνών", "North Athens", 38.05, 23.8],
  ["Αττική", "Attica", "Δυτική Αττική", "West Attica", 38.05, 23.5],
  ["Κεντρική Μακεδονία", "Central Macedonia", "Χαλκιδική", "Chalkidiki", 40.3, 23.4],
  ["Κεντρική Μακεδονία", "Central Macedonia", "Κιλκίς", "Kilkis", 40.99, 22.87],
  ["Ανατολική Μακεδονία και Θράκη", "East Macedonia and Thrace", "Έβρος", "Evros", 41.1, 26.1],
  ["Δυτική Μακεδονία", "West Macedonia", "Κοζάνη", "Kozani", 40.3, 21.79],
  ["Ήπειρος", "Epirus", "Άρτα", "Arta", 39.16, 20.98],
  ["Θεσσαλία", "Thessaly", "Μαγνησία", "Magnesia", 39.36, 22.94],
  ["Ιόνια Νησιά", "Ionian Islands", "Κέρκυρα", "Corfu", 39.62, 19.92],
  ["Δυτική Ελλάδα", "Western Greece", "Αχαΐα", "Achaea", 38.25, 21.73],
  ["Στερεά Ελλάδα", "Central Greece", "Φθιώτιδα", "Phthiotis", 38.9, 22.43],
  ["Πελοπόννησος", "Peloponnese", "Μεσσηνία", "Messenia", 37.04, 22.11],
  ["Βόρειο Αιγαίο", "North Aegean", "Λέσβος", "Lesbos", 39.1, 26.55],
  ["Νότιο Αιγαίο", "South Aegean", "Κυκλάδες", "Cyclades", 37.44, 25.37],
  ["Κρήτη", "Crete", "Ρέθυμνο", "Rethymno", 35.37, 24.47],
] as const;

const STEMS = [
  ["Αγίας Παρασκευής", "Agia Paraskevi"],
  ["Βόλου", "Volos"],
  ["Κοζάνης", "Kozani"],
  ["Πατρέων", "Patras"],
  ["Λαμιέων", "Lamia"],
  ["Καλαμάτας", "Kalamata"],
  ["Μυτιλήνης", "Mytilene"],
  ["Ρεθύμνης", "Rethymno"],
  ["Κέρκυρας", "Corfu"],
  ["Αλεξανδρούπολης", "Alexandroupoli"],
  ["Άρτας", "Arta"],
  ["Κιλκίς", "Kilkis"],
  ["Νάξου", "Naxos"],
  ["Χαλκηδόνος", "Chalkidona"],
  ["Φυλής", "Fyli"],
  ["Περιστερίου", "Peristeri"],
  ["Ωραιοκάστρου", "Oraiokastro"],
  ["Ελευσίνας", "Elefsina"],
] as const;

export type MunicipalityPlan = {
  /** generated municipalities (the 19 seeded ones come on top) */
  count: number;
  members: number;
  former: number;
  withdrawing: number;
  /** the rest are applicants, each with one submitted declaration */
  seed?: number;
  /** bulk audit entries besides the ones the history implies */
  extraAuditEntries?: number;
  /** ids start with this */
  prefix?: string;
};

export const BENCH_PASSWORD = "bench-password-1234";
export const BENCH_COORDINATOR = "bench-coordinator@cni.test";

async function inBatches<T>(items: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

function decision(rng: ReturnType<typeof prng>, date: string) {
  const total = rng.pick([17, 21, 27, 33, 41, 49]);
  const present = Math.floor(total / 2) + rng.int(1, Math.ceil(total / 2));
  return {
    decisionNumber: `${rng.int(1, 400)}/${date.slice(0, 4)}`,
    decisionSession: String(rng.int(1, 30)),
    decisionDate: date,
    membersTotal: total,
    membersPresent: present,
    vote: "unanimous",
    votesFor: null,
    diavgeiaAda: null,
    signatoryName: "Δήμαρχος",
    signatoryTitle: "Δήμαρχος",
  };
}

/**
 * Adds `plan.count` municipalities with their histories. Returns the ids by status and the
 * ids of the applicants' submitted declarations.
 */
export async function addNetwork(db: Db, plan: MunicipalityPlan) {
  const rng = prng(plan.seed ?? 1);
  const prefix = plan.prefix ?? "bench";
  const today = athensToday();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const parties = (await db.membershipPeriod.findMany({ select: { municipalityId: true } })).map(
    (p) => p.municipalityId,
  );

  const municipalities: Prisma.MunicipalityCreateManyInput[] = [];
  const periods: Prisma.MembershipPeriodCreateManyInput[] = [];
  const accessions: Prisma.AccessionCreateManyInput[] = [];
  const withdrawals: Prisma.WithdrawalCreateManyInput[] = [];
  const designations: Prisma.DesignationCreateManyInput[] = [];
  const users: Prisma.UserCreateManyInput[] = [];
  const notices: Prisma.NoticeCreateManyInput[] = [];
  const audits: Prisma.AuditEntryCreateManyInput[] = [];
  const submitted: string[] = [];
  const ids = { members: [] as string[], former: [] as string[], withdrawing: [] as string[] };
  const audit = (action: string, entityType: string, entityId: string, summary: string) =>
    audits.push({
      id: randomUUID(),
      actorId: null,
      actorLabel: BENCH_COORDINATOR,
      action,
      entityType,
      entityId,
      summary,
      at: new Date(),
    });

  // Members join in date order, so each accession notifies the parties of its day.
  const span = 700; // days of history before today
  const joinOffsets = Array.from({ length: plan.members + plan.former + plan.withdrawing }, () =>
    rng.int(30, span),
  ).sort((a, b) => b - a);

  for (let i = 0; i < plan.count; i += 1) {
    const id = `${prefix}-${String(i + 1).padStart(4, "0")}`;
    const [stemEl, stemEn] = rng.pick(STEMS);
    const [region, regionEn, unit, unitEn, lat, lon] = rng.pick(SEATS);
    const nameEl = `${stemEl} ${i + 1}`;
    const nameEn = `${stemEn} ${i + 1}`;
    municipalities.push({
      id,
      nameEl,
      nameEn,
      searchText: normalizeForSearch(`${nameEl} ${nameEn}`),
      region,
      regionEn,
      regionalUnit: unit,
      regionalUnitEn: unitEn,
      lat: lat + (rng.next() - 0.5) * 0.4,
      lon: lon + (rng.next() - 0.5) * 0.4,
      founding: false,
    });
    users.push(
      {
        id: randomUUID(),
        email: `officer.${id}@bench.cni`,
        name: `Υπάλληλος ${nameEl}`,
        role: "officer",
        municipalityId: id,
        passwordHash,
      },
      {
        id: randomUUID(),
        email: `representative.${id}@bench.cni`,
        name: `Εκπρόσωπος ${nameEl}`,
        role: "representative",
        municipalityId: id,
        passwordHash,
      },
    );

    const joined = i < joinOffsets.length;
    if (!joined) {
      const accessionId = randomUUID();
      const date = addCalendarDays(today, -rng.int(5, 60));
      accessions.push({
        id: accessionId,
        municipalityId: id,
        status: "submitted",
        ...decision(rng, date),
        representativeName: `Εκπρόσωπος ${nameEl}`,
        representativeEmail: `rep.${id}@bench.cni`,
        alternateName: `Αναπληρωτής ${nameEl}`,
        alternateEmail: `alt.${id}@bench.cni`,
        submittedOn: addCalendarDays(date, 1),
        submittedAt: new Date(),
      });
      submitted.push(accessionId);
      audit("accession.submit", "accession", accessionId, `Submitted the accession of ${id}`);
      continue;
    }

    const startsOn = addCalendarDays(today, -(joinOffsets[i] as number));
    const accessionId = randomUUID();
    const date = addCalendarDays(startsOn, -rng.int(10, 40));
    accessions.push({
      id: accessionId,
      municipalityId: id,
      status: "notified",
      ...decision(rng, date),
      representativeName: `Εκπρόσωπος ${nameEl}`,
      representativeEmail: `rep.${id}@bench.cni`,
      alternateName: `Αναπληρωτής ${nameEl}`,
      alternateEmail: `alt.${id}@bench.cni`,
      submittedOn: addCalendarDays(date, 2),
      submittedAt: new Date(),
      notifiedOn: startsOn,
      notifiedAt: new Date(),
      closedOn: startsOn,
    });
    periods.push({ municipalityId: id, basis: "accession", startsOn, accessionId });
    for (const role of ["representative", "alternate"]) {
      designations.push({
        municipalityId: id,
        role,
        name: `${role === "representative" ? "Εκπρόσωπος" : "Αναπληρωτής"} ${nameEl}`,
        email: `${role}.${id}@bench.cni`,
        from: startsOn,
        accessionId,
      });
    }
    const sentAt = new Date(`${startsOn}T09:00:00Z`);
    for (const recipient of parties) {
      const acknowledged = rng.next() < 0.6;
      const noticeId = randomUUID();
      notices.push({
        id: noticeId,
        kind: "accession",
        event: "notified",
        subjectMunicipalityId: id,
        recipientMunicipalityId: recipient,
        accessionId,
        sentAt,
        acknowledgedAt: acknowledged ? new Date(sentAt.getTime() + 86_400_000) : null,
      });
      if (acknowledged)
        audit("notice.acknowledge", "notice", noticeId, `${recipient} acknowledged`);
    }
    audit("accession.accept", "accession", accessionId, `Accepted the accession of ${id}`);
    parties.push(id);

    const rank = i - plan.members;
    if (rank >= 0) {
      // withdrawals: effective (former) or still pending (withdrawing)
      const isFormer = rank < plan.former;
      const notifiedOn = isFormer
        ? addCalendarDays(startsOn, rng.int(20, Math.max(21, (joinOffsets[i] as number) - 20)))
        : addCalendarDays(today, -rng.int(1, 10));
      const withdrawalId = randomUUID();
      withdrawals.push({
        id: withdrawalId,
        municipalityId: id,
        status: "pending",
        decisionNumber: `${100 + withdrawals.length}/${notifiedOn.slice(0, 4)}`,
        decisionDate: addCalendarDays(notifiedOn, -2),
        notifiedOn,
        lastDayAsParty: addCalendarDays(notifiedOn, 15),
        effectiveOn: addCalendarDays(notifiedOn, 16),
      });
      audit("withdrawal.file", "withdrawal", withdrawalId, `Withdrawal of ${id}`);
      (isFormer ? ids.former : ids.withdrawing).push(id);
    } else {
      ids.members.push(id);
    }
  }

  for (let i = 0; i < (plan.extraAuditEntries ?? 0); i += 1) {
    audit("activity.update", "activity", randomUUID(), "Updated an activity (bench filler)");
  }

  await db.$transaction(async (tx) => {
    await tx.municipality.createMany({ data: municipalities });
    await inBatches(users, 500, (batch) => tx.user.createMany({ data: batch }));
    await inBatches(accessions, 500, (batch) => tx.accession.createMany({ data: batch }));
    await inBatches(periods, 500, (batch) => tx.membershipPeriod.createMany({ data: batch }));
    await inBatches(withdrawals, 500, (batch) => tx.withdrawal.createMany({ data: batch }));
    await inBatches(designations, 500, (batch) => tx.designation.createMany({ data: batch }));
  });
  await inBatches(notices, 2000, (batch) =>
    db.$transaction((tx) => tx.notice.createMany({ data: batch })),
  );
  await inBatches(audits, 2000, (batch) =>
    db.$transaction((tx) => tx.auditEntry.createMany({ data: batch })),
  );
  return {
    ...ids,
    submitted,
    counts: {
      municipalities: municipalities.length,
      users: users.length,
      accessions: accessions.length,
      notices: notices.length,
      auditEntries: audits.length,
    },
  };
}

/** The coordinator the benchmark signs in as. */
export async function addBenchCoordinator(db: Db) {
  const existing = await db.user.findUnique({ where: { email: BENCH_COORDINATOR } });
  if (existing) return existing;
  return db.user.create({
    data: {
      email: BENCH_COORDINATOR,
      name: "Bench coordinator",
      role: "coordinator",
      passwordHash: await hashPassword(BENCH_PASSWORD),
    },
  });
}
