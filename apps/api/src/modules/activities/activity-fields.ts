// Writing an activity's fields: the columns, the pillar and participant rows, and the
// check that every municipality named is in the directory. Shared by create, propose and
// update.
import type { ActivityInputParsed } from "@cni/contracts/activities";
import type { Tx } from "../../db/client.ts";
import { type FieldError, unprocessable } from "../../lib/errors.ts";
import { ACTIVITY_INCLUDE } from "./activity-row.ts";
import { searchTextOf } from "./query.ts";

/** Host and participants must be municipalities of the directory (422 with field errors). */
export async function assertMunicipalitiesExist(tx: Tx, input: ActivityInputParsed): Promise<void> {
  const ids = [
    ...(input.hostMunicipalityId ? [input.hostMunicipalityId] : []),
    ...input.participantMunicipalityIds,
  ];
  if (ids.length === 0) return;
  const found = new Set(
    (await tx.municipality.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (m) => m.id,
    ),
  );
  const unknown = (path: string): FieldError => ({
    path,
    message: "Unknown municipality",
    code: "UNKNOWN_MUNICIPALITY",
  });
  const errors: FieldError[] = [];
  if (input.hostMunicipalityId && !found.has(input.hostMunicipalityId)) {
    errors.push(unknown("hostMunicipalityId"));
  }
  input.participantMunicipalityIds.forEach((id, i) => {
    if (!found.has(id)) errors.push(unknown(`participantMunicipalityIds.${i}`));
  });
  if (errors.length) {
    throw unprocessable("UNKNOWN_MUNICIPALITY", "A municipality is not in the directory", errors);
  }
}

/** The Activity columns of an input (pillars and participants are rows of their own). */
export function columnsOf(input: ActivityInputParsed) {
  return {
    titleEl: input.titleEl,
    titleEn: input.titleEn,
    summary: input.summary,
    type: input.type,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    hostMunicipalityId: input.hostMunicipalityId,
    status: input.status,
    visibility: input.visibility,
    location: input.location,
    link: input.link,
    fundingProgramme: input.fundingProgramme,
    fundingDeadline: input.fundingDeadline,
    searchText: searchTextOf(input),
  };
}

/** The nested writes that create the pillar and participant rows. */
export function relationsOf(input: ActivityInputParsed) {
  return {
    pillars: { create: input.pillars.map((pillar) => ({ pillar })) },
    participants: {
      create: input.participantMunicipalityIds.map((municipalityId) => ({ municipalityId })),
    },
  };
}

/** Inserts a checked activity (published, or a proposal) with its pillars and participants. */
export async function insertActivity(
  tx: Tx,
  input: ActivityInputParsed,
  extra: { published: boolean; proposedById: string | null },
) {
  await assertMunicipalitiesExist(tx, input);
  return tx.activity.create({
    data: { ...columnsOf(input), ...extra, ...relationsOf(input) },
    include: ACTIVITY_INCLUDE,
  });
}
