// Designations: the parties' representatives and alternates, as acts (issue 14).
import {
  type AuthzRow,
  coordinatorOnly,
  noneOfTheNewPersonas,
  OWN_MUNICIPALITY,
  partyMembers,
  personaEmail,
} from "./types.ts";

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/municipalities/:id/designations",
    request: () => ({ url: `/api/municipalities/${OWN_MUNICIPALITY}/designations` }),
    expect: partyMembers,
  },
  {
    method: "PUT",
    route: "/api/municipalities/:id/designations/:role",
    // re-designates the matrix's own representative, so its powers hold for later rows
    request: () => ({
      url: `/api/municipalities/${OWN_MUNICIPALITY}/designations/representative`,
      payload: {
        name: "Representative Own",
        email: personaEmail("representativeOwn"),
        act: { kind: "mayoral_decision", number: "15/2025", date: "2025-03-01" },
      },
    }),
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 403,
      representativeOwn: 403,
      representativeOther: 403,
      ...noneOfTheNewPersonas,
    },
  },
  {
    method: "POST",
    route: "/api/designations/invitations",
    // an unknown designation: 404 for the coordinator, nothing invited
    request: () => ({ url: "/api/designations/invitations", payload: { designationId: "none" } }),
    expect: coordinatorOnly,
  },
];
