// "Is this municipality a party to the MoU on day D", asked of the database. The rule itself
// is `isPartyOn` in @cni/domain/membership (member or withdrawing, through N + 15 of a
// notified withdrawal); this file only loads the facts it needs. Every module that acts only
// for a party calls `assertParty`, so the answer (409 NOT_A_PARTY) is the same everywhere.
import { athensDateOf, athensToday, type IsoDate } from "@cni/domain/dates";
import { isPartyOn, type MembershipFacts, partiesOn } from "@cni/domain/membership";
import type { Db, Tx } from "../db/client.ts";
import { type Sql, sqlOf } from "../db/sql.ts";
import { conflict } from "./errors.ts";

export const EMPTY_FACTS: MembershipFacts = { periods: [], withdrawals: [], applications: [] };

/**
 * What the membership rules need, per municipality (all when `municipalityIds` is omitted),
 * in three queries. Draft withdrawals are not facts: only notified ones count.
 */
export async function loadMembershipFacts(
  db: Db | Tx,
  municipalityIds?: string[],
): Promise<Map<string, MembershipFacts>> {
  const where = municipalityIds ? { municipalityId: { in: municipalityIds } } : {};
  const [facts, applications] = await Promise.all([
    loadPartyFacts(db, municipalityIds),
    db.accession.findMany({
      where: {
        ...where,
        OR: [{ submittedOn: { not: null } }, { status: { in: ["submitted", "returned"] } }],
      },
      select: { municipalityId: true, submittedOn: true, closedOn: true, createdAt: true },
    }),
  ]);
  for (const a of applications) {
    factsOf(facts, a.municipalityId).applications.push({
      // A declaration recorded without its submission date (Serres': the source has none)
      // counts from the day the portal recorded it, never from an invented earlier date.
      submittedOn: a.submittedOn ?? athensDateOf(a.createdAt),
      closedOn: a.closedOn,
    });
  }
  return facts;
}

/**
 * The facts "is it a party on D" rests on: membership periods and notified withdrawals.
 * Declarations are left out (`applications` empty): they make an applicant, never a party
 * (`isPartyOn`). ONE statement whose two columns are JSON arrays: every notice to the
 * parties reads this, and through two `findMany`s mapping ≈ 270 rows it cost several times
 * the SQL (issue 16).
 */
export async function loadPartyFacts(
  db: Db | Tx | Sql,
  municipalityIds?: string[],
): Promise<Map<string, MembershipFacts>> {
  const only = municipalityIds ? `AND "municipalityId" IN (SELECT "value" FROM json_each(?))` : "";
  const ids = municipalityIds ? [JSON.stringify(municipalityIds)] : [];
  const [row] = await sqlOf(db).all<{ periods: string; withdrawals: string }>(
    `SELECT
       (SELECT json_group_array(json_array("municipalityId", "startsOn", "startsOnOrBefore"))
        FROM "MembershipPeriod" WHERE 1 ${only}) AS "periods",
       (SELECT json_group_array(json_array("municipalityId", "notifiedOn", "rescindedOn"))
        FROM "Withdrawal" WHERE "notifiedOn" IS NOT NULL ${only}) AS "withdrawals"`,
    ...ids,
    ...ids,
  );
  type Triple = [string, string | null, string | null];
  const facts = new Map<string, MembershipFacts>();
  for (const [id, startsOn, startsOnOrBefore] of JSON.parse(row?.periods ?? "[]") as Triple[]) {
    factsOf(facts, id).periods.push({ startsOn, startsOnOrBefore });
  }
  for (const [id, notifiedOn, rescindedOn] of JSON.parse(row?.withdrawals ?? "[]") as Triple[]) {
    factsOf(facts, id).withdrawals.push({ notifiedOn: notifiedOn as IsoDate, rescindedOn });
  }
  return facts;
}

function factsOf(facts: Map<string, MembershipFacts>, id: string): MembershipFacts {
  let entry = facts.get(id);
  if (!entry) {
    entry = { periods: [], withdrawals: [], applications: [] };
    facts.set(id, entry);
  }
  return entry;
}

/** One municipality's facts (empty when it has none). */
export async function membershipFactsOf(db: Db | Tx, municipalityId: string) {
  return (await loadMembershipFacts(db, [municipalityId])).get(municipalityId) ?? EMPTY_FACTS;
}

/** The parties on a day, sorted by id: notice recipients, review participants, counts. */
export async function loadPartiesOn(db: Db | Tx | Sql, on: IsoDate): Promise<string[]> {
  return partiesOn(await loadPartyFacts(db), on);
}

/** Whether the municipality is a party on `day` (default: today in Athens). */
export async function isParty(
  db: Db | Tx,
  municipalityId: string,
  day: IsoDate = athensToday(),
): Promise<boolean> {
  return isPartyOn(
    (await loadPartyFacts(db, [municipalityId])).get(municipalityId) ?? EMPTY_FACTS,
    day,
  );
}

/**
 * Refuses (409 NOT_A_PARTY) unless the municipality is a party to the MoU on `day`.
 * `action` completes the message: "… so it cannot <action>".
 */
export async function assertParty(
  db: Db | Tx,
  municipalityId: string,
  day: IsoDate = athensToday(),
  action?: string,
): Promise<void> {
  if (await isParty(db, municipalityId, day)) return;
  throw conflict(
    "NOT_A_PARTY",
    `${municipalityId} is not a party to the Memorandum on ${day}${action ? `, so it cannot ${action}` : ""}`,
  );
}
