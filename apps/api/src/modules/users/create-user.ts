import type { CreateUserBody } from "@cni/contracts/users";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, unprocessable } from "../../lib/errors.ts";
import { isParty } from "../../lib/parties.ts";
import { issueInvitation } from "../invitations/service.ts";
import { ACCOUNT_INCLUDE, findAccountOr404, toAccount } from "./account-row.ts";
import { isUniqueViolation } from "./unique.ts";

export type InvitationContext = { baseUrl: string; email: boolean };

export const emailTaken = () =>
  conflict("EMAIL_TAKEN", "An account with this e-mail already exists");

/**
 * POST /api/users — an account without a password and an invitation link to set one.
 * Officers and representatives belong to a municipality (representatives to a party: they
 * are designated by members); coordinators to none. Invited accounts are verified: the
 * coordinator who invites a person vouches for them.
 */
export async function createUser(
  db: Db,
  { actor, body, links }: { actor: SessionUser; body: CreateUserBody; links: InvitationContext },
) {
  const municipalityId = body.role === "coordinator" ? null : (body.municipalityId ?? null);
  const email = body.email.trim().toLowerCase();
  try {
    return await db.$transaction(async (tx) => {
      if (municipalityId) {
        const municipality = await tx.municipality.findUnique({ where: { id: municipalityId } });
        if (!municipality) {
          throw unprocessable("MUNICIPALITY_NOT_FOUND", "No such municipality", [
            { path: "municipalityId", message: "No such municipality" },
          ]);
        }
        if (body.role === "representative" && !(await isParty(tx, municipalityId))) {
          throw unprocessable(
            "NOT_A_MEMBER",
            "Representatives are designated by member municipalities",
            [{ path: "municipalityId", message: "Not a member of the network today" }],
          );
        }
      }
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw emailTaken();
      }
      const created = await tx.user.create({
        data: {
          email,
          name: body.name.trim(),
          role: body.role,
          municipalityId,
          position: body.position?.trim() || null,
          verification: "verified",
          verifiedAt: new Date(),
          verifiedById: actor.id,
        },
        include: ACCOUNT_INCLUDE,
      });
      await recordAudit(tx, {
        actor,
        action: "user.create",
        entityType: "user",
        entityId: created.id,
        summary: `${actor.email} created the ${body.role} account ${email}${municipalityId ? ` (${municipalityId})` : ""}`,
        after: { email, name: created.name, role: body.role, municipalityId },
      });
      const link = await issueInvitation(tx, { ...created }, { actor, ...links });
      return { user: toAccount(await findAccountOr404(tx, created.id)), ...link };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
