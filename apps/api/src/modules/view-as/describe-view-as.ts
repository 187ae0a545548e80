import type { ViewAs } from "@cni/contracts/view-as";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import type { ViewAsState } from "../../lib/view-as.ts";

/** What the session endpoint reports while a coordinator views as `user`. */
export async function describeViewAs(
  db: Db,
  { user, viewAs }: { user: SessionUser | null; viewAs: ViewAsState | null },
): Promise<ViewAs | null> {
  if (!viewAs || !user) return null;
  const municipality = user.municipalityId
    ? await db.municipality.findUnique({
        where: { id: user.municipalityId },
        select: { nameEl: true, nameEn: true },
      })
    : null;
  return {
    by: { id: viewAs.by.id, name: viewAs.by.name, email: viewAs.by.email },
    as: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      municipalityId: user.municipalityId,
      municipalityNameEl: municipality?.nameEl ?? null,
      municipalityNameEn: municipality?.nameEn ?? null,
    },
    since: viewAs.since.toISOString(),
  };
}
