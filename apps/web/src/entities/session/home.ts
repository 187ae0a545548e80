import type { SessionUser } from "@cni/contracts/auth";

/** Where a person lands after signing in when there is no page to go back to. */
export function homePathFor(user: Pick<SessionUser, "role">): string {
  // a coordinator starts from what waits for them (issue 15 item 9)
  return user.role === "coordinator" ? "/dashboard" : "/my";
}
