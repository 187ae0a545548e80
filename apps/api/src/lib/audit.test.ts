// Audit entries are written with one raw INSERT per act (decision 131): they must be the
// rows Prisma's create wrote — ids of the same shape and unique, `at` stored the same way,
// the JSON of before/after as given — and go or stay with their transaction.
import { describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../test/failing-transaction.ts";
import { signInAs } from "../../test/fixtures/personas.ts";
import { useTestApp } from "../../test/helpers.ts";
import type { SessionUser } from "./access.ts";
import { recordAudit, recordAudits } from "./audit.ts";

const ctx = useTestApp();
const CUID = /^c[0-9a-z]{24}$/;
const STORED_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

async function actor(): Promise<SessionUser> {
  const { user } = await signInAs(ctx, "coordinator");
  return { ...user, name: "Coordinator", verification: "verified" };
}

const storedAt = async (ids: string[]) =>
  ctx.db.$queryRawUnsafe<{ type: string; at: string }[]>(
    `SELECT typeof("at") AS "type", CAST("at" AS TEXT) AS "at" FROM "AuditEntry"
     WHERE "id" IN (${ids.map(() => "?").join(", ")})`,
    ...ids,
  );

describe("recordAudits", () => {
  it("writes the entries Prisma's create writes, in the given order, sharing one instant", async () => {
    const by = await actor();
    const after = { status: "notified", notifiedOn: "2024-02-29", noticesSent: 220, note: "«ά»" };
    const reference = await ctx.db.auditEntry.create({
      data: {
        actorId: by.id,
        actorLabel: by.email,
        action: "accession.notify",
        entityType: "accession",
        entityId: "audit-raw",
        summary: "reference written by Prisma",
        before: JSON.stringify({ status: "submitted" }),
        after: JSON.stringify(after),
      },
    });
    const start = Date.now();
    await ctx.db.$transaction((tx) =>
      recordAudits(tx, [
        {
          actor: by,
          action: "accession.notify",
          entityType: "accession",
          entityId: "audit-raw",
          summary: "first",
          before: { status: "submitted" },
          after,
        },
        {
          actor: null,
          action: "membership.start",
          entityType: "municipality",
          entityId: "audit-raw",
          summary: "second",
        },
      ]),
    );
    const [first, second] = await ctx.db.auditEntry.findMany({
      where: { entityId: "audit-raw", summary: { in: ["first", "second"] } },
      orderBy: { id: "asc" },
    });
    expect(first).toEqual({ ...reference, id: first?.id, at: first?.at, summary: "first" });
    expect(second).toEqual({
      id: expect.stringMatching(CUID),
      at: first?.at,
      actorId: null,
      actorLabel: "system",
      action: "membership.start",
      entityType: "municipality",
      entityId: "audit-raw",
      summary: "second",
      before: null,
      after: null,
    });
    expect(first?.id).toMatch(CUID);
    expect(new Set([reference.id, first?.id, second?.id]).size).toBe(3);
    expect(JSON.parse(first?.after ?? "null")).toEqual(after);
    expect(first?.at.getTime()).toBeGreaterThanOrEqual(start);
    expect(first?.at.getTime()).toBeLessThanOrEqual(Date.now());
    const texts = await storedAt([reference.id, first?.id ?? "", second?.id ?? ""]);
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      expect(text.type).toBe("text");
      expect(text.at).toMatch(STORED_INSTANT);
    }
    // the audit log lists them newest first, as written
    const log = await ctx.db.auditEntry.findMany({
      where: { entityId: "audit-raw", summary: { in: ["first", "second"] } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { summary: true },
    });
    expect(log.map((entry) => entry.summary)).toEqual(["second", "first"]);
  });

  it("writes none when its transaction fails; recordAudit writes one", async () => {
    const by = await actor();
    const entry = {
      actor: by,
      action: "accession.notify" as const,
      entityType: "accession",
      entityId: "audit-raw-failing",
      summary: "never",
    };
    let inside = 0;
    await expect(
      failingBeforeCommit(ctx.db, async (tx) => {
        inside = await tx.auditEntry.count({ where: { entityId: entry.entityId } });
      }).$transaction((tx) => recordAudits(tx, [entry, entry])),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(inside).toBe(2);
    expect(await ctx.db.auditEntry.count({ where: { entityId: entry.entityId } })).toBe(0);

    await ctx.db.$transaction((tx) => recordAudit(tx, entry));
    expect(await ctx.db.auditEntry.findMany({ where: { entityId: entry.entityId } })).toEqual([
      expect.objectContaining({ actorId: by.id, actorLabel: by.email, before: null, after: null }),
    ]);
  });
});
