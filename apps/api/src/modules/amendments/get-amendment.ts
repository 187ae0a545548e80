import type { AmendmentDetail } from "@cni/contracts/amendments";
import { athensToday } from "@cni/domain/dates";
import type { Db, Tx } from "../../db/client.ts";
import { isPartyMember, type SessionUser } from "../../lib/access.ts";
import { or404 } from "../../lib/errors.ts";
import { loadPartiesOn } from "../../lib/parties.ts";
import {
  AMENDMENT_INCLUDE,
  loadPartyFacts,
  outcomeOf,
  partyAnswers,
  toAmendment,
  userNames,
} from "./amendment-view.ts";

/** The discussion is open to coordinators and the verified accounts of the parties only. */
export function canSeeDiscussion(db: Db | Tx, actor: SessionUser): Promise<boolean> {
  return isPartyMember(db, actor);
}

/** Loads one amendment row with everything its view needs, or 404. */
export async function findAmendmentOr404(db: Db | Tx, id: string) {
  return or404(
    await db.amendment.findUnique({ where: { id }, include: AMENDMENT_INCLUDE }),
    "Amendment",
  );
}

/**
 * GET /api/amendments/:id: the proposal, its computed status, the consent register (every
 * frozen party with its answer) and, for the parties' accounts, the discussion.
 */
export async function getAmendment(
  db: Db | Tx,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<AmendmentDetail> {
  const row = await findAmendmentOr404(db, id);
  const today = athensToday();
  const [facts, names, showComments] = await Promise.all([
    loadPartyFacts(db, [row]),
    userNames(db, [row]),
    canSeeDiscussion(db, actor),
  ]);
  const outcome = outcomeOf(row, facts, today);
  const frozen = new Set(row.parties.map((p) => p.municipalityId));
  const joinedIds = row.circulatedOn
    ? (await loadPartiesOn(db, today)).filter((m) => !frozen.has(m))
    : [];
  const [comments, joined] = await Promise.all([
    showComments
      ? db.amendmentComment.findMany({
          where: { amendmentId: id },
          orderBy: { createdAt: "asc" },
          include: {
            author: {
              select: {
                id: true,
                name: true,
                role: true,
                municipalityId: true,
                municipality: { select: { nameEl: true, nameEn: true } },
              },
            },
          },
        })
      : [],
    joinedIds.length
      ? db.municipality.findMany({
          where: { id: { in: joinedIds } },
          select: { id: true, nameEl: true, nameEn: true },
          orderBy: { id: "asc" },
        })
      : [],
  ]);
  return {
    ...toAmendment(row, outcome, names),
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      author: {
        id: c.author.id,
        name: c.author.name,
        role: c.author.role as "coordinator" | "officer" | "representative",
        municipalityId: c.author.municipalityId,
        municipalityNameEl: c.author.municipality?.nameEl ?? null,
        municipalityNameEn: c.author.municipality?.nameEn ?? null,
      },
    })),
    parties: partyAnswers(row, outcome),
    joinedAfterCirculation: joined.map((m) => ({
      municipalityId: m.id,
      nameEl: m.nameEl,
      nameEn: m.nameEn,
    })),
  };
}
