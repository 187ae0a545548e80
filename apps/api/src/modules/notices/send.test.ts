// notifyParties writes its notices with ONE raw INSERT (issue 16), notifyMunicipality and
// notifyCoordinators theirs with one each (decision 131): these tests prove the rows
// are the ones Prisma would have written — read back through Prisma, listed in the inbox,
// stored in the same format — and that they go or stay with their transaction.
import { athensToday } from "@cni/domain/dates";
import { describe, expect, it } from "vitest";
import {
  actOn,
  createMunicipality,
  partiesToday,
  submittedAccession,
} from "../../../test/accession-fixtures.ts";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";
import { notifyCoordinators, notifyParties } from "./send.ts";

const ctx = useTestApp();
// what a cuid made by Prisma looks like (e.g. cmx321c50000keg7dr7uzdah0)
const CUID = /^c[0-9a-z]{24}$/;
// how Prisma's libSQL adapter stores a DateTime
const STORED_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

async function circulate() {
  const { id, municipality } = await submittedAccession(ctx);
  const coordinator = await signInAs(ctx, "coordinator");
  const response = await actOn(ctx.app, coordinator.headers, id, "notify", {});
  expect(response.statusCode).toBe(200);
  return { id, subject: municipality.id };
}

describe("notifyParties", () => {
  it("writes notices that read back through Prisma like created ones, newest first in the inbox", async () => {
    const parties = await partiesToday(ctx.app);
    const first = await circulate();
    const second = await circulate();

    const { notifiedAt } = await ctx.db.accession.findUniqueOrThrow({
      where: { id: second.id },
      select: { notifiedAt: true },
    });
    const notices = await ctx.db.notice.findMany({
      where: { accessionId: second.id, event: "notified" },
    });
    // every party but the subject; the first acceding municipality is a party by now
    expect(notices).toHaveLength(parties + 1);
    expect(new Set(notices.map((n) => n.id)).size).toBe(notices.length);
    expect(new Set(notices.map((n) => n.recipientMunicipalityId)).has(first.subject)).toBe(true);
    for (const notice of notices) {
      expect(notice).toMatchObject({
        id: expect.stringMatching(CUID),
        kind: "accession",
        event: "notified",
        subjectMunicipalityId: second.subject,
        accessionId: second.id,
        withdrawalId: null,
        amendmentId: null,
        reviewDueOn: null,
        subjectUserId: null,
        acknowledgedAt: null,
        acknowledgedById: null,
      });
      expect(notice.recipientMunicipalityId).not.toBe(second.subject);
      // the instant of the act, exactly (a Date, to the millisecond)
      expect(notice.sentAt).toBeInstanceOf(Date);
      expect(notice.sentAt.getTime()).toBe(notifiedAt?.getTime());
    }

    // the new member's own notice (notifyMunicipality, also raw): the row Prisma's create
    // writes for the same notice, stored the same way
    const joined = await ctx.db.notice.findFirstOrThrow({
      where: { accessionId: second.id, event: "joined" },
    });
    const reference = await ctx.db.notice.create({
      data: {
        kind: "accession",
        event: "joined",
        recipientMunicipalityId: second.subject,
        accessionId: second.id,
        sentAt: joined.sentAt,
      },
    });
    expect(joined).toEqual({ ...reference, id: joined.id });
    expect(joined.sentAt.getTime()).toBe(notifiedAt?.getTime());
    const stored = await ctx.db.$queryRawUnsafe<{ id: string; type: string; sentAt: string }[]>(
      `SELECT "id", typeof("sentAt") AS "type", CAST("sentAt" AS TEXT) AS "sentAt"
       FROM "Notice" WHERE "id" IN (?, ?, ?)`,
      joined.id,
      notices[0]?.id,
      reference.id,
    );
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(row.type).toBe("text");
      expect(row.sentAt).toMatch(STORED_INSTANT);
    }
    expect(new Set(stored.map((row) => row.sentAt)).size).toBe(1);
    expect(joined.id).toMatch(CUID);
    await ctx.db.notice.delete({ where: { id: reference.id } });

    // a party's inbox lists both circulations, the newer one first
    const inbox = await ctx.app.inject({
      method: "GET",
      url: "/api/notices",
      headers: { cookie: (await signInAs(ctx, "larissa.officer")).cookie },
    });
    expect(inbox.statusCode).toBe(200);
    const items = inbox.json().items as { accessionId: string; sentAt: string }[];
    expect(items.slice(0, 2).map((n) => n.accessionId)).toEqual([second.id, first.id]);
    expect(new Date(items[0]?.sentAt ?? 0).getTime()).toBe(notifiedAt?.getTime());
  });

  it("sends to explicit recipients except the subject, with the review's due date", async () => {
    const [a, b] = [await createMunicipality(ctx.db), await createMunicipality(ctx.db)];
    const sent = await ctx.db.$transaction((tx) =>
      notifyParties(tx, {
        kind: "review",
        event: "opened",
        subjectMunicipalityId: a.id,
        partiesOn: athensToday(),
        recipients: [a.id, b.id],
        reviewDueOn: "2098-06-17",
      }),
    );
    expect(sent).toEqual([b.id]);
    expect(await ctx.db.notice.findMany({ where: { reviewDueOn: "2098-06-17" } })).toEqual([
      expect.objectContaining({
        kind: "review",
        event: "opened",
        subjectMunicipalityId: a.id,
        recipientMunicipalityId: b.id,
        accessionId: null,
        sentAt: expect.any(Date),
      }),
    ]);
  });

  it("writes none when its transaction fails after it", async () => {
    const parties = await partiesToday(ctx.app);
    let seenInside = 0;
    const failing = failingBeforeCommit(ctx.db, async (tx) => {
      seenInside = await tx.notice.count({ where: { reviewDueOn: "2099-06-17" } });
    });
    await expect(
      failing.$transaction((tx) =>
        notifyParties(tx, {
          kind: "review",
          event: "opened",
          subjectMunicipalityId: null,
          partiesOn: athensToday(),
          reviewDueOn: "2099-06-17",
        }),
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(seenInside).toBe(parties);
    expect(await ctx.db.notice.count({ where: { reviewDueOn: "2099-06-17" } })).toBe(0);
  });

  it("notifyCoordinators writes the row Prisma's create writes", async () => {
    const subject = await createMunicipality(ctx.db);
    const { user } = await signInAs(ctx, "coordinator");
    const input = {
      kind: "registration" as const,
      event: "waiting" as const,
      subjectMunicipalityId: subject.id,
      subjectUserId: user.id,
    };
    const before = Date.now();
    await ctx.db.$transaction((tx) => notifyCoordinators(tx, input));
    const written = await ctx.db.notice.findFirstOrThrow({
      where: { subjectMunicipalityId: subject.id },
    });
    const reference = await ctx.db.notice.create({
      data: { ...input, recipientMunicipalityId: null, sentAt: written.sentAt },
    });
    expect(written).toEqual({ ...reference, id: expect.stringMatching(CUID) });
    expect(written.id).not.toBe(reference.id);
    expect(written.sentAt.getTime()).toBeGreaterThanOrEqual(before);
  });
});
