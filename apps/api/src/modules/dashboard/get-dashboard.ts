// The coordinators' dashboard: the network today in one request.
import type { Dashboard } from "@cni/contracts/dashboard";
import { daysBetween, type IsoDate } from "@cni/domain/dates";
import type { AmendmentStatus } from "@cni/domain/enums";
import { membershipSummaryOn } from "@cni/domain/membership";
import { compareGreek } from "@cni/domain/text";
import { withdrawalStatusOn } from "@cni/domain/withdrawal";
import type { Db } from "../../db/client.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../../lib/parties.ts";
import { listReviews } from "../reviews/list-reviews.ts";

export async function getDashboard(
  db: Db,
  opts: { today: IsoDate; openDaysBefore: number },
): Promise<Dashboard> {
  const { today } = opts;
  const [municipalities, facts, submittedAccessions, withdrawals, amendments, notices, reviews] =
    await Promise.all([
      db.municipality.findMany({ select: { id: true, nameEl: true, nameEn: true } }),
      loadMembershipFacts(db),
      db.accession.findMany({
        where: { status: "submitted" },
        select: { id: true, municipalityId: true, submittedOn: true },
        orderBy: { submittedOn: "asc" },
      }),
      db.withdrawal.findMany({
        where: { rescindedOn: null, effectiveOn: { gt: today }, notifiedOn: { lte: today } },
        orderBy: { effectiveOn: "asc" },
      }),
      db.amendment.findMany({
        where: { status: { in: ["proposed", "circulated"] } },
        select: { id: true, title: true, status: true, createdAt: true, municipalityId: true },
        orderBy: { createdAt: "asc" },
      }),
      db.notice.groupBy({
        by: ["recipientMunicipalityId"],
        // the parties' notices (not the coordinators' own)
        where: { acknowledgedAt: null, recipientMunicipalityId: { not: null } },
        _count: { _all: true },
        _min: { sentAt: true },
      }),
      listReviews(db, opts),
    ]);

  const names = new Map(municipalities.map((m) => [m.id, m]));
  const ref = (id: string) => ({
    municipalityId: id,
    nameEl: names.get(id)?.nameEl ?? id,
    nameEn: names.get(id)?.nameEn ?? id,
  });

  const counts = { member: 0, withdrawing: 0, applicant: 0, former: 0 };
  const applicantIds: string[] = [];
  for (const m of municipalities) {
    const status = membershipSummaryOn(facts.get(m.id) ?? EMPTY_FACTS, today).status;
    if (status !== "none" && status !== "unknown") counts[status] += 1;
    if (status === "applicant") applicantIds.push(m.id);
  }
  const accessionOf = new Map(submittedAccessions.map((a) => [a.municipalityId, a]));

  const currentReview =
    reviews.find((r) => r.status === "open" || r.status === "overdue") ?? reviews.at(-1) ?? null;

  return {
    asOf: today,
    membersNow: counts.member + counts.withdrawing,
    counts,
    applicants: applicantIds
      .map((id) => ({
        ...ref(id),
        accessionId: accessionOf.get(id)?.id ?? null,
        submittedOn: accessionOf.get(id)?.submittedOn ?? null,
      }))
      .sort((a, b) => compareGreek(a.nameEl, b.nameEl)),
    withdrawalsPending: withdrawals
      .filter((w) => withdrawalStatusOn(w, today) === "pending")
      .map((w) => ({
        ...ref(w.municipalityId),
        withdrawalId: w.id,
        notifiedOn: w.notifiedOn as string,
        effectiveOn: w.effectiveOn as string,
      })),
    currentReview,
    openAmendments: amendments.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status as AmendmentStatus,
      createdAt: a.createdAt.toISOString(),
      ...ref(a.municipalityId),
    })),
    unacknowledgedNotices: notices
      .map((n) => ({
        ...ref(n.recipientMunicipalityId ?? ""), // never null: the query leaves those out
        count: n._count._all,
        oldestSentAt: (n._min.sentAt ?? new Date(0)).toISOString(),
      }))
      .sort((a, b) => b.count - a.count || compareGreek(a.nameEl, b.nameEl)),
    waiting: {
      // oldest first; a declaration without a known date (never invented) comes last
      declarations: [
        ...submittedAccessions.filter((a) => a.submittedOn),
        ...submittedAccessions.filter((a) => !a.submittedOn),
      ].map((a) => ({
        ...ref(a.municipalityId),
        accessionId: a.id,
        submittedOn: a.submittedOn as IsoDate | null,
        days: a.submittedOn ? Math.max(0, daysBetween(a.submittedOn as IsoDate, today)) : null,
      })),
      overdueReviews: reviews
        .filter((r) => r.status === "overdue")
        .map((r) => ({
          dueOn: r.dueOn,
          expected: r.expected,
          submitted: r.submitted,
          missing: Math.max(0, r.expected - r.submitted),
          daysOverdue: Math.max(0, daysBetween(r.dueOn, today)),
        })),
    },
  };
}
