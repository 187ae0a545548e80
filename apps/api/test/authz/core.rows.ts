import { type AuthzRow, everyone, signedIn } from "./types.ts";

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/health",
    request: () => ({ url: "/api/health" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/auth/session",
    request: () => ({ url: "/api/auth/session" }),
    expect: everyone,
  },
  {
    method: "POST",
    route: "/api/auth/login",
    request: () => ({
      url: "/api/auth/login",
      payload: { email: "nobody@test.cni", password: "x" },
    }),
    // a wrong password is a 401 for everyone: the row checks the route is reachable
    expect: {
      anonymous: 401,
      coordinator: 401,
      officerOwn: 401,
      officerOther: 401,
      representativeOwn: 401,
      representativeOther: 401,
      pendingOfficer: 401,
      applicantOfficer: 401,
      formerRepresentative: 401,
      representativeOfFormerMember: 401,
    },
  },
  {
    method: "POST",
    route: "/api/auth/logout",
    request: () => ({ url: "/api/auth/logout" }),
    expect: signedIn,
    endsSession: true,
  },
  {
    method: "GET",
    route: "/api/municipalities",
    request: () => ({ url: "/api/municipalities" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/municipalities/:id",
    request: () => ({ url: "/api/municipalities/larissa" }),
    expect: everyone,
  },
];
