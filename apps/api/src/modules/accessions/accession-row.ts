// A stored declaration (one Accession row with its municipality and documents) as the
// contract's Accession, and a declaration's parts as columns.
import {
  ACCESSION_DEFECTS,
  type Accession,
  type AccessionChecks,
  type AccessionDefect,
  type CouncilDecision,
  councilDecisionProblems,
  type Person,
  type RuleProblem,
  type Signatory,
} from "@cni/contracts/accessions";
import { normalizeAda, quorumNeeded } from "@cni/domain/council-decision";
import { athensToday } from "@cni/domain/dates";
import type { AccessionStatus } from "@cni/domain/enums";
import type { Prisma } from "../../generated/prisma/client.ts";

export const ACCESSION_INCLUDE = {
  municipality: { select: { id: true, nameEl: true, nameEn: true } },
  documents: { orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.AccessionInclude;

export type AccessionRow = Prisma.AccessionGetPayload<{ include: typeof ACCESSION_INCLUDE }>;

/** A declaration's content, each part optional (a draft is saved step by step). */
export type Declaration = {
  councilDecision?: CouncilDecision;
  signatory?: Signatory;
  representative?: Person | null;
  alternate?: Person | null;
  remarks?: string | null;
};

type DecisionColumns = Pick<
  AccessionRow,
  | "decisionNumber"
  | "decisionSession"
  | "decisionDate"
  | "agendaItem"
  | "membersTotal"
  | "membersPresentAtOpening"
  | "membersPresent"
  | "vote"
  | "votesFor"
  | "votesAgainst"
  | "votesBlank"
  | "castingVote"
  | "diavgeiaAda"
>;

export function decisionOf(row: DecisionColumns): Accession["councilDecision"] {
  return {
    number: row.decisionNumber,
    session: row.decisionSession,
    date: row.decisionDate,
    agendaItem: row.agendaItem,
    membersTotal: row.membersTotal,
    membersPresentAtOpening: row.membersPresentAtOpening,
    membersPresent: row.membersPresent,
    vote: row.vote as CouncilDecision["vote"],
    votesFor: row.votesFor,
    votesAgainst: row.votesAgainst,
    votesBlank: row.votesBlank,
    castingVote: row.castingVote,
    diavgeiaAda: row.diavgeiaAda,
  };
}

export function personOf(
  name: string | null,
  email: string | null,
  phone: string | null,
  position: string | null,
): Person | null {
  if (!name || !email) return null;
  return { name, email, phone, position };
}

function checksOf(row: AccessionRow, today: string): AccessionChecks {
  const problems = councilDecisionProblems(decisionOf(row), today);
  const has = (code: RuleProblem["code"]) => problems.some((p) => p.code === code);
  return {
    quorumNeeded: quorumNeeded(row.membersTotal),
    quorumMet: row.membersPresent * 2 > row.membersTotal,
    presentWithinTotal: row.membersPresent <= row.membersTotal,
    votesValid: !has("VOTES_INVALID"),
    decisionNumberValid: !has("DECISION_NUMBER_INVALID"),
    decisionDateValid: !has("DECISION_IN_FUTURE"),
    adaValid: !has("ADA_INVALID"),
    hasDocument: row.documents.length > 0,
    hasDecisionDocument: row.documents.some((d) => d.kind === "decision"),
    hasRepresentative: Boolean(row.representativeName && row.representativeEmail),
    hasAlternate: Boolean(row.alternateName && row.alternateEmail),
    hasSignatory: Boolean(row.signatoryName && row.signatoryTitle),
    problems,
  };
}

function defectsOf(stored: string | null): AccessionDefect[] {
  if (!stored) return [];
  return stored
    .split(",")
    .filter((code): code is AccessionDefect =>
      (ACCESSION_DEFECTS as readonly string[]).includes(code),
    );
}

export function representativeOf(row: AccessionRow, role: "representative" | "alternate") {
  return personOf(
    row[`${role}Name`],
    row[`${role}Email`],
    row[`${role}Phone`],
    row[`${role}Position`],
  );
}

export function toAccession(row: AccessionRow, notices: Accession["notices"] = null): Accession {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    municipality: row.municipality,
    status: row.status as AccessionStatus,
    councilDecision: decisionOf(row),
    signatory:
      row.signatoryName && row.signatoryTitle
        ? { name: row.signatoryName, title: row.signatoryTitle }
        : null,
    representative: representativeOf(row, "representative"),
    alternate: representativeOf(row, "alternate"),
    remarks: row.remarks,
    returnDefects: defectsOf(row.returnDefects),
    returnNote: row.returnNote,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    submittedOn: row.submittedOn,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    notifiedOn: row.notifiedOn,
    notifiedAt: row.notifiedAt?.toISOString() ?? null,
    closedOn: row.closedOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    documents: row.documents.map((d) => ({
      id: d.id,
      kind: d.kind as Accession["documents"][number]["kind"],
      filename: d.filename,
      size: d.size,
      sha256: d.sha256,
      createdAt: d.createdAt.toISOString(),
    })),
    checks: checksOf(row, athensToday()),
    notices,
  };
}

export type AccessionColumns = Partial<Prisma.AccessionUncheckedCreateInput>;

/** The declaration's content as columns (only the parts given; null clears a person). */
export function columnsOf(d: Declaration): AccessionColumns {
  const data: AccessionColumns = {};
  if (d.councilDecision) {
    const c = d.councilDecision;
    Object.assign(data, {
      decisionNumber: c.number,
      decisionSession: c.session,
      decisionDate: c.date,
      agendaItem: c.agendaItem || null,
      membersTotal: c.membersTotal,
      membersPresentAtOpening: c.membersPresentAtOpening ?? null,
      membersPresent: c.membersPresent,
      vote: c.vote,
      votesFor: c.votesFor ?? null,
      votesAgainst: c.votesAgainst ?? null,
      votesBlank: c.votesBlank ?? null,
      castingVote: c.castingVote ?? false,
      diavgeiaAda: c.diavgeiaAda ? normalizeAda(c.diavgeiaAda) : null,
    } satisfies AccessionColumns);
  }
  if (d.signatory) {
    data.signatoryName = d.signatory.name;
    data.signatoryTitle = d.signatory.title;
  }
  for (const role of ["representative", "alternate"] as const) {
    const p = d[role];
    if (p === undefined) continue;
    data[`${role}Name`] = p?.name ?? null;
    data[`${role}Email`] = p?.email ?? null;
    data[`${role}Phone`] = p?.phone || null;
    data[`${role}Position`] = p?.position || null;
  }
  if (d.remarks !== undefined) data.remarks = d.remarks || null;
  return data;
}
