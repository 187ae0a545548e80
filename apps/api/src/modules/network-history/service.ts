// A municipality's timeline in the network and the number of members over time. Both are
// derived "as of a day" from the stored facts with the same rules as the directory.
import type {
  MembersOverTime,
  Timeline,
  TimelineEvent,
  TimelineEventKind,
} from "@cni/contracts/network-history";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import { membershipSummaryOn } from "@cni/domain/membership";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../lib/errors.ts";
import { loadMembershipFacts } from "../municipalities/facts.ts";

const KIND_ORDER: Record<TimelineEventKind, number> = {
  founding: 0,
  member_on_or_before: 1,
  accession_submitted: 2,
  accession_accepted: 3,
  designation: 4,
  withdrawal_filed: 5,
  withdrawal_rescinded: 6,
  withdrawal_effective: 7,
};

function event(kind: TimelineEventKind, date: IsoDate, extra: Partial<TimelineEvent> = {}) {
  return {
    kind,
    date,
    dateIsBound: false,
    accessionId: null,
    withdrawalId: null,
    decisionNumber: null,
    declaredOn: null,
    effectiveOn: null,
    designation: null,
    notices: null,
    ...extra,
  } satisfies TimelineEvent;
}

type NoticeCount = { sent: number; acknowledged: number };

/**
 * The municipality's events up to `asOf`, in date order: founding or accession (or
 * "member on or before 2024-06-17"), designations (signed-in callers only: names of people
 * are personal data), withdrawals filed, rescinded, and effective once `asOf` reaches the
 * effective date.
 */
export async function getTimeline(
  db: Db,
  municipalityId: string,
  asOf: IsoDate,
  signedIn: boolean,
): Promise<Timeline> {
  const exists = await db.municipality.findUnique({
    where: { id: municipalityId },
    select: { id: true },
  });
  if (!exists) throw notFound("Municipality");

  const [periods, accessions, withdrawals, designations, notices] = await Promise.all([
    db.membershipPeriod.findMany({
      where: { municipalityId },
      include: { accession: { select: { decisionNumber: true } } },
    }),
    db.accession.findMany({
      where: { municipalityId, submittedOn: { not: null } },
      select: { id: true, submittedOn: true, decisionNumber: true },
    }),
    db.withdrawal.findMany({ where: { municipalityId } }),
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
        event("accession_accepted", p.startsOn, {
          accessionId: p.accessionId,
          decisionNumber: p.accession?.decisionNumber ?? null,
          notices: noticesFor("accepted", p.accessionId),
        }),
        order,
      );
    } else if (p.startsOnOrBefore) {
      push(event("member_on_or_before", p.startsOnOrBefore, { dateIsBound: true }), order);
    }
  }
  for (const a of accessions) {
    if (!a.submittedOn) continue;
    push(
      event("accession_submitted", a.submittedOn, {
        accessionId: a.id,
        decisionNumber: a.decisionNumber,
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
    const order = w.createdAt.getTime();
    const base = { withdrawalId: w.id, declaredOn: w.declaredOn, effectiveOn: w.effectiveOn };
    push(
      event("withdrawal_filed", w.notifiedOn, { ...base, notices: noticesFor("filed", w.id) }),
      order,
    );
    if (w.rescindedOn) {
      push(
        event("withdrawal_rescinded", w.rescindedOn, {
          ...base,
          notices: noticesFor("rescinded", w.id),
        }),
        order,
      );
    } else {
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

/**
 * The number of parties (members and withdrawing members) at every date the count or the
 * withdrawing count may change — founding, accessions, withdrawal notifications, effective
 * dates and rescissions — up to today, and today itself.
 */
export async function getMembersOverTime(
  db: Db,
  today: IsoDate = athensToday(),
): Promise<MembersOverTime> {
  const facts = [...(await loadMembershipFacts(db)).values()];
  const dates = new Set<IsoDate>([today]);
  for (const f of facts) {
    for (const p of f.periods) {
      const start = p.startsOn ?? p.startsOnOrBefore;
      if (start) dates.add(start);
    }
    for (const w of f.withdrawals) {
      dates.add(w.notifiedOn);
      dates.add(w.effectiveOn);
      if (w.rescindedOn) dates.add(w.rescindedOn);
    }
  }
  const points = [...dates]
    .filter((d) => d <= today)
    .sort()
    .map((date) => {
      let members = 0;
      let withdrawing = 0;
      for (const f of facts) {
        const { status } = membershipSummaryOn(f, date);
        if (status === "member" || status === "withdrawing") members += 1;
        if (status === "withdrawing") withdrawing += 1;
      }
      return { date, members, withdrawing };
    });
  return { today, points };
}
