// Public registration: a municipality that is not a party today creates its officer account
// (and its directory record, if it is not there yet). The officer is an "applicant officer"
// (see users/applicant.ts) until the accession is accepted.
import { GREEK_REGIONS, type RegistrationBody } from "@cni/contracts/registrations";
import { athensToday } from "@cni/domain/dates";
import { membershipSummaryOn } from "@cni/domain/membership";
import { normalizeForSearch } from "@cni/domain/text";
import type { Db, Tx } from "../../db/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, unprocessable } from "../../lib/errors.ts";
import { hashPassword } from "../../lib/password.ts";
import { toSessionUser } from "../auth/service.ts";
import { createSession } from "../auth/session.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../municipalities/facts.ts";
import { municipalitySearchText } from "../municipalities/search-text.ts";
import { emailTaken } from "../users/service.ts";
import { isUniqueViolation } from "../users/unique.ts";
import { slugify, stripMunicipalityPrefix } from "./slug.ts";

type NewMunicipality = Exclude<RegistrationBody["municipality"], { id: string }>;

function regionOf(text: string): { el: string; en: string } {
  const needle = normalizeForSearch(text);
  const known = GREEK_REGIONS.find(
    (r) => normalizeForSearch(r.el) === needle || normalizeForSearch(r.en) === needle,
  );
  return known ? { el: known.el, en: known.en } : { el: text.trim(), en: text.trim() };
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const root = base || "municipality";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await tx.municipality.findUnique({ where: { id: candidate }, select: { id: true } }))) {
      return candidate;
    }
  }
}

/** Creates the directory record of a municipality that is not in it (409 if it is). */
async function createMunicipality(tx: Tx, input: NewMunicipality) {
  const nameEl = stripMunicipalityPrefix(input.nameEl);
  const nameEn = stripMunicipalityPrefix(input.nameEn?.trim() || nameEl);
  const wanted = [normalizeForSearch(nameEl), normalizeForSearch(nameEn)];
  const existing = await tx.municipality.findMany({
    select: { id: true, nameEl: true, nameEn: true },
  });
  const same = existing.find(
    (m) =>
      wanted.includes(normalizeForSearch(m.nameEl)) ||
      wanted.includes(normalizeForSearch(m.nameEn)),
  );
  if (same) {
    throw conflict(
      "MUNICIPALITY_EXISTS",
      `The municipality is already in the directory (${same.id}): choose it from the list`,
    );
  }
  const region = regionOf(input.region);
  const regionalUnit = input.regionalUnit.trim();
  const id = await uniqueSlug(tx, slugify(input.nameEn?.trim() ? nameEn : nameEl));
  return tx.municipality.create({
    data: {
      id,
      nameEl,
      nameEn,
      searchText: municipalitySearchText({
        nameEl,
        nameEn,
        regionalUnit,
        regionalUnitEn: regionalUnit,
      }),
      region: region.el,
      regionEn: region.en,
      regionalUnit,
      regionalUnitEn: regionalUnit,
    },
  });
}

/** An existing municipality may register only while it is not a party and has no officer. */
async function existingMunicipality(tx: Tx, id: string) {
  const municipality = await tx.municipality.findUnique({ where: { id } });
  if (!municipality) {
    throw unprocessable("MUNICIPALITY_NOT_FOUND", "No such municipality", [
      { path: "municipality.id", message: "No such municipality" },
    ]);
  }
  const facts = await loadMembershipFacts(tx, [id]);
  const { status } = membershipSummaryOn(facts.get(id) ?? EMPTY_FACTS, athensToday());
  if (status === "member" || status === "withdrawing") {
    throw conflict(
      "MUNICIPALITY_IS_MEMBER",
      "This municipality is a member of the network: its officers are invited by the coordinators",
    );
  }
  // Self-registration gives access to the municipality's own records (its accession
  // drafts): once someone acts for it, further officers are invited, not self-registered.
  const officers = await tx.user.count({
    where: { municipalityId: id, role: "officer", active: true },
  });
  if (officers > 0) {
    throw conflict(
      "MUNICIPALITY_HAS_OFFICER",
      "This municipality already has an officer account: ask them or the coordinators for an invitation",
    );
  }
  return municipality;
}

export async function register(db: Db, body: RegistrationBody, previousSessionId: string | null) {
  const passwordHash = await hashPassword(body.password);
  const email = body.officer.email.trim().toLowerCase();
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
      const isNew = !("id" in body.municipality);
      const municipality =
        "id" in body.municipality
          ? await existingMunicipality(tx, body.municipality.id)
          : await createMunicipality(tx, body.municipality);
      const user = await tx.user.create({
        data: {
          email,
          name: body.officer.name.trim(),
          role: "officer",
          municipalityId: municipality.id,
          position: body.officer.position.trim(),
          passwordHash,
          lastLoginAt: new Date(),
        },
      });
      const sessionUser = toSessionUser(user);
      if (isNew) {
        await recordAudit(tx, {
          actor: sessionUser,
          action: "municipality.create",
          entityType: "municipality",
          entityId: municipality.id,
          summary: `Municipality ${municipality.nameEl} / ${municipality.nameEn} added at registration`,
          after: {
            nameEl: municipality.nameEl,
            nameEn: municipality.nameEn,
            region: municipality.region,
            regionalUnit: municipality.regionalUnit,
          },
        });
      }
      await recordAudit(tx, {
        actor: sessionUser,
        action: "registration.create",
        entityType: "user",
        entityId: user.id,
        summary: `${email} registered as officer of ${municipality.nameEl} (${municipality.id})`,
        after: { email, name: user.name, role: "officer", municipalityId: municipality.id },
      });
      const session = await createSession(tx, user.id, previousSessionId);
      return {
        user: sessionUser,
        ...session,
        municipality: {
          id: municipality.id,
          nameEl: municipality.nameEl,
          nameEn: municipality.nameEn,
          created: isNew,
        },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
