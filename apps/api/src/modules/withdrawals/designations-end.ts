// "Designations end when the municipality stops being a party" (MoU, representatives):
// when a withdrawal is notified, the current representative and alternate hold through the
// last day as a party (N + 15). A Designation's `to` is the first day it no longer holds (a
// designation replaced on T has to = T, its successor from T: lib/powers.ts `heldOn`), so
// they get to = effectiveOn (N + 16). A revocation reopens what the withdrawal ended. Plain
// functions over the Designation table, so the designations module can reuse them.
import type { IsoDate } from "@cni/domain/dates";
import type { Tx } from "../../db/client.ts";

/** The municipality's current designations hold through N + 15 (to = N + 16); their ids. */
export async function endDesignationsOnWithdrawal(
  tx: Tx,
  { municipalityId, effectiveOn }: { municipalityId: string; effectiveOn: IsoDate },
): Promise<string[]> {
  const current = await tx.designation.findMany({
    where: { municipalityId, OR: [{ to: null }, { to: { gt: effectiveOn } }] },
    select: { id: true },
  });
  const ids = current.map((d) => d.id);
  if (ids.length > 0) {
    await tx.designation.updateMany({ where: { id: { in: ids } }, data: { to: effectiveOn } });
  }
  return ids;
}

/** Reopens the designations that a revoked withdrawal had ended; returns their ids. */
export async function reopenDesignationsOnRescission(
  tx: Tx,
  { municipalityId, effectiveOn }: { municipalityId: string; effectiveOn: IsoDate },
): Promise<string[]> {
  const ended = await tx.designation.findMany({
    where: { municipalityId, to: effectiveOn },
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
