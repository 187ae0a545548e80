// Checks shared by the accession use cases: who may see or change a declaration, the
// council-decision rules as a 422, the two persons, and the status machine of
// @cni/domain/accession-status applied with a conditional update.
import {
  type CouncilDecision,
  councilDecisionProblems,
  samePerson,
} from "@cni/contracts/accessions";
import {
  type AccessionAction,
  accessionActionFrom,
  nextAccessionStatus,
} from "@cni/domain/accession-status";
import { athensToday } from "@cni/domain/dates";
import type { AccessionStatus } from "@cni/domain/enums";
import type { Db, Tx } from "../../db/client.ts";
import { updateRows } from "../../db/raw-rows.ts";
import type { Sql, SqlArg } from "../../db/sql.ts";
import { canSeeOwnRecord, type SessionUser } from "../../lib/access.ts";
import { conflict, forbidden, notFound, unprocessable } from "../../lib/errors.ts";
import { readAccessionRow } from "./accession-read.ts";
import type { AccessionRow } from "./accession-row.ts";

/** Loads a declaration the user may see (coordinator, or that municipality's users), else 404. */
export async function loadVisibleAccession(
  db: Db | Tx | Sql,
  user: SessionUser,
  id: string,
): Promise<AccessionRow> {
  const row = await readAccessionRow(db, id);
  if (!row || !canSeeOwnRecord(user, row)) throw notFound("Accession");
  return row;
}

/** Throws unless the actor may change this declaration (its officer, or a coordinator). */
export function assertCanChangeAccession(
  actor: SessionUser,
  row: { municipalityId: string; createdById?: string | null },
) {
  if (actor.role === "representative") {
    throw forbidden("Representatives cannot change accession declarations");
  }
  if (!canSeeOwnRecord(actor, row)) throw notFound("Accession");
}

/** 422 with every broken council-decision rule, each at its field. */
export function assertDecisionValid(decision: CouncilDecision, today = athensToday()) {
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

type Named = { name?: string | null; email?: string | null } | null | undefined;

/** 422 SAME_PERSON when the representative and the alternate are one person. */
export function assertDifferentPersons(representative: Named, alternate: Named) {
  if (samePerson(representative, alternate)) {
    throw unprocessable(
      "SAME_PERSON",
      "The representative and the alternate must be different people",
      [{ path: "alternate", message: "Must be another person", code: "SAME_PERSON" }],
    );
  }
}

/** 409 unless `action` is allowed from the declaration's current status. */
export function assertAllowed(row: { status: string }, action: AccessionAction): AccessionStatus {
  const next = nextAccessionStatus(row.status as AccessionStatus, action);
  if (!next) {
    throw conflict("INVALID_TRANSITION", `A declaration that is ${row.status} cannot ${action}`);
  }
  return next;
}

/** Columns an act sets besides the status (plain values, as Prisma would store them). */
export type TransitionColumns = Partial<
  Record<Exclude<keyof AccessionRow, "id" | "status" | "municipality" | "documents">, SqlArg>
>;

/**
 * Applies `action` with a conditional update (the first write of the transaction), so two
 * concurrent transitions cannot both succeed: the loser gets a 409. One raw UPDATE
 * (decision 131); `updatedAt` is set to now unless given, as Prisma's `@updatedAt` does.
 */
export async function applyTransition(
  tx: Tx | Sql,
  row: { id: string; status: string },
  action: AccessionAction,
  data: TransitionColumns = {},
): Promise<AccessionStatus> {
  const to = assertAllowed(row, action);
  const from = [...accessionActionFrom(action)];
  const count = await updateRows(
    tx,
    "Accession",
    { updatedAt: new Date(), ...data, status: to },
    `"id" = ? AND "status" IN (${from.map(() => "?").join(", ")})`,
    [row.id, ...from],
  );
  if (count === 0) {
    throw conflict("INVALID_TRANSITION", `The declaration changed meanwhile: cannot ${action}`);
  }
  return to;
}
