// Who may act on an amendment for a municipality. The powers of a representative or an
// alternate follow the municipality's designation, not the account's role: proposing belongs
// to the account whose e-mail is the party's current designation of either role, so a
// replaced representative keeps read access only, from the moment the designation changes.
import type { DesignationRole } from "@cni/domain/enums";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";

/**
 * The role (representative or alternate) the user's e-mail holds on `day` in its own
 * municipality's designations, or null. A designation replaced on day D ends on D (its
 * `to`), when its successor starts: the successor holds it from D on.
 */
export async function currentDesignationFor(
  db: Db | Tx,
  user: SessionUser,
  day: string,
): Promise<DesignationRole | null> {
  if (!user.municipalityId) return null;
  const rows = await db.designation.findMany({
    where: { municipalityId: user.municipalityId, from: { lte: day } },
    select: { role: true, email: true, to: true },
  });
  const email = user.email.trim().toLowerCase();
  const held = rows.find(
    (r) => r.email.trim().toLowerCase() === email && (r.to === null || day < r.to),
  );
  return (held?.role as DesignationRole | undefined) ?? null;
}
