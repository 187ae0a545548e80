import type { NotifiedAccession } from "@cni/contracts/accessions";
import { athensToday } from "@cni/domain/dates";
import { isPartyOn, partiesOn } from "@cni/domain/membership";
import type { Db } from "../../db/client.ts";
import { newCuid } from "../../db/cuid.ts";
import { insertRows } from "../../db/raw-rows.ts";
import { transactionWithSql } from "../../db/sql.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudits } from "../../lib/audit.ts";
import { conflict, unprocessable } from "../../lib/errors.ts";
import { EMPTY_FACTS, loadPartyFacts } from "../../lib/parties.ts";
import { replaceDesignations } from "../designations/replace-designation.ts";
import { joinedEmail, memberFromText } from "../notices/own-affairs-emails.ts";
import { notifyMunicipality, notifyParties } from "../notices/send.ts";
import { type AccessionRow, representativeOf, toAccession } from "./accession-row.ts";
import { applyTransition, assertAllowed, loadVisibleAccession } from "./accession-rules.ts";

/** 422 unless `notifiedOn` is neither in the future nor before the council decision. */
function assertNotificationDate(notifiedOn: string, today: string, decisionDate: string) {
  if (notifiedOn > today) {
    throw unprocessable(
      "NOTIFIED_IN_FUTURE",
      `The notification date ${notifiedOn} is in the future`,
      [{ path: "notifiedOn", message: "Cannot be in the future", code: "NOTIFIED_IN_FUTURE" }],
    );
  }
  if (notifiedOn < decisionDate) {
    throw unprocessable(
      "NOTIFIED_BEFORE_DECISION",
      `The notification date ${notifiedOn} is before the council decision (${decisionDate})`,
      [
        {
          path: "notifiedOn",
          message: "Cannot be before the council decision",
          code: "NOTIFIED_BEFORE_DECISION",
        },
      ],
    );
  }
}

/**
 * POST /api/accessions/:id/notify — the secretariat circulates a submitted declaration to
 * the parties (submitted → notified). Accession is by declaration notified to the parties:
 * nobody accepts it, and the municipality is a party from `notifiedOn` (default today in
 * Athens; never in the future nor before the council decision).
 *
 * ONE transaction: the status, the membership period from `notifiedOn`, the declared
 * representative and alternate as designations (only when the declaration names them), one
 * notice per party as of `notifiedOn` (one INSERT for all; the parties computed once from
 * one read of the membership facts) and the audit entries. The answer carries the count of
 * notices, not the notices. Every statement is raw SQL run straight on the transaction
 * (decisions 130, 131): through Prisma's query builder each cost ≈ 1–2 ms of CPU, more
 * than SQLite's work; only the e-mails (when SMTP is set) still go through Prisma (`tx`).
 */
export async function notifyAccession(
  db: Db,
  { actor, id, notifiedOn: asked }: { actor: SessionUser; id: string; notifiedOn?: string },
): Promise<NotifiedAccession> {
  const today = athensToday();
  const notifiedOn = asked ?? today;
  // The answer is the row read inside the transaction (under its write lock, BEGIN
  // IMMEDIATE: nothing else can change it meanwhile) with the changed columns applied: no
  // re-read after the commit.
  const { row, changed, noticesSent } = await transactionWithSql(db, async (tx, sql) => {
    const row = await loadVisibleAccession(sql, actor, id);
    assertAllowed(row, "notify");
    assertNotificationDate(notifiedOn, today, row.decisionDate);
    const at = new Date();
    const changed = {
      notifiedOn,
      notifiedAt: at,
      closedOn: notifiedOn,
      updatedAt: at,
    } satisfies Partial<AccessionRow>;
    await applyTransition(sql, row, "notify", changed);
    const facts = await loadPartyFacts(sql);
    if (isPartyOn(facts.get(row.municipalityId) ?? EMPTY_FACTS, notifiedOn)) {
      throw conflict("ALREADY_MEMBER", `${row.municipalityId} is already a party on ${notifiedOn}`);
    }
    // the subject is not a party yet (checked above): every party on notifiedOn is a recipient
    const parties = partiesOn(facts, notifiedOn);
    const period = {
      id: newCuid(),
      municipalityId: row.municipalityId,
      basis: "accession",
      startsOn: notifiedOn,
      startsOnOrBefore: null,
      accessionId: id,
      createdAt: at,
    };
    await insertRows(sql, "MembershipPeriod", [period]);
    const people = (["representative", "alternate"] as const).flatMap((role) => {
      const person = representativeOf(row, role);
      return person ? [{ role, person }] : [];
    });
    await replaceDesignations(
      sql,
      people.map(({ role, person }) => ({
        municipalityId: row.municipalityId,
        role,
        person,
        on: notifiedOn,
        accessionId: id,
      })),
    );
    const designated = people.map(({ role, person }) => `${role} ${person.name}`);
    const recipients = await notifyParties(
      tx,
      {
        kind: "accession",
        event: "notified",
        subjectMunicipalityId: row.municipalityId,
        partiesOn: notifiedOn,
        recipients: parties,
        accessionId: id,
        sentAt: changed.notifiedAt,
        // what follows: a party from the day of notification (issue 15)
        detail: memberFromText(notifiedOn),
      },
      sql,
    );
    // and the new member itself: a party from notifiedOn, its representatives to designate
    await notifyMunicipality(
      tx,
      {
        kind: "accession",
        event: "joined",
        recipientMunicipalityId: row.municipalityId,
        accessionId: id,
        sentAt: at,
        email: {
          message: joinedEmail(row.municipality, notifiedOn),
          roles: ["officer", "representative"],
        },
      },
      sql,
    );
    await recordAudits(sql, [
      {
        actor,
        action: "accession.notify",
        entityType: "accession",
        entityId: id,
        summary: `Circulated the accession declaration of ${row.municipalityId} to ${recipients.length} parties on ${notifiedOn}${designated.length ? `; designated ${designated.join(", ")}` : "; representative and alternate to be designated"}`,
        before: { status: row.status },
        after: { status: "notified", notifiedOn, noticesSent: recipients.length },
      },
      {
        actor,
        action: "membership.start",
        entityType: "municipality",
        entityId: row.municipalityId,
        summary: `Party from ${notifiedOn} (accession declaration ${id} notified to the parties)`,
        after: { periodId: period.id, basis: "accession", startsOn: notifiedOn },
      },
    ]);
    return { row, changed, noticesSent: recipients.length };
  });
  return { ...toAccession({ ...row, ...changed, status: "notified" }), noticesSent };
}
