// Where to go after signing in: only a path of this site ("/admin/users?page=2"), never an
// absolute or protocol-relative URL that would send the user elsewhere (open redirect).

export function safeNextPath(value: string | null | undefined): string | null {
  if (!value) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if ([...value].some((c) => c.charCodeAt(0) < 0x20)) return null;
  // pages that make no sense to come back to
  if (/^\/(sign-in|register|invitations\/)/.test(value)) return null;
  return value;
}

/** "/sign-in?next=<where the user is>" */
export function signInPath(next?: string, reason?: "expired"): string {
  const search = new URLSearchParams();
  const safe = safeNextPath(next);
  if (safe && safe !== "/") search.set("next", safe);
  if (reason) search.set("reason", reason);
  const query = search.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}
