// The auth plugin reads a session and its user through a prepared statement on a read
// connection of its own: it must give what Prisma's findUnique({ include: { user } }) gives.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, useTestApp } from "../../test/helpers.ts";
import { openSessionReader, type SessionWithUser } from "./session-reader.ts";

const ctx = useTestApp();

const fields = (row: SessionWithUser | null) =>
  row && {
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt,
    viewAsUserId: row.viewAsUserId,
    viewAsStartedAt: row.viewAsStartedAt,
    userId: row.userId,
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      role: row.user.role,
      municipalityId: row.user.municipalityId,
      verification: row.user.verification,
      active: row.user.active,
    },
  };

describe("openSessionReader", () => {
  it("reads a session and its user exactly as Prisma does, and sees committed changes", async () => {
    const reader = openSessionReader(`file:${ctx.databaseFile}`);
    if (!reader) throw new Error("no reader for a file database");
    try {
      const officer = await createUser(ctx.db, { role: "officer", municipalityId: "serres" });
      const viewed = await createUser(ctx.db, { role: "representative", municipalityId: "serres" });
      const plain = randomUUID();
      const viewing = randomUUID();
      await ctx.db.session.create({
        data: {
          id: plain,
          userId: officer.id,
          csrfToken: "csrf-1",
          expiresAt: new Date("2027-02-28T23:59:59.123Z"),
        },
      });
      await ctx.db.session.create({
        data: {
          id: viewing,
          userId: officer.id,
          csrfToken: "csrf-2",
          expiresAt: new Date("2028-02-29T10:00:00.000Z"),
          viewAsUserId: viewed.id,
          viewAsStartedAt: new Date("2026-11-30T12:00:00.007Z"),
        },
      });
      for (const id of [plain, viewing]) {
        const prisma = await ctx.db.session.findUnique({ where: { id }, include: { user: true } });
        expect(fields(reader.read(id))).toEqual(fields(prisma));
      }
      expect(reader.read(viewing)?.viewAsStartedAt?.toISOString()).toBe("2026-11-30T12:00:00.007Z");

      // a deactivated user, a later touch and a deleted session show at once
      await ctx.db.user.update({ where: { id: officer.id }, data: { active: false } });
      const seen = new Date("2026-12-01T08:30:00.000Z");
      await ctx.db.session.update({ where: { id: plain }, data: { lastSeenAt: seen } });
      expect(reader.read(plain)?.user.active).toBe(false);
      expect(reader.read(plain)?.lastSeenAt).toEqual(seen);
      await ctx.db.session.delete({ where: { id: viewing } });
      expect(reader.read(viewing)).toBeNull();
      expect(reader.read("no-such-session")).toBeNull();
    } finally {
      reader.close();
    }
  });

  it("has no reader for a database that is not a file", () => {
    expect(openSessionReader("file::memory:")).toBeNull();
    expect(openSessionReader("libsql://example.test")).toBeNull();
  });
});
