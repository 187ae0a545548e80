import type { Person } from "@cni/contracts/accessions";
import type { Designation, Designations } from "@cni/contracts/designations";
import { athensToday } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import { isMemberOn } from "@cni/domain/membership";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../municipalities/facts.ts";

type Row = {
  id: string;
  role: string;
  name: string;
  email: string;
  phone: string | null;
  position: string | null;
  from: string;
  to: string | null;
};

export function toDesignation(row: Row): Designation {
  return {
    id: row.id,
    role: row.role as DesignationRole,
    name: row.name,
    email: row.email,
    phone: row.phone,
    position: row.position,
    from: row.from,
    to: row.to,
  };
}

export async function getDesignations(db: Db, municipalityId: string): Promise<Designations> {
  const municipality = await db.municipality.findUnique({
    where: { id: municipalityId },
    select: { id: true },
  });
  if (!municipality) throw notFound("Municipality");
  const rows = await db.designation.findMany({
    where: { municipalityId },
    orderBy: [{ from: "desc" }, { createdAt: "desc" }],
  });
  const current = (role: DesignationRole) => rows.find((r) => r.role === role && r.to === null);
  const representative = current("representative");
  const alternate = current("alternate");
  return {
    representative: representative ? toDesignation(representative) : null,
    alternate: alternate ? toDesignation(alternate) : null,
    history: rows.map(toDesignation),
  };
}

/**
 * Inside the caller's transaction: closes the current designation of that role (to = on)
 * and starts the new one (from = on). Call it after the transaction has written something
 * (so it holds SQLite's write lock and no concurrent transaction can slip a second current
 * one in between). Returns the closed and the new rows.
 */
export async function replaceDesignation(
  tx: Tx,
  input: {
    municipalityId: string;
    role: DesignationRole;
    person: Person;
    on: string;
    accessionId?: string | null;
  },
) {
  const previous = await tx.designation.findMany({
    where: { municipalityId: input.municipalityId, role: input.role, to: null },
  });
  for (const row of previous) {
    await tx.designation.update({
      where: { id: row.id },
      // never before its own start
      data: { to: [row.from, input.on].sort().at(-1) },
    });
  }
  const created = await tx.designation.create({
    data: {
      municipalityId: input.municipalityId,
      role: input.role,
      name: input.person.name,
      email: input.person.email,
      phone: input.person.phone || null,
      position: input.person.position || null,
      from: input.on,
      accessionId: input.accessionId ?? null,
    },
  });
  return { previous, created };
}

/**
 * PUT /api/municipalities/:id/designations/:role — a member designates a new
 * representative or alternate from today; the current one is closed today. One
 * transaction; the municipality row is touched first so concurrent replacements are
 * serialised and there is never more than one current designation of a role.
 */
export async function designate(
  db: Db,
  actor: SessionUser,
  municipalityId: string,
  role: DesignationRole,
  person: Person,
): Promise<Designations> {
  const today = athensToday();
  await db.$transaction(async (tx) => {
    const touched = await tx.municipality.updateMany({
      where: { id: municipalityId },
      data: { updatedAt: new Date() },
    });
    if (touched.count === 0) throw notFound("Municipality");
    const facts = await loadMembershipFacts(tx, [municipalityId]);
    if (!isMemberOn(facts.get(municipalityId) ?? EMPTY_FACTS, today)) {
      throw conflict(
        "NOT_A_MEMBER",
        "Only a party to the Memorandum designates a representative and an alternate",
      );
    }
    const { previous, created } = await replaceDesignation(tx, {
      municipalityId,
      role,
      person,
      on: today,
    });
    await recordAudit(tx, {
      actor,
      action: "designation.replace",
      entityType: "municipality",
      entityId: municipalityId,
      summary: `${role} of ${municipalityId}: ${created.name} from ${today}`,
      before: previous.map(toDesignation),
      after: toDesignation(created),
    });
  });
  return getDesignations(db, municipalityId);
}
