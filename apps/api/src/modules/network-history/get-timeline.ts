// A municipality's timeline in the network, derived "as of a day" from the stored facts.
import type { Timeline, TimelineEvent, TimelineEventKind } from "@cni/contracts/network-history";
import { addCalendarDays, type IsoDate } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import { NETWORK_FOUNDED_ON } from "@cni/domain/membership";
import type { Db } from "../../db/client.ts";
import { or404 } from "../../lib/errors.ts";

const KIND_ORDER: Record<TimelineEventKind, number> = {
  founding: 0,
  membership_unknown: 1,
  member_on_or_before: 2,
  accession_decision: 3,
  accession_submitted: 3,
  accession_notified: 4,
  designation: 5,
  withdrawal_notified: 6,
  withdrawal_rescinded: 7,
  withdrawal_effective: 8,
};

function event(kind: TimelineEventKind, date: IsoDate, extra: Partial<TimelineEvent> = {}) {
  return {
    kind,
    date,
    dateIsBound: false,
    accessionId: null,
    withdrawalId: null,
    decisionNumber: null,
    decisionDate: null,
    lastDayAsParty: null,
    effectiveOn: null,
    unknownUntil: null,
    designation: null,
    notices: null,
    ...extra,
  } satisfies TimelineEvent;
}

type NoticeCount = { sent: number; acknowledged: number };

/**
 * GET /api/municipalities/:id/timeline — events up to `asOf`, in date order: founding or
 * accession (or, for the 16 early members, the unknown span from the founding and "member on
 * or before 2024-06-17"), designations (signed-in callers only: names of people are personal
 * data), withdrawals notified, revoked, and effective once `asOf` reaches N + 16.
 */
export async function getTimeline(
  db: Db,
  { municipalityId, asOf, signedIn }: { municipalityId: string; asOf: IsoDate; signedIn: boolean },
): Promise<Timeline> {
  or404(
    await db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } }),
    "Municipality",
  );
  const [periods, accessions, withdrawals, designations, notices] = await Promise.all([
    db.membershipPeriod.findMany({
      where: { municipalityId },
      include: { accession: { select: { decisionNumber: true, decisionDate: true } } },
    }),
    db.accession.findMany({
      where: { municipalityId, status: { not: "draft" } },
      select: { id: true, submittedOn: true, decisionNumber: true, decisionDate: true },
    }),
    db.withdrawal.findMany({ where: { municipalityId, notifiedOn: { not: null } } }),
    signedIn
      ? db.designation.findMany({ where: { municipalityId }, orderBy: { createdAt: "asc" } })
      : Promise.resolve([]),
    signedIn
      ? db.notice.findMany({
          where: { subjectMunicipalityId: municipalityId },
          select: { event: true, accessionId: true, withdrawalId: true, acknowledgedAt: true },
        })
      : Promise.resolve([]),
  ]);

  const noticeCounts = new Map<string, NoticeCount>();
  for (const n of notices) {
    const key = `${n.event}:${n.withdrawalId ?? n.accessionId ?? ""}`;
    const count = noticeCounts.get(key) ?? { sent: 0, acknowledged: 0 };
    count.sent += 1;
    if (n.acknowledgedAt) count.acknowledged += 1;
    noticeCounts.set(key, count);
  }
  const noticesFor = (eventName: string, id: string | null) =>
    signedIn && id
      ? (noticeCounts.get(`${eventName}:${id}`) ?? { sent: 0, acknowledged: 0 })
      : null;

  const events: (TimelineEvent & { order: number })[] = [];
  const push = (e: TimelineEvent, order: number) => {
    if (e.date <= asOf) events.push({ ...e, order });
  };

  for (const p of periods) {
    const order = p.createdAt.getTime();
    if (p.basis === "founding" && p.startsOn) {
      push(event("founding", p.startsOn), order);
    } else if (p.startsOn) {
      push(
        event("accession_notified", p.startsOn, {
          accessionId: p.accessionId,
          decisionNumber: p.accession?.decisionNumber ?? null,
          decisionDate: p.accession?.decisionDate ?? null,
          notices: noticesFor("notified", p.accessionId) ?? noticesFor("accepted", p.accessionId),
        }),
        order,
      );
    } else if (p.startsOnOrBefore) {
      if (NETWORK_FOUNDED_ON < p.startsOnOrBefore) {
        push(
          event("membership_unknown", NETWORK_FOUNDED_ON, {
            unknownUntil: addCalendarDays(p.startsOnOrBefore, -1),
          }),
          order,
        );
      }
      push(event("member_on_or_before", p.startsOnOrBefore, { dateIsBound: true }), order);
    }
  }
  for (const a of accessions) {
    const decision = {
      accessionId: a.id,
      decisionNumber: a.decisionNumber,
      decisionDate: a.decisionDate,
    };
    push(event("accession_decision", a.decisionDate, decision), 0);
    if (!a.submittedOn) continue;
    push(
      event("accession_submitted", a.submittedOn, {
        accessionId: a.id,
        decisionNumber: a.decisionNumber,
        decisionDate: a.decisionDate,
      }),
      0,
    );
  }
  for (const d of designations) {
    push(
      event("designation", d.from, {
        designation: {
          role: d.role as DesignationRole,
          name: d.name,
          // As of a past day, a later end of the designation was not known yet.
          to: d.to !== null && d.to <= asOf ? d.to : null,
        },
      }),
      d.createdAt.getTime(),
    );
  }
  for (const w of withdrawals) {
    if (!w.notifiedOn) continue;
    const order = w.createdAt.getTime();
    const base = {
      withdrawalId: w.id,
      decisionNumber: w.decisionNumber,
      decisionDate: w.decisionDate,
      lastDayAsParty: w.lastDayAsParty,
      effectiveOn: w.effectiveOn,
    };
    push(
      event("withdrawal_notified", w.notifiedOn, { ...base, notices: noticesFor("filed", w.id) }),
      order,
    );
    if (w.rescindedOn) {
      push(
        event("withdrawal_rescinded", w.rescindedOn, {
          ...base,
          decisionNumber: w.rescindDecisionNumber,
          decisionDate: w.rescindDecisionDate,
          notices: noticesFor("rescinded", w.id),
        }),
        order,
      );
    } else if (w.effectiveOn) {
      // Effective only once `asOf` has reached the date (push() drops later events).
      push(event("withdrawal_effective", w.effectiveOn, base), order);
    }
  }

  events.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.order - b.order,
  );
  return { municipalityId, asOf, events: events.map(({ order: _order, ...e }) => e) };
}
