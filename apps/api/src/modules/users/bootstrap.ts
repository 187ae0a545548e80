import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { hashPassword } from "../../lib/password.ts";

export const DEFAULT_ADMIN_EMAIL = "admin@cni.local";

/**
 * When no coordinator exists, creates one: from CNI_ADMIN_EMAIL / CNI_ADMIN_PASSWORD, or
 * admin@cni.local with a random password that is returned once (for the console) and
 * never stored in clear.
 */
export async function ensureCoordinator(
  db: Db,
  admin: { email: string | undefined; password: string | undefined },
): Promise<{ email: string; generatedPassword: string | null } | null> {
  if ((await db.user.count({ where: { role: "coordinator" } })) > 0) return null;
  const email = (admin.email ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  const generatedPassword = admin.password ? null : randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(admin.password ?? generatedPassword!);
  await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      // The display name is Greek first, like the rest of the interface.
      create: { email, name: "Γραμματεία του Δικτύου", role: "coordinator", passwordHash },
      update: {
        role: "coordinator",
        municipalityId: null,
        passwordHash,
        active: true,
        verification: "verified",
      },
    });
    await recordAudit(tx, {
      actor: null,
      action: "user.bootstrap",
      entityType: "user",
      entityId: user.id,
      summary: `Bootstrap coordinator ${email} created`,
    });
  });
  return { email, generatedPassword };
}
