import { type AuthzRow, everyone, signedIn } from "./types.ts";

// Account page, password reset, and the invitation routes that take the token in the body.
export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/auth/password-reset",
    request: () => ({ url: "/api/auth/password-reset" }),
    expect: everyone,
  },
  {
    method: "POST",
    route: "/api/auth/password-reset",
    // no SMTP in the matrix app: 404 PASSWORD_RESET_UNAVAILABLE for everyone
    request: () => ({ url: "/api/auth/password-reset", payload: { email: "nobody@test.cni" } }),
    expect: everyone,
  },
  {
    method: "POST",
    route: "/api/auth/password-reset/confirm",
    // an unknown link: 409 for everyone; the link is the credential, not the session
    request: () => ({
      url: "/api/auth/password-reset/confirm",
      payload: { token: "x".repeat(43), password: "a long enough password" },
    }),
    expect: everyone,
  },
  {
    method: "PATCH",
    route: "/api/account",
    request: (_ctx, persona) => ({ url: "/api/account", payload: { name: `Matrix ${persona}` } }),
    expect: signedIn,
  },
  {
    method: "POST",
    route: "/api/account/password",
    // a wrong current password: 422 for the signed in, 401 for anonymous
    request: () => ({
      url: "/api/account/password",
      payload: { currentPassword: "not the password", newPassword: "a long enough password" },
    }),
    expect: signedIn,
  },
  {
    method: "POST",
    route: "/api/invitations/lookup",
    request: () => ({ url: "/api/invitations/lookup", payload: { token: "x".repeat(43) } }),
    expect: everyone,
  },
  {
    method: "POST",
    route: "/api/invitations/accept",
    request: () => ({
      url: "/api/invitations/accept",
      payload: { token: "x".repeat(43), password: "a long enough password" },
    }),
    expect: everyone,
  },
];
