import type { InviteDesignatedResponse } from "@cni/contracts/designations";
import { athensToday } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { notFound } from "../../lib/errors.ts";
import { loadPartiesOn } from "../../lib/parties.ts";
import { issueInvitation } from "../invitations/service.ts";

/**
 * POST /api/designations/invitations (coordinator) — an account (role representative,
 * verified: the municipality's act vouches for the person) and an invitation for each
 * current designation of a party whose e-mail has no account yet: the one named by
 * `designationId`, or all of them. One transaction.
 */
export async function inviteDesignated(
  db: Db,
  {
    actor,
    designationId,
    links,
  }: {
    actor: SessionUser;
    designationId?: string;
    links: { baseUrl: string; email: boolean };
  },
): Promise<InviteDesignatedResponse> {
  return db.$transaction(async (tx) => {
    const parties = await loadPartiesOn(tx, athensToday());
    const current = await tx.designation.findMany({
      where: {
        to: null,
        municipalityId: { in: parties },
        ...(designationId ? { id: designationId } : {}),
      },
      include: { municipality: { select: { nameEl: true, nameEn: true } } },
      orderBy: [{ municipalityId: "asc" }, { role: "asc" }],
    });
    if (designationId && current.length === 0) throw notFound("Designation");
    const existing = await tx.user.findMany({
      where: { email: { in: current.map((d) => d.email.trim().toLowerCase()) } },
      select: { email: true },
    });
    const taken = new Set(existing.map((u) => u.email));
    const invited: InviteDesignatedResponse["invited"] = [];
    for (const designation of current) {
      const email = designation.email.trim().toLowerCase();
      if (taken.has(email)) continue;
      taken.add(email);
      const user = await tx.user.create({
        data: {
          email,
          name: designation.name,
          role: "representative",
          municipalityId: designation.municipalityId,
          position: designation.position,
          verification: "verified",
          verifiedAt: new Date(),
          verifiedById: actor.id,
        },
      });
      await recordAudit(tx, {
        actor,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        summary: `${actor.email} invited ${email}, designated ${designation.role} of ${designation.municipalityId}`,
        after: { email, role: "representative", municipalityId: designation.municipalityId },
      });
      const link = await issueInvitation(
        tx,
        { ...user, municipality: designation.municipality },
        { actor, ...links },
      );
      invited.push({
        municipalityId: designation.municipalityId,
        role: designation.role as DesignationRole,
        email,
        name: designation.name,
        invitationUrl: link.invitationUrl,
        emailed: link.emailed,
      });
    }
    return { invited };
  });
}
