// Accession declarations: draft → submitted → accepted, submitted → returned → submitted,
// withdrawn by the municipality before acceptance. Every change is one transaction with its
// audit entry; acceptance makes the municipality a member, designates its representative
// and alternate and notifies every other party, all or nothing.
import {
  type Accession,
  type AccessionChecks,
  type CouncilDecision,
  councilDecisionProblems,
  type Person,
  type RuleProblem,
  type Signatory,
} from "@cni/contracts/accessions";
import { quorumNeeded } from "@cni/domain/council-decision";
import { athensToday } from "@cni/domain/dates";
import type { AccessionStatus } from "@cni/domain/enums";
import { isMemberOn } from "@cni/domain/membership";
import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { canActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, DomainError, forbidden, notFound, unprocessable } from "../../lib/errors.ts";
import { replaceDesignation } from "../designations/service.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../municipalities/facts.ts";
import { notifyParties } from "../notices/send.ts";

/** Statuses in which the municipality may still edit its declaration. */
export const EDITABLE: AccessionStatus[] = ["draft", "returned"];
/** Open declarations: at most one per municipality. */
export const OPEN: AccessionStatus[] = ["draft", "submitted", "returned"];

const INCLUDE = {
  municipality: { select: { id: true, nameEl: true, nameEn: true } },
  documents: { orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.AccessionInclude;

type Row = Prisma.AccessionGetPayload<{ include: typeof INCLUDE }>;

type Declaration = {
  councilDecision?: CouncilDecision;
  signatory?: Signatory;
  representative?: Person;
  alternate?: Person;
  remarks?: string | null;
};

// ---------------------------------------------------------------------------------------
// Mapping

function decisionOf(row: Row) {
  return {
    number: row.decisionNumber,
    session: row.decisionSession,
    date: row.decisionDate,
    membersTotal: row.membersTotal,
    membersPresent: row.membersPresent,
    vote: row.vote as CouncilDecision["vote"],
    votesFor: row.votesFor,
    diavgeiaAda: row.diavgeiaAda,
  };
}

function personOf(
  name: string | null,
  email: string | null,
  phone: string | null,
  position: string | null,
): Person | null {
  if (!name || !email) return null;
  return { name, email, phone, position };
}

function checksOf(row: Row, today: string): AccessionChecks {
  const problems = councilDecisionProblems(decisionOf(row), today);
  const has = (code: RuleProblem["code"]) => problems.some((p) => p.code === code);
  return {
    quorumNeeded: quorumNeeded(row.membersTotal),
    quorumMet: row.membersPresent * 2 > row.membersTotal,
    presentWithinTotal: row.membersPresent <= row.membersTotal,
    votesValid: !has("VOTES_INVALID"),
    decisionNumberValid: !has("DECISION_NUMBER_INVALID"),
    decisionDateValid: !has("DECISION_IN_FUTURE"),
    hasDocument: row.documents.length > 0,
    hasDecisionDocument: row.documents.some((d) => d.kind === "decision"),
    hasRepresentative: Boolean(row.representativeName && row.representativeEmail),
    hasAlternate: Boolean(row.alternateName && row.alternateEmail),
    hasSignatory: Boolean(row.signatoryName && row.signatoryTitle),
    problems,
  };
}

function toAccession(row: Row, notices: Accession["notices"] = null): Accession {
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
    representative: personOf(
      row.representativeName,
      row.representativeEmail,
      row.representativePhone,
      row.representativePosition,
    ),
    alternate: personOf(
      row.alternateName,
      row.alternateEmail,
      row.alternatePhone,
      row.alternatePosition,
    ),
    remarks: row.remarks,
    returnNote: row.returnNote,
    submittedOn: row.submittedOn,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    notifiedOn: row.notifiedOn,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
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

type Columns = Partial<
  Pick<
    Prisma.AccessionUncheckedCreateInput,
    | "decisionNumber"
    | "decisionSession"
    | "decisionDate"
    | "membersTotal"
    | "membersPresent"
    | "vote"
    | "votesFor"
    | "diavgeiaAda"
    | "signatoryName"
    | "signatoryTitle"
    | "representativeName"
    | "representativeEmail"
    | "representativePhone"
    | "representativePosition"
    | "alternateName"
    | "alternateEmail"
    | "alternatePhone"
    | "alternatePosition"
    | "remarks"
  >
>;

/** The declaration's content as columns (only the parts given). */
function columnsOf(d: Declaration): Columns {
  const data: Columns = {};
  if (d.councilDecision) {
    const c = d.councilDecision;
    Object.assign(data, {
      decisionNumber: c.number,
      decisionSession: c.session,
      decisionDate: c.date,
      membersTotal: c.membersTotal,
      membersPresent: c.membersPresent,
      vote: c.vote,
      votesFor: c.votesFor ?? null,
      diavgeiaAda: c.diavgeiaAda || null,
    });
  }
  if (d.signatory) {
    data.signatoryName = d.signatory.name;
    data.signatoryTitle = d.signatory.title;
  }
  for (const role of ["representative", "alternate"] as const) {
    const p = d[role];
    if (!p) continue;
    data[`${role}Name`] = p.name;
    data[`${role}Email`] = p.email;
    data[`${role}Phone`] = p.phone || null;
    data[`${role}Position`] = p.position || null;
  }
  if (d.remarks !== undefined) data.remarks = d.remarks || null;
  return data;
}

/** 422 with every broken council-decision rule, each at its field. */
function assertDecisionValid(decision: CouncilDecision, today = athensToday()) {
  const problems = councilDecisionProblems(decision, today);
  const first = problems[0];
  if (first) {
    throw unprocessable(
      first.code,
      problems.map((p) => p.message).join(" "),
      problems.map(({ path, message, code }) => ({ path, message, code })),
    );
  }
}

// ---------------------------------------------------------------------------------------
// Reads

/** Loads a declaration the user may see (coordinator, or that municipality's users), else 404. */
async function loadVisible(db: Db | Tx, user: SessionUser, id: string): Promise<Row> {
  const row = await db.accession.findUnique({ where: { id }, include: INCLUDE });
  if (!row || !canActFor(user, row.municipalityId)) throw notFound("Accession");
  return row;
}

async function noticesOf(db: Db, accessionId: string): Promise<NonNullable<Accession["notices"]>> {
  const rows = await db.notice.findMany({
    where: { accessionId },
    include: {
      recipient: { select: { nameEl: true, nameEn: true } },
      acknowledgedBy: { select: { name: true } },
    },
    orderBy: { recipientMunicipalityId: "asc" },
  });
  const items = rows.map((n) => ({
    noticeId: n.id,
    recipientMunicipalityId: n.recipientMunicipalityId,
    recipientNameEl: n.recipient.nameEl,
    recipientNameEn: n.recipient.nameEn,
    sentAt: n.sentAt.toISOString(),
    acknowledgedAt: n.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: n.acknowledgedBy?.name ?? null,
  }));
  return {
    total: items.length,
    acknowledged: items.filter((i) => i.acknowledgedAt !== null).length,
    items,
  };
}

export async function getAccession(db: Db, user: SessionUser, id: string): Promise<Accession> {
  const row = await loadVisible(db, user, id);
  const notices =
    user.role === "coordinator" && row.status === "accepted" ? await noticesOf(db, id) : null;
  return toAccession(row, notices);
}

export async function listAccessions(
  db: Db,
  user: SessionUser,
  query: { status?: AccessionStatus | ""; municipalityId?: string },
) {
  let municipalityId = query.municipalityId || undefined;
  if (user.role !== "coordinator") {
    if (municipalityId && municipalityId !== user.municipalityId) {
      throw forbidden("You can only see your own municipality's declarations");
    }
    if (!user.municipalityId) return { items: [], total: 0 };
    municipalityId = user.municipalityId;
  }
  const rows = await db.accession.findMany({
    where: {
      ...(municipalityId ? { municipalityId } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    include: INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const items = rows.map((row) => toAccession(row));
  return { items, total: items.length };
}

// ---------------------------------------------------------------------------------------
// Changes

/**
 * POST /api/accessions — a draft. Officers only for their own municipality. 409 if the
 * municipality is a party already, or already has an open declaration.
 */
export async function createAccession(
  db: Db,
  actor: SessionUser,
  input: Declaration & { municipalityId: string; councilDecision: CouncilDecision },
): Promise<Accession> {
  if (actor.role !== "coordinator" && actor.municipalityId !== input.municipalityId) {
    throw forbidden("An officer declares accession only for their own municipality");
  }
  assertDecisionValid(input.councilDecision);
  const today = athensToday();
  const id = await db.$transaction(async (tx) => {
    // Touch the municipality first: takes the write lock, so two concurrent POSTs cannot
    // both see "no open declaration".
    const touched = await tx.municipality.updateMany({
      where: { id: input.municipalityId },
      data: { updatedAt: new Date() },
    });
    if (touched.count === 0) throw notFound("Municipality");
    const facts = await loadMembershipFacts(tx, [input.municipalityId]);
    if (isMemberOn(facts.get(input.municipalityId) ?? EMPTY_FACTS, today)) {
      throw conflict("ALREADY_MEMBER", "The municipality is already a party to the Memorandum");
    }
    const open = await tx.accession.findFirst({
      where: { municipalityId: input.municipalityId, status: { in: OPEN } },
      select: { id: true, status: true },
    });
    if (open) {
      throw conflict(
        "OPEN_DECLARATION_EXISTS",
        `The municipality already has an open declaration (${open.status})`,
      );
    }
    const c = input.councilDecision;
    const row = await tx.accession.create({
      data: {
        // a draft may not name its signatory yet (required to submit)
        signatoryName: "",
        signatoryTitle: "",
        ...columnsOf(input),
        decisionNumber: c.number,
        decisionSession: c.session,
        decisionDate: c.date,
        membersTotal: c.membersTotal,
        membersPresent: c.membersPresent,
        vote: c.vote,
        municipalityId: input.municipalityId,
        status: "draft",
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "accession.create",
      entityType: "accession",
      entityId: row.id,
      summary: `Draft accession declaration of ${input.municipalityId} (decision ${input.councilDecision.number})`,
      after: input,
    });
    return row.id;
  });
  return getAccession(db, actor, id);
}

/** Throws 403 unless the actor may change this declaration (its officer, or a coordinator). */
function assertCanChange(actor: SessionUser, row: { municipalityId: string }) {
  if (actor.role === "representative") {
    throw forbidden("Representatives cannot change accession declarations");
  }
  if (!canActFor(actor, row.municipalityId)) throw notFound("Accession");
}

/**
 * Moves a declaration from one of `from` to `to` with a conditional update (the first
 * write of the transaction), so two concurrent transitions cannot both succeed: the loser
 * gets a 409.
 */
async function transition(
  tx: Tx,
  row: { id: string; status: string },
  from: AccessionStatus[],
  to: AccessionStatus,
  data: Prisma.AccessionUncheckedUpdateManyInput = {},
) {
  const illegal = () =>
    conflict("INVALID_TRANSITION", `A declaration that is ${row.status} cannot become ${to}`);
  if (!from.includes(row.status as AccessionStatus)) throw illegal();
  const result = await tx.accession.updateMany({
    where: { id: row.id, status: { in: from } },
    data: { ...data, status: to },
  });
  if (result.count === 0) throw illegal();
}

/** PATCH while draft or returned; each part given replaces the stored one. */
export async function updateAccession(
  db: Db,
  actor: SessionUser,
  id: string,
  input: Declaration,
): Promise<Accession> {
  const row = await loadVisible(db, actor, id);
  assertCanChange(actor, row);
  if (input.councilDecision) assertDecisionValid(input.councilDecision);
  const data = columnsOf(input);
  await db.$transaction(async (tx) => {
    const result = await tx.accession.updateMany({
      where: { id, status: { in: EDITABLE } },
      data,
    });
    if (result.count === 0) {
      throw conflict("NOT_EDITABLE", `A declaration that is ${row.status} cannot be edited`);
    }
    await recordAudit(tx, {
      actor,
      action: "accession.update",
      entityType: "accession",
      entityId: id,
      summary: `Edited ${Object.keys(input).join(", ")}`,
      before: toAccession(row).councilDecision,
      after: input,
    });
  });
  return getAccession(db, actor, id);
}

/** Submit (draft or returned → submitted): a complete, valid declaration with a document. */
export async function submitAccession(db: Db, actor: SessionUser, id: string) {
  const row = await loadVisible(db, actor, id);
  assertCanChange(actor, row);
  if (!EDITABLE.includes(row.status as AccessionStatus)) {
    throw conflict("INVALID_TRANSITION", `A declaration that is ${row.status} cannot be submitted`);
  }
  const accession = toAccession(row);
  const missing: { path: string; message: string; code: string }[] = [];
  if (!accession.signatory)
    missing.push({ path: "signatory", message: "The signatory is required", code: "required" });
  if (!accession.representative)
    missing.push({
      path: "representative",
      message: "The representative is required",
      code: "required",
    });
  if (!accession.alternate)
    missing.push({ path: "alternate", message: "The alternate is required", code: "required" });
  if (missing.length > 0) {
    throw unprocessable(
      "DECLARATION_INCOMPLETE",
      `The declaration is incomplete: ${missing.map((m) => m.path).join(", ")}`,
      missing,
    );
  }
  assertDecisionValid(decisionOf(row) as CouncilDecision);
  if (row.documents.length === 0) {
    throw unprocessable(
      "DOCUMENT_REQUIRED",
      "Attach the council decision (PDF) before submitting",
      [{ path: "documents", message: "At least one document is required", code: "required" }],
    );
  }
  const today = athensToday();
  await db.$transaction(async (tx) => {
    await transition(tx, row, EDITABLE, "submitted", {
      submittedOn: row.submittedOn ?? today,
      submittedAt: new Date(),
    });
    await recordAudit(tx, {
      actor,
      action: "accession.submit",
      entityType: "accession",
      entityId: id,
      summary: `Submitted the accession declaration of ${row.municipalityId}${row.status === "returned" ? " again" : ""}`,
      before: { status: row.status },
      after: { status: "submitted" },
    });
  });
  return getAccession(db, actor, id);
}

/** Return (submitted → returned) with the coordinator's note to the municipality. */
export async function returnAccession(db: Db, actor: SessionUser, id: string, note: string) {
  const row = await loadVisible(db, actor, id);
  await db.$transaction(async (tx) => {
    await transition(tx, row, ["submitted"], "returned", { returnNote: note });
    await recordAudit(tx, {
      actor,
      action: "accession.return",
      entityType: "accession",
      entityId: id,
      summary: `Returned the accession declaration of ${row.municipalityId}: ${note}`,
      before: { status: row.status },
      after: { status: "returned", returnNote: note },
    });
  });
  return getAccession(db, actor, id);
}

/** Withdraw (before acceptance) by the municipality. */
export async function withdrawAccession(db: Db, actor: SessionUser, id: string) {
  const row = await loadVisible(db, actor, id);
  assertCanChange(actor, row);
  await db.$transaction(async (tx) => {
    await transition(tx, row, OPEN, "withdrawn", { closedOn: athensToday() });
    await recordAudit(tx, {
      actor,
      action: "accession.withdraw",
      entityType: "accession",
      entityId: id,
      summary: `Withdrew the accession declaration of ${row.municipalityId}`,
      before: { status: row.status },
      after: { status: "withdrawn" },
    });
  });
  return getAccession(db, actor, id);
}

export type AcceptOptions = {
  /**
   * Test-only: runs inside the acceptance transaction after every write, before commit.
   * Throwing from it must leave nothing written (the all-or-nothing guarantee).
   */
  beforeCommit?: (tx: Tx) => Promise<void>;
};

/**
 * Accept (submitted → accepted), in ONE transaction: the municipality becomes a member from
 * `notifiedOn` (a MembershipPeriod with basis "accession"), the declared representative and
 * alternate become its designations (closing any current ones), every other party as of
 * `notifiedOn` gets a notice (and, with SMTP, an e-mail in the outbox), with audit entries.
 * `notifiedOn` defaults to today; never in the future nor before the decision date (422).
 */
export async function acceptAccession(
  db: Db,
  actor: SessionUser,
  id: string,
  input: { notifiedOn?: string },
  options: AcceptOptions = {},
): Promise<Accession> {
  const row = await loadVisible(db, actor, id);
  const today = athensToday();
  const notifiedOn = input.notifiedOn ?? today;
  if (row.status !== "submitted") {
    throw conflict("INVALID_TRANSITION", `A declaration that is ${row.status} cannot be accepted`);
  }
  if (notifiedOn > today) {
    throw unprocessable(
      "NOTIFIED_IN_FUTURE",
      `The notification date ${notifiedOn} is in the future`,
      [{ path: "notifiedOn", message: "Cannot be in the future", code: "NOTIFIED_IN_FUTURE" }],
    );
  }
  if (notifiedOn < row.decisionDate) {
    throw unprocessable(
      "NOTIFIED_BEFORE_DECISION",
      `The notification date ${notifiedOn} is before the council decision (${row.decisionDate})`,
      [
        {
          path: "notifiedOn",
          message: "Cannot be before the council decision",
          code: "NOTIFIED_BEFORE_DECISION",
        },
      ],
    );
  }

  await db.$transaction(async (tx) => {
    await transition(tx, row, ["submitted"], "accepted", {
      notifiedOn,
      acceptedAt: new Date(),
      closedOn: notifiedOn,
    });
    const facts = await loadMembershipFacts(tx, [row.municipalityId]);
    if (isMemberOn(facts.get(row.municipalityId) ?? EMPTY_FACTS, notifiedOn)) {
      throw conflict("ALREADY_MEMBER", `${row.municipalityId} is already a party on ${notifiedOn}`);
    }
    const period = await tx.membershipPeriod.create({
      data: {
        municipalityId: row.municipalityId,
        basis: "accession",
        startsOn: notifiedOn,
        accessionId: id,
      },
    });
    const designated: string[] = [];
    for (const role of ["representative", "alternate"] as const) {
      const person = personOf(
        row[`${role}Name`],
        row[`${role}Email`],
        row[`${role}Phone`],
        row[`${role}Position`],
      );
      if (!person) continue;
      await replaceDesignation(tx, {
        municipalityId: row.municipalityId,
        role,
        person,
        on: notifiedOn,
        accessionId: id,
      });
      designated.push(`${role} ${person.name}`);
    }
    const recipients = await notifyParties(tx, {
      kind: "accession",
      event: "accepted",
      subjectMunicipalityId: row.municipalityId,
      partiesOn: notifiedOn,
      accessionId: id,
    });
    await recordAudit(tx, {
      actor,
      action: "accession.accept",
      entityType: "accession",
      entityId: id,
      summary: `Accepted the accession of ${row.municipalityId}, notified on ${notifiedOn}; ${recipients.length} parties notified${designated.length ? `; designated ${designated.join(", ")}` : ""}`,
      before: { status: row.status },
      after: { status: "accepted", notifiedOn, recipients },
    });
    await recordAudit(tx, {
      actor,
      action: "membership.start",
      entityType: "municipality",
      entityId: row.municipalityId,
      summary: `Member from ${notifiedOn} (accession ${id})`,
      after: { periodId: period.id, basis: "accession", startsOn: notifiedOn },
    });
    await options.beforeCommit?.(tx);
  });
  return getAccession(db, actor, id);
}

/** Throws unless documents may be added to / removed from this declaration now. */
export async function assertDocumentsEditable(tx: Tx | Db, actor: SessionUser, id: string) {
  const row = await tx.accession.findUnique({
    where: { id },
    select: { municipalityId: true, status: true },
  });
  if (!row || !canActFor(actor, row.municipalityId)) throw notFound("Accession");
  assertCanChange(actor, row);
  if (!EDITABLE.includes(row.status as AccessionStatus)) {
    throw new DomainError(
      409,
      "NOT_EDITABLE",
      `Documents cannot be changed while the declaration is ${row.status}`,
    );
  }
}

/** Removes a document of a draft or returned declaration; returns its storage key. */
export async function deleteAccessionDocument(
  db: Db,
  actor: SessionUser,
  id: string,
  documentId: string,
): Promise<string> {
  return db.$transaction(async (tx) => {
    // Touch first (write lock), then check the state.
    await tx.accession.updateMany({ where: { id }, data: { updatedAt: new Date() } });
    await assertDocumentsEditable(tx, actor, id);
    const document = await tx.document.findFirst({ where: { id: documentId, accessionId: id } });
    if (!document) throw notFound("Document");
    await tx.document.delete({ where: { id: documentId } });
    await recordAudit(tx, {
      actor,
      action: "document.delete",
      entityType: "document",
      entityId: documentId,
      summary: `Removed ${document.filename} from accession ${id}`,
      before: { filename: document.filename, sha256: document.sha256, size: document.size },
    });
    return document.storageKey;
  });
}
