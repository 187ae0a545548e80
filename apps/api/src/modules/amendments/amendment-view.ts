// Reads amendments with everything their computed status needs (frozen parties, answers,
// the parties' membership facts) and maps them to the contract. The status is computed here,
// as of today, by the domain rule; nothing stored says "adopted".
import type {
  Amendment,
  AmendmentHistoryEntry,
  ConsentRecord,
  PartyAnswer,
} from "@cni/contracts/amendments";
import {
  type AmendmentOutcome,
  amendmentOutcomeOn,
  type ConsentAnswer,
} from "@cni/domain/amendment-outcome";
import { diavgeiaUrl } from "@cni/domain/council-decision";
import type { IsoDate } from "@cni/domain/dates";
import type { AmendmentStatus } from "@cni/domain/enums";
import type { MembershipFacts } from "@cni/domain/membership";
import type { Db, Tx } from "../../db/client.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../../lib/parties.ts";

export const AMENDMENT_INCLUDE = {
  municipality: { select: { nameEl: true, nameEn: true } },
  proposer: { select: { id: true, name: true } },
  statusChanges: { orderBy: { at: "asc" as const } },
  parties: {
    select: { municipalityId: true, municipality: { select: { nameEl: true, nameEn: true } } },
    orderBy: { municipalityId: "asc" as const },
  },
  answers: {
    orderBy: { recordedAt: "asc" as const },
    include: {
      document: { select: { id: true, filename: true, size: true } },
      recordedBy: { select: { id: true, name: true, role: true } },
    },
  },
  _count: { select: { comments: true } },
};

type AnswerRow = {
  id: string;
  municipalityId: string;
  answer: string;
  decisionNumber: string;
  decisionDate: string;
  diavgeiaAda: string | null;
  recordedAt: Date;
  document: { id: string; filename: string; size: number };
  recordedBy: { id: string; name: string; role: string };
};

export type AmendmentRow = {
  id: string;
  title: string;
  clause: string;
  proposedText: string;
  rationale: string;
  status: string;
  circulatedOn: string | null;
  preRegisterDecision: string | null;
  decisionNote: string | null;
  outcomeNotifiedAt: Date | null;
  proposerId: string;
  municipalityId: string;
  createdAt: Date;
  updatedAt: Date;
  municipality: { nameEl: string; nameEn: string };
  proposer: { id: string; name: string };
  statusChanges: { status: string; note: string | null; at: Date; byId: string | null }[];
  parties: { municipalityId: string; municipality: { nameEl: string; nameEn: string } }[];
  answers: AnswerRow[];
  _count: { comments: number };
};

/** The facts of every frozen party of these amendments, in three queries. */
export async function loadPartyFacts(db: Db | Tx, rows: Pick<AmendmentRow, "parties">[]) {
  const ids = [...new Set(rows.flatMap((r) => r.parties.map((p) => p.municipalityId)))];
  return ids.length === 0 ? new Map<string, MembershipFacts>() : loadMembershipFacts(db, ids);
}

/** The domain rule applied to one amendment row. */
export function outcomeOf(
  row: Pick<AmendmentRow, "status" | "circulatedOn" | "parties" | "answers">,
  facts: Map<string, MembershipFacts>,
  on: IsoDate,
): AmendmentOutcome {
  return amendmentOutcomeOn(
    {
      withdrawn: row.status === "withdrawn",
      circulatedOn: row.circulatedOn,
      parties: row.parties.map((p) => ({
        municipalityId: p.municipalityId,
        membership: facts.get(p.municipalityId) ?? EMPTY_FACTS,
        answers: row.answers
          .filter((a) => a.municipalityId === p.municipalityId)
          .map((a) => ({ answer: a.answer as ConsentAnswer, decisionDate: a.decisionDate })),
      })),
    },
    on,
  );
}

export async function userNames(db: Db | Tx, rows: Pick<AmendmentRow, "statusChanges">[]) {
  const wanted = [
    ...new Set(rows.flatMap((r) => r.statusChanges.map((c) => c.byId)).filter((id) => id !== null)),
  ] as string[];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

export function toAmendment(
  row: AmendmentRow,
  outcome: AmendmentOutcome,
  names: Map<string, string>,
): Amendment {
  const history: AmendmentHistoryEntry[] = row.statusChanges.map((c) => ({
    event: c.status as AmendmentHistoryEntry["event"],
    note: c.note,
    at: c.at.toISOString(),
    by: c.byId ? { id: c.byId, name: names.get(c.byId) ?? "" } : null,
  }));
  return {
    id: row.id,
    title: row.title,
    clause: row.clause,
    proposedText: row.proposedText,
    rationale: row.rationale,
    status: outcome.status as AmendmentStatus,
    circulatedOn: row.circulatedOn,
    adoptedOn: outcome.adoptedOn,
    notAdoptedOn: outcome.notAdoptedOn,
    preRegisterDecision:
      row.preRegisterDecision === "adopted" || row.preRegisterDecision === "rejected"
        ? row.preRegisterDecision
        : null,
    decisionNote: row.decisionNote,
    municipalityId: row.municipalityId,
    municipalityNameEl: row.municipality.nameEl,
    municipalityNameEn: row.municipality.nameEn,
    proposer: row.proposer,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    history,
    commentCount: row._count.comments,
    answers: {
      parties: row.parties.length,
      consented: outcome.consented.length,
      refused: outcome.refused.length,
      pending: outcome.pending.length,
      droppedOut: outcome.droppedOut.length,
    },
  };
}

function toConsentRecord(a: AnswerRow): ConsentRecord {
  return {
    id: a.id,
    municipalityId: a.municipalityId,
    answer: a.answer as ConsentAnswer,
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
    diavgeiaAda: a.diavgeiaAda,
    diavgeiaUrl: a.diavgeiaAda ? diavgeiaUrl(a.diavgeiaAda) : null,
    document: a.document,
    recordedAt: a.recordedAt.toISOString(),
    recordedBy: { id: a.recordedBy.id, name: a.recordedBy.name },
    recordedByCoordinator: a.recordedBy.role === "coordinator",
  };
}

/** Every frozen party with its answer in force, earlier decisions, and computed state. */
export function partyAnswers(row: AmendmentRow, outcome: AmendmentOutcome): PartyAnswer[] {
  const dropped = new Map(outcome.droppedOut.map((d) => [d.municipalityId, d.leftOn]));
  return row.parties.map((p) => {
    const records = row.answers
      .filter((a) => a.municipalityId === p.municipalityId)
      .map(toConsentRecord);
    const leftOn = dropped.get(p.municipalityId) ?? null;
    const state: PartyAnswer["state"] = outcome.consented.includes(p.municipalityId)
      ? "consented"
      : outcome.refused.includes(p.municipalityId)
        ? "refused"
        : leftOn
          ? "dropped_out"
          : "pending";
    return {
      municipalityId: p.municipalityId,
      nameEl: p.municipality.nameEl,
      nameEn: p.municipality.nameEn,
      state,
      leftOn,
      answer: records.at(-1) ?? null,
      earlier: records.slice(0, -1),
    };
  });
}
