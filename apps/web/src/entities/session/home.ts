import type { SessionUser } from "@cni/contracts/auth";

/** Where a person lands after signing in when there is no page to go back to. */
export function homePathFor(user: Pick<SessionUser, "role">): string {
  return user.role === "coordinator" ? "/" : "/my";
}
