// The powers of a representative or alternate (proposing amendments, submitting the
// evaluation, acknowledging notices) belong to the account whose e-mail is the
// municipality's current designation of that role, while the municipality is a party. They
// are looked up on every request, never kept in the session: when a designation is replaced
// or ends, the previous person's account keeps read access only, at once.
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import type { Db, Tx } from "../db/client.ts";
import { isUnverified, type SessionUser } from "./access.ts";
import { forbidden } from "./errors.ts";
import { isParty } from "./parties.ts";

/**
 * The designation that holds on `day`: started on or before it, not yet replaced (a
 * designation replaced on day T has `to` = T, and its successor holds from T).
 */
export const heldOn = (day: IsoDate) => ({
  from: { lte: day },
  OR: [{ to: null }, { to: { gt: day } }],
});

/**
 * "representative" or "alternate" when the user's e-mail is its municipality's designation
 * of that role on `day` and the municipality is a party then; otherwise null.
 */
export async function currentDesignationRole(
  db: Db | Tx,
  user: Pick<SessionUser, "email" | "municipalityId" | "verification">,
  day: IsoDate = athensToday(),
): Promise<DesignationRole | null> {
  if (!user.municipalityId || isUnverified(user)) return null;
  const rows = await db.designation.findMany({
    where: { municipalityId: user.municipalityId, ...heldOn(day) },
    select: { role: true, email: true },
  });
  const email = user.email.trim().toLowerCase();
  const mine = rows.find((row) => row.email.trim().toLowerCase() === email);
  if (!mine) return null;
  if (!(await isParty(db, user.municipalityId, day))) return null;
  return mine.role as DesignationRole;
}

export type PowerOptions = {
  /** API.md gives this power to the municipality's verified officer too. */
  officerToo?: boolean;
  day?: IsoDate;
};

/**
 * Whether the user holds the representative's powers for `municipalityId`: it is the
 * current representative or alternate (or, with `officerToo`, a verified officer of that
 * municipality while it is a party). Coordinators act through their own routes, not these.
 */
export async function holdsRepresentativePower(
  db: Db | Tx,
  user: SessionUser,
  municipalityId: string,
  { officerToo = false, day = athensToday() }: PowerOptions = {},
): Promise<boolean> {
  if (user.municipalityId !== municipalityId || isUnverified(user)) return false;
  if (officerToo && user.role === "officer") return isParty(db, municipalityId, day);
  return (await currentDesignationRole(db, user, day)) !== null;
}

/** 403 NOT_DESIGNATED unless `holdsRepresentativePower`. */
export async function assertRepresentativePower(
  db: Db | Tx,
  user: SessionUser,
  municipalityId: string,
  options: PowerOptions = {},
): Promise<void> {
  if (!(await holdsRepresentativePower(db, user, municipalityId, options))) {
    throw forbidden(
      options.officerToo
        ? "Only the municipality's officer or its current representative or alternate can do this"
        : "Only the municipality's current representative or alternate can do this",
      "NOT_DESIGNATED",
    );
  }
}
