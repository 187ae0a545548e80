import type { Db } from "../db/client.ts";
import { recordAudit } from "../lib/audit.ts";
import { municipalitySearchText } from "../modules/municipalities/search-text.ts";
import {
  FOUNDING_DATE,
  MUNICIPALITIES,
  SERRES_ACCESSION,
  UPDATED_MOU_DATE,
} from "./network-facts.ts";
import { SEEDED_OFFICIAL_CODES } from "./official-codes.ts";

/**
 * Seeds the network's facts on an empty database, in one transaction. Idempotent: a
 * database that already has municipalities is left alone.
 */
export async function seedNetwork(db: Db): Promise<boolean> {
  if ((await db.municipality.count()) > 0) return false;
  await db.$transaction(async (tx) => {
    for (const m of MUNICIPALITIES) {
      const [region, regionEn, regionalUnit, regionalUnitEn] = m.seat;
      await tx.municipality.create({
        data: {
          id: m.id,
          officialCode: SEEDED_OFFICIAL_CODES[m.id] ?? null,
          nameEl: m.nameEl,
          nameEn: m.nameEn,
          searchText: municipalitySearchText({
            officialCode: SEEDED_OFFICIAL_CODES[m.id] ?? null,
            nameEl: m.nameEl,
            nameEn: m.nameEn,
            regionalUnit,
            regionalUnitEn,
          }),
          region,
          regionEn,
          regionalUnit,
          regionalUnitEn,
          lat: m.lat,
          lon: m.lon,
          founding: m.basis === "founding",
        },
      });
      if (m.basis === "founding") {
        await tx.membershipPeriod.create({
          data: { municipalityId: m.id, basis: "founding", startsOn: FOUNDING_DATE },
        });
      } else if (m.basis === "acceded") {
        await tx.membershipPeriod.create({
          data: { municipalityId: m.id, basis: "accession", startsOnOrBefore: UPDATED_MOU_DATE },
        });
      }
    }
    const serres = await tx.accession.create({ data: SERRES_ACCESSION });
    await recordAudit(tx, {
      actor: null,
      action: "seed.network",
      entityType: "network",
      entityId: "cni",
      summary: `Seeded ${MUNICIPALITIES.length} municipalities and Serres' accession ${serres.id}`,
    });
  });
  return true;
}
