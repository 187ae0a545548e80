// POST /api/registrations — a municipality that is not a party today registers an officer,
// picked from the official list by its code. The officer is "pending": until a coordinator
// verifies who they are, it can only draft its municipality's declaration and sees nothing
// the municipality had before. The answer is the same whether or not the e-mail was taken.
import type { RegistrationBody, RegistrationResponse } from "@cni/contracts/registrations";
import { athensToday } from "@cni/domain/dates";
import { membershipSummaryOn } from "@cni/domain/membership";
import type { Db, Tx } from "../../db/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, unprocessable } from "../../lib/errors.ts";
import { membershipFactsOf } from "../../lib/parties.ts";
import { hashPassword } from "../../lib/password.ts";
import { assertStrongPassword } from "../../lib/password-strength.ts";
import { toSessionUser } from "../auth/service.ts";
import { municipalitySearchText } from "../municipalities/search-text.ts";
import { notifyCoordinators } from "../notices/send.ts";
import { isUniqueViolation } from "../users/unique.ts";
import { emailTakenNotice, registrationToCoordinators } from "./account-emails.ts";
import { type OfficialEntry, officialByCode, officialSeat } from "./official-list.ts";
import { slugify } from "./slug.ts";

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const root = base || "municipality";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await tx.municipality.findUnique({ where: { id: candidate }, select: { id: true } }))) {
      return candidate;
    }
  }
}

/** The directory record of an official municipality, created from the list when missing. */
async function directoryRecord(tx: Tx, official: OfficialEntry) {
  const existing = await tx.municipality.findUnique({ where: { officialCode: official.code } });
  if (existing) return { municipality: existing, created: false };
  const municipality = await tx.municipality.create({
    data: {
      id: await uniqueSlug(tx, slugify(official.nameEn)),
      officialCode: official.code,
      nameEl: official.nameEl,
      nameEn: official.nameEn,
      searchText: municipalitySearchText({
        officialCode: official.code,
        nameEl: official.nameEl,
        nameEn: official.nameEn,
        regionalUnit: official.regionalUnitEl,
        regionalUnitEn: official.regionalUnitEn,
      }),
      region: official.regionEl,
      regionEn: official.regionEn,
      regionalUnit: official.regionalUnitEl,
      regionalUnitEn: official.regionalUnitEn,
      // its seat on the map (null when no offline source names it)
      ...officialSeat(official.code),
    },
  });
  return { municipality, created: true };
}

/** A party's officers are invited by the coordinators; one self-registered officer at most. */
async function assertMayRegister(tx: Tx, municipalityId: string) {
  const { status } = membershipSummaryOn(
    await membershipFactsOf(tx, municipalityId),
    athensToday(),
  );
  if (status === "member" || status === "withdrawing") {
    throw conflict(
      "MUNICIPALITY_IS_MEMBER",
      "This municipality is a member of the network: its officers are invited by the coordinators",
    );
  }
  const officers = await tx.user.count({
    where: { municipalityId, role: "officer", active: true, verification: { not: "refused" } },
  });
  if (officers > 0) {
    throw conflict(
      "MUNICIPALITY_HAS_OFFICER",
      "This municipality already has an officer account: ask them or the coordinators for an invitation",
    );
  }
}

export async function registerOfficer(
  db: Db,
  { body }: { body: RegistrationBody },
): Promise<RegistrationResponse> {
  const official = officialByCode(body.municipality.code.trim());
  if (!official) {
    throw unprocessable("UNKNOWN_MUNICIPALITY", "Choose the municipality from the official list", [
      { path: "municipality.code", message: "Not in the official list of municipalities" },
    ]);
  }
  const email = body.officer.email.trim().toLowerCase();
  const name = body.officer.name.trim();
  await assertStrongPassword(body.password, [name, email, official.nameEl, official.nameEn]);
  const passwordHash = await hashPassword(body.password);
  const answer: RegistrationResponse = {
    municipality: { code: official.code, nameEl: official.nameEl, nameEn: official.nameEn },
  };
  try {
    await db.$transaction(async (tx) => {
      const { municipality, created } = await directoryRecord(tx, official);
      await assertMayRegister(tx, municipality.id);
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        // Same answer as a new registration; the owner hears of it (SMTP configured).
        await emailTakenNotice(tx, email);
        return;
      }
      const user = await tx.user.create({
        data: {
          email,
          name,
          role: "officer",
          municipalityId: municipality.id,
          position: body.officer.position.trim(),
          passwordHash,
          verification: "pending",
        },
      });
      const actor = toSessionUser(user);
      if (created) {
        await recordAudit(tx, {
          actor,
          action: "municipality.create",
          entityType: "municipality",
          entityId: municipality.id,
          summary: `Municipality ${municipality.nameEl} / ${municipality.nameEn} (${official.code}) added from the official list at registration`,
          after: { officialCode: official.code, nameEl: municipality.nameEl },
        });
      }
      await recordAudit(tx, {
        actor,
        action: "registration.create",
        entityType: "user",
        entityId: user.id,
        summary: `${email} registered as officer of ${municipality.nameEl} (${municipality.id}); pending verification`,
        after: {
          email,
          name,
          role: "officer",
          municipalityId: municipality.id,
          verification: "pending",
        },
      });
      // the coordinators' inbox shows it until one of them acknowledges it; e-mail too (SMTP)
      await notifyCoordinators(tx, {
        kind: "registration",
        event: "submitted",
        subjectMunicipalityId: municipality.id,
        subjectUserId: user.id,
      });
      await registrationToCoordinators(tx, { name, email, municipality: official.nameEl });
    });
  } catch (error) {
    // Two registrations racing for one e-mail: the loser gets the same answer.
    if (!isUniqueViolation(error)) throw error;
  }
  return answer;
}
