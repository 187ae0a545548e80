import { samePerson } from "@cni/contracts/accessions";
import type { DesignationBody, Designations } from "@cni/contracts/designations";
import { designationAct } from "@cni/contracts/designations";
import { isValidAda, normalizeAda } from "@cni/domain/council-decision";
import { athensToday } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import { assertCanActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { notFound, unprocessable } from "../../lib/errors.ts";
import { assertParty } from "../../lib/parties.ts";
import { designatedEmail } from "../notices/own-affairs-emails.ts";
import { municipalityNames, notifyMunicipality } from "../notices/send.ts";
import { toDesignation } from "./designation-row.ts";
import { getDesignations } from "./get-designations.ts";
import { replaceDesignation } from "./replace-designation.ts";

const OTHER_ROLE: Record<DesignationRole, DesignationRole> = {
  representative: "alternate",
  alternate: "representative",
};

/** The act's own rules: an ΑΔΑ of the Diavgeia shape, a date not in the future. */
function checkedAct(raw: DesignationBody["act"], today: string) {
  const act = designationAct.parse(raw);
  if (act.diavgeiaAda && !isValidAda(act.diavgeiaAda)) {
    throw unprocessable("ADA_INVALID", "Not the shape of a Diavgeia ΑΔΑ (e.g. Ψ4ΚΡΩΛ7-ΒΦΗ)", [
      { path: "act.diavgeiaAda", message: "Not the shape of a Diavgeia ΑΔΑ", code: "ADA_INVALID" },
    ]);
  }
  if (act.date > today) {
    throw unprocessable("DECISION_IN_FUTURE", "The act's date is in the future", [
      { path: "act.date", message: "The act's date is in the future", code: "DECISION_IN_FUTURE" },
    ]);
  }
  return { ...act, diavgeiaAda: act.diavgeiaAda ? normalizeAda(act.diavgeiaAda) : null };
}

/**
 * PUT /api/municipalities/:id/designations/:role — a party designates a new representative
 * or alternate by a mayoral or council decision, from today; the current one is closed
 * today and its powers pass to the new person at once (lib/powers.ts looks them up on every
 * request). The representative and the alternate must be different people. One
 * transaction; the municipality row is touched first so concurrent replacements are
 * serialised and there is never more than one current designation of a role.
 */
export async function designate(
  db: Db,
  {
    actor,
    municipalityId,
    role,
    body,
  }: { actor: SessionUser; municipalityId: string; role: DesignationRole; body: DesignationBody },
): Promise<Designations> {
  assertCanActFor(actor, municipalityId);
  const today = athensToday();
  const act = checkedAct(body.act, today);
  const person = {
    name: body.name.trim(),
    email: body.email.trim().toLowerCase(),
    phone: body.phone ?? null,
    position: body.position ?? null,
  };
  await db.$transaction(async (tx) => {
    const touched = await tx.municipality.updateMany({
      where: { id: municipalityId },
      data: { updatedAt: new Date() },
    });
    if (touched.count === 0) throw notFound("Municipality");
    await assertParty(tx, municipalityId, today);
    const other = await tx.designation.findFirst({
      where: { municipalityId, role: OTHER_ROLE[role], to: null },
    });
    if (samePerson(person, other)) {
      throw unprocessable(
        "SAME_PERSON",
        "The representative and the alternate must be different people",
        [{ path: "email", message: `Already the ${OTHER_ROLE[role]}`, code: "SAME_PERSON" }],
      );
    }
    const { previous, created } = await replaceDesignation(tx, {
      municipalityId,
      role,
      person,
      on: today,
      act,
    });
    await recordAudit(tx, {
      actor,
      action: "designation.replace",
      entityType: "municipality",
      entityId: municipalityId,
      summary: `${role} of ${municipalityId}: ${created.name} from ${today} (${act.kind} ${act.number} of ${act.date}${act.diavgeiaAda ? `, ΑΔΑ ${act.diavgeiaAda}` : ""})`,
      before: previous.map((row) => toDesignation(row)),
      after: toDesignation(created),
    });
    // the municipality's inbox, and an e-mail to the person and its officers (decision 090)
    await notifyMunicipality(tx, {
      kind: "designation",
      event: "designated",
      recipientMunicipalityId: municipalityId,
      email: {
        message: designatedEmail(
          await municipalityNames(tx, municipalityId),
          created.name,
          role,
          today,
        ),
        roles: ["officer"],
        alsoTo: [created.email],
      },
    });
  });
  return getDesignations(db, { municipalityId });
}
