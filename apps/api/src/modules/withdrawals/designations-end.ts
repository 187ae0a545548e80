// "Designations end when the municipality stops being a party" (MoU, representatives):
// when a withdrawal is notified, the current representative and alternate are designated
// through the last day as a party (N + 15). A revocation reopens what the withdrawal ended.
// Kept as plain functions over the Designation table so the designations module can reuse
// them; a designation is current on D when from <= D and (to is null or D <= to).
import type { IsoDate } from "@cni/domain/dates";
import type { Tx } from "../../db/client.ts";

/** Ends the municipality's current designations on `lastDayAsParty`; returns their ids. */
export async function endDesignationsOnWithdrawal(
  tx: Tx,
  { municipalityId, lastDayAsParty }: { municipalityId: string; lastDayAsParty: IsoDate },
): Promise<string[]> {
  const current = await tx.designation.findMany({
    where: { municipalityId, OR: [{ to: null }, { to: { gt: lastDayAsParty } }] },
    select: { id: true },
  });
  const ids = current.map((d) => d.id);
  if (ids.length > 0) {
    await tx.designation.updateMany({ where: { id: { in: ids } }, data: { to: lastDayAsParty } });
  }
  return ids;
}

/** Reopens the designations that a revoked withdrawal had ended; returns their ids. */
export async function reopenDesignationsOnRescission(
  tx: Tx,
  { municipalityId, lastDayAsParty }: { municipalityId: string; lastDayAsParty: IsoDate },
): Promise<string[]> {
  const ended = await tx.designation.findMany({
    where: { municipalityId, to: lastDayAsParty },
    select: { id: true, role: true },
  });
  const open = await tx.designation.findMany({
    where: { municipalityId, to: null },
    select: { role: true },
  });
  // A role designated anew meanwhile keeps its new designation.
  const reopen = ended.filter((d) => !open.some((o) => o.role === d.role)).map((d) => d.id);
  if (reopen.length > 0) {
    await tx.designation.updateMany({ where: { id: { in: reopen } }, data: { to: null } });
  }
  return reopen;
}
