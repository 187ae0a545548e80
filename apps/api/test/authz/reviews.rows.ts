// Reviews and the coordinators' dashboard (issue 7); amendments and the MoU: amendments.rows.ts.
// Own municipality = larissa, other = trikala. The 2026-06-17 cycle has started on any
// date these tests run (it is overdue from 2026-06-18 on), so its routes reach the handler.
import {
  type AuthzRow,
  coordinatorOnly,
  everyone,
  OWN_MUNICIPALITY,
  partyMembers,
} from "./types.ts";

const ownOnly: AuthzRow["expect"] = {
  anonymous: 401,
  coordinator: "allowed",
  officerOwn: "allowed",
  officerOther: 403,
  representativeOwn: "allowed",
  representativeOther: 403,
  pendingOfficer: 403,
  applicantOfficer: 403,
  formerRepresentative: "allowed",
  representativeOfFormerMember: 403,
};

const evaluation = {
  scores: { employability: 3, municipal_structures: 4, inclusion: 5 },
  achievements: "Επιτεύγματα",
  challenges: "Προκλήσεις",
  proposals: "",
};

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/reviews",
    request: () => ({ url: "/api/reviews" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/reviews/:dueOn",
    request: () => ({ url: "/api/reviews/2026-06-17" }),
    expect: partyMembers,
  },
  {
    method: "GET",
    route: "/api/reviews/:dueOn/evaluations/:municipalityId",
    request: () => ({ url: `/api/reviews/2026-06-17/evaluations/${OWN_MUNICIPALITY}` }),
    expect: ownOnly,
  },
  {
    method: "PUT",
    route: "/api/reviews/:dueOn/evaluations/:municipalityId",
    request: () => ({
      url: `/api/reviews/2026-06-17/evaluations/${OWN_MUNICIPALITY}`,
      payload: evaluation,
    }),
    // coordinators never submit on a municipality's behalf
    // submitting is a power of the current designation: a former representative only reads
    expect: { ...ownOnly, coordinator: 403, formerRepresentative: 403 },
  },
  {
    method: "POST",
    route: "/api/reviews/:dueOn/open",
    request: () => ({ url: "/api/reviews/2028-06-17/open" }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/reviews/:dueOn/reminders",
    request: () => ({ url: "/api/reviews/2026-06-17/reminders" }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/reviews/:dueOn/close",
    request: () => ({ url: "/api/reviews/2026-06-17/close" }),
    expect: coordinatorOnly,
  },
  {
    method: "GET",
    route: "/api/reviews/:dueOn/report",
    request: () => ({ url: "/api/reviews/2026-06-17/report" }),
    expect: partyMembers,
  },
  {
    method: "GET",
    route: "/api/dashboard",
    request: () => ({ url: "/api/dashboard" }),
    expect: coordinatorOnly,
  },
];
