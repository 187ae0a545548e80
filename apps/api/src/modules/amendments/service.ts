// Amendment proposals (MoU rule 6): a representative proposes, every party is notified,
// members comment, a coordinator puts it under discussion and adopts or rejects it with a
// note (the parties are notified of the decision), and the proposer may withdraw it before
// a decision. Every step is audited.
//
// Notices about an amendment have no subject municipality: they concern the MoU itself, so
// every party receives them, the proposer's own municipality included (the amendment's
// municipalityId says who proposed it).
import type { Amendment, AmendmentDetail, AmendmentStatusChange } from "@cni/contracts/amendments";
import type { MouDocument } from "@cni/contracts/mou";
import { athensToday } from "@cni/domain/dates";
import type { AmendmentStatus, Role } from "@cni/domain/enums";
import { isMemberOn } from "@cni/domain/membership";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, forbidden, notFound, unprocessable } from "../../lib/errors.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../municipalities/facts.ts";
import { notifyParties } from "../notices/send.ts";
import {
  clauseOf,
  MOU_CLAUSE_IDS,
  MOU_CLAUSES,
  MOU_SIGNED_ON,
  MOU_SOURCE,
  MOU_TITLE_EL,
  MOU_TITLE_EN,
} from "./mou-text.ts";

/** Allowed status changes by a coordinator (withdrawal is the proposer's, see below). */
const TRANSITIONS: Record<AmendmentStatus, readonly AmendmentStatus[]> = {
  proposed: ["under_discussion", "adopted", "rejected"],
  under_discussion: ["adopted", "rejected"],
  adopted: [],
  rejected: [],
  withdrawn: [],
};
const OPEN_STATUSES: readonly AmendmentStatus[] = ["proposed", "under_discussion"];
const isDecision = (s: AmendmentStatus) => s === "adopted" || s === "rejected";

const INCLUDE = {
  municipality: { select: { nameEl: true, nameEn: true } },
  proposer: { select: { id: true, name: true } },
  statusChanges: { orderBy: { at: "asc" as const } },
  _count: { select: { comments: true } },
};

type Row = {
  id: string;
  title: string;
  clause: string;
  proposedText: string;
  rationale: string;
  status: string;
  decisionNote: string | null;
  municipalityId: string;
  createdAt: Date;
  updatedAt: Date;
  municipality: { nameEl: string; nameEn: string };
  proposer: { id: string; name: string };
  statusChanges: { status: string; note: string | null; at: Date; byId: string | null }[];
  _count: { comments: number };
};

async function userNames(db: Db | Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

function toAmendment(row: Row, names: Map<string, string>): Amendment {
  const history: AmendmentStatusChange[] = row.statusChanges.map((c) => ({
    status: c.status as AmendmentStatus,
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
    status: row.status as AmendmentStatus,
    decisionNote: row.decisionNote,
    municipalityId: row.municipalityId,
    municipalityNameEl: row.municipality.nameEl,
    municipalityNameEn: row.municipality.nameEn,
    proposer: row.proposer,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    history,
    commentCount: row._count.comments,
  };
}

/** Snapshot written to the audit log (no comments, no personal data beyond ids). */
const snapshot = (a: {
  status: string;
  decisionNote: string | null;
  clause: string;
  title: string;
}) => ({
  status: a.status,
  decisionNote: a.decisionNote,
  clause: a.clause,
  title: a.title,
});

/** GET /api/amendments: the register, newest first, with each proposal's status history. */
export async function listAmendments(db: Db): Promise<{ items: Amendment[]; total: number }> {
  const rows = await db.amendment.findMany({ include: INCLUDE, orderBy: { createdAt: "desc" } });
  const names = await userNames(
    db,
    rows.flatMap((r) => r.statusChanges.map((c) => c.byId)),
  );
  const items = rows.map((r) => toAmendment(r, names));
  return { items, total: items.length };
}

/** GET /api/amendments/:id with its comments and history. */
export async function getAmendment(db: Db | Tx, id: string): Promise<AmendmentDetail> {
  const row = await db.amendment.findUnique({
    where: { id },
    include: {
      ...INCLUDE,
      comments: {
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
      },
    },
  });
  if (!row) throw notFound("Amendment");
  const names = await userNames(
    db,
    row.statusChanges.map((c) => c.byId),
  );
  return {
    ...toAmendment(row, names),
    comments: row.comments.map((c) => ({
      id: c.id,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      author: {
        id: c.author.id,
        name: c.author.name,
        role: c.author.role as Role,
        municipalityId: c.author.municipalityId,
        municipalityNameEl: c.author.municipality?.nameEl ?? null,
        municipalityNameEn: c.author.municipality?.nameEn ?? null,
      },
    })),
  };
}

/** POST /api/amendments (a representative of a party): proposed, every party notified. */
export async function proposeAmendment(
  db: Db,
  user: SessionUser,
  body: { title: string; clause: string; proposedText: string; rationale: string },
): Promise<AmendmentDetail> {
  if (user.role !== "representative" || !user.municipalityId) {
    throw forbidden("Only a member's representative or alternate can propose an amendment");
  }
  const municipalityId = user.municipalityId;
  if (!MOU_CLAUSE_IDS.has(body.clause)) {
    throw unprocessable("UNKNOWN_CLAUSE", "The MoU has no clause with this id", [
      { path: "clause", message: "Choose a clause of the MoU", code: "UNKNOWN_CLAUSE" },
    ]);
  }
  const today = athensToday();
  const facts = await loadMembershipFacts(db, [municipalityId]);
  if (!isMemberOn(facts.get(municipalityId) ?? EMPTY_FACTS, today)) {
    throw unprocessable(
      "NOT_A_PARTY",
      "Only the representatives of the parties can propose amendments",
    );
  }
  const id = await db.$transaction(async (tx) => {
    const created = await tx.amendment.create({
      data: { ...body, status: "proposed", proposerId: user.id, municipalityId },
    });
    await tx.amendmentStatusChange.create({
      data: { amendmentId: created.id, status: "proposed", byId: user.id, at: created.createdAt },
    });
    const recipients = await notifyParties(tx, {
      kind: "amendment",
      event: "proposed",
      subjectMunicipalityId: null,
      partiesOn: today,
      amendmentId: created.id,
    });
    await recordAudit(tx, {
      actor: user,
      action: "amendment.propose",
      entityType: "amendment",
      entityId: created.id,
      summary: `Proposed an amendment to ${body.clause} ("${body.title}"); notified ${recipients.length} parties`,
      after: { ...snapshot(created), recipients },
    });
    return created.id;
  });
  return getAmendment(db, id);
}

/** POST /api/amendments/:id/comments (any signed-in member of the network, or a coordinator). */
export async function commentOnAmendment(
  db: Db,
  user: SessionUser,
  id: string,
  body: string,
): Promise<AmendmentDetail> {
  await db.$transaction(async (tx) => {
    const row = await tx.amendment.findUnique({ where: { id } });
    if (!row) throw notFound("Amendment");
    if (!OPEN_STATUSES.includes(row.status as AmendmentStatus)) {
      throw conflict(
        "AMENDMENT_CLOSED",
        "Comments are closed: the proposal was decided or withdrawn",
      );
    }
    const comment = await tx.amendmentComment.create({
      data: { amendmentId: id, authorId: user.id, body },
    });
    await recordAudit(tx, {
      actor: user,
      action: "amendment.comment",
      entityType: "amendment",
      entityId: id,
      summary: `Commented on the amendment "${row.title}"`,
      after: { commentId: comment.id },
    });
  });
  return getAmendment(db, id);
}

/** POST /api/amendments/:id/status (coordinator). Decisions notify every party. */
export async function changeAmendmentStatus(
  db: Db,
  user: SessionUser,
  id: string,
  body: { status: "under_discussion" | "adopted" | "rejected"; note?: string | undefined },
): Promise<AmendmentDetail> {
  await db.$transaction(async (tx) => {
    const row = await tx.amendment.findUnique({ where: { id } });
    if (!row) throw notFound("Amendment");
    const from = row.status as AmendmentStatus;
    if (!TRANSITIONS[from].includes(body.status)) {
      throw conflict(
        "AMENDMENT_TRANSITION_NOT_ALLOWED",
        `A proposal that is ${from} cannot become ${body.status}`,
      );
    }
    const note = body.note ?? null;
    const updated = await tx.amendment.update({
      where: { id },
      data: { status: body.status, ...(isDecision(body.status) ? { decisionNote: note } : {}) },
    });
    await tx.amendmentStatusChange.create({
      data: { amendmentId: id, status: body.status, note, byId: user.id },
    });
    let recipients: string[] = [];
    if (isDecision(body.status)) {
      recipients = await notifyParties(tx, {
        kind: "amendment",
        event: "decided",
        subjectMunicipalityId: null,
        partiesOn: athensToday(),
        amendmentId: id,
      });
    }
    await recordAudit(tx, {
      actor: user,
      action: `amendment.${body.status === "under_discussion" ? "discuss" : body.status === "adopted" ? "adopt" : "reject"}`,
      entityType: "amendment",
      entityId: id,
      summary: `Amendment "${row.title}": ${from} → ${body.status}${recipients.length ? `; notified ${recipients.length} parties` : ""}`,
      before: snapshot(row),
      after: { ...snapshot(updated), ...(recipients.length ? { recipients } : {}) },
    });
  });
  return getAmendment(db, id);
}

/** POST /api/amendments/:id/withdraw: the proposer only, before a decision. */
export async function withdrawAmendment(
  db: Db,
  user: SessionUser,
  id: string,
): Promise<AmendmentDetail> {
  await db.$transaction(async (tx) => {
    const row = await tx.amendment.findUnique({ where: { id } });
    if (!row) throw notFound("Amendment");
    if (row.proposerId !== user.id) throw forbidden("Only the proposer can withdraw a proposal");
    if (!OPEN_STATUSES.includes(row.status as AmendmentStatus)) {
      throw conflict(
        "AMENDMENT_TRANSITION_NOT_ALLOWED",
        `A proposal that is ${row.status} can no longer be withdrawn`,
      );
    }
    const updated = await tx.amendment.update({ where: { id }, data: { status: "withdrawn" } });
    await tx.amendmentStatusChange.create({
      data: { amendmentId: id, status: "withdrawn", byId: user.id },
    });
    await recordAudit(tx, {
      actor: user,
      action: "amendment.withdraw",
      entityType: "amendment",
      entityId: id,
      summary: `Withdrew the amendment "${row.title}"`,
      before: snapshot(row),
      after: snapshot(updated),
    });
  });
  return getAmendment(db, id);
}

/** GET /api/mou: the clauses, with adopted amendments next to the clause they changed. */
export async function getMou(db: Db): Promise<MouDocument> {
  const adopted = await db.amendment.findMany({
    where: { status: "adopted" },
    include: { statusChanges: { where: { status: "adopted" }, orderBy: { at: "asc" } } },
    orderBy: { updatedAt: "asc" },
  });
  const byClause = new Map<string, MouDocument["clauses"][number]["amendments"]>();
  for (const a of adopted) {
    const key = clauseOf(a.clause);
    const list = byClause.get(key) ?? [];
    list.push({
      id: a.id,
      title: a.title,
      clause: a.clause,
      proposedText: a.proposedText,
      decisionNote: a.decisionNote,
      adoptedAt: (a.statusChanges[0]?.at ?? a.updatedAt).toISOString(),
      municipalityId: a.municipalityId,
    });
    byClause.set(key, list);
  }
  const clauses: MouDocument["clauses"] = MOU_CLAUSES.map((c) => ({
    ...c,
    amendments: byClause.get(c.id) ?? [],
  }));
  const added = byClause.get("new");
  if (added) {
    clauses.push({
      id: "new",
      kind: "new",
      number: null,
      titleEl: "Προσθήκες με εγκεκριμένες τροποποιήσεις",
      titleEn: "Additions by adopted amendments",
      textEl: "",
      textEn: "",
      items: [],
      amendments: added,
    });
  }
  return {
    titleEl: MOU_TITLE_EL,
    titleEn: MOU_TITLE_EN,
    signedOn: MOU_SIGNED_ON,
    source: MOU_SOURCE,
    clauses,
  };
}
