import type { MunicipalityDetail } from "@cni/contracts/municipalities";
import type { IsoDate } from "@cni/domain/dates";
import type { AccessionStatus } from "@cni/domain/enums";
import { membershipSummaryOn } from "@cni/domain/membership";
import { withdrawalStatusOn } from "@cni/domain/withdrawal";
import type { Db } from "../../db/client.ts";
import { or404 } from "../../lib/errors.ts";
import { membershipFactsOf } from "../../lib/parties.ts";
import { MUNICIPALITY_SELECT, toMunicipality } from "./municipality-row.ts";

/** GET /api/municipalities/:id — one municipality, its status as of `asOf` and its history. */
export async function getMunicipality(
  db: Db,
  { id, asOf }: { id: string; asOf: IsoDate },
): Promise<MunicipalityDetail> {
  const row = or404(
    await db.municipality.findUnique({ where: { id }, select: MUNICIPALITY_SELECT }),
    "Municipality",
  );
  const [facts, periods, accessions, withdrawals] = await Promise.all([
    membershipFactsOf(db, id),
    db.membershipPeriod.findMany({ where: { municipalityId: id } }),
    db.accession.findMany({
      where: { municipalityId: id, status: { not: "draft" } },
      orderBy: { createdAt: "asc" },
    }),
    // A draft is not yet an act towards the parties: only notified withdrawals are public.
    db.withdrawal.findMany({
      where: { municipalityId: id, notifiedOn: { not: null } },
      orderBy: { notifiedOn: "asc" },
    }),
  ]);
  const summary = membershipSummaryOn(facts, asOf);
  const basisByStart = new Map(periods.map((p) => [p.startsOn ?? p.startsOnOrBefore, p.basis]));
  return {
    ...toMunicipality(row, summary),
    history: {
      periods: summary.periods.map((p) => ({
        basis:
          basisByStart.get(p.from ?? p.fromOnOrBefore) === "founding" ? "founding" : "accession",
        from: p.from,
        fromOnOrBefore: p.fromOnOrBefore,
        until: p.until,
      })),
      accessions: accessions.map((a) => ({
        id: a.id,
        status: a.status as AccessionStatus,
        decisionNumber: a.decisionNumber,
        decisionDate: a.decisionDate,
        diavgeiaAda: a.diavgeiaAda,
        submittedOn: a.submittedOn,
        notifiedOn: a.notifiedOn,
      })),
      withdrawals: withdrawals.flatMap((w) =>
        w.notifiedOn && w.notifiedOn <= asOf && w.lastDayAsParty && w.effectiveOn
          ? [
              {
                id: w.id,
                decisionNumber: w.decisionNumber,
                decisionDate: w.decisionDate,
                diavgeiaAda: w.diavgeiaAda,
                notifiedOn: w.notifiedOn,
                lastDayAsParty: w.lastDayAsParty,
                effectiveOn: w.effectiveOn,
                rescindedOn: w.rescindedOn,
                status: withdrawalStatusOn(w, asOf),
              },
            ]
          : [],
      ),
    },
  };
}
