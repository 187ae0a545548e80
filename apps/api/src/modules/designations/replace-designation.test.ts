// replaceDesignations writes with raw SQL (decision 131): the rows it returns and stores must
// be the ones Prisma reads back, and the closed designations end on the day of the new one
// (never before their own start).
import { describe, expect, it } from "vitest";
import { createMunicipality } from "../../../test/accession-fixtures.ts";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { useTestApp } from "../../../test/helpers.ts";
import { transactionWithSql } from "../../db/sql.ts";
import { replaceDesignation, replaceDesignations } from "./replace-designation.ts";

const ctx = useTestApp();
const CUID = /^c[0-9a-z]{24}$/;

const person = (name: string) => ({
  name,
  email: ` ${name.toUpperCase()}@Example.GR `,
  phone: "",
  position: null,
});

describe("replaceDesignations", () => {
  it("closes the current ones and stores new rows that Prisma reads back equal", async () => {
    const { id: municipalityId } = await createMunicipality(ctx.db);
    // the representative started later than the day of the replacement: closed on its start
    const current = await ctx.db.designation.create({
      data: {
        municipalityId,
        role: "representative",
        name: "old",
        email: "old@x.gr",
        from: "2025-03-30",
      },
    });
    const start = Date.now();
    // straight on the transaction, as the circulation calls it
    const results = await transactionWithSql(ctx.db, (_tx, sql) =>
      replaceDesignations(sql, [
        { municipalityId, role: "representative", person: person("rep"), on: "2024-02-29" },
        {
          municipalityId,
          role: "alternate",
          person: { ...person("alt"), phone: "+30 210 000", position: "Αντιδήμαρχος" },
          on: "2024-02-29",
          act: {
            kind: "mayoral_decision",
            number: "12/2024",
            date: "2024-02-28",
            diavgeiaAda: "ΑΒΓ1",
          },
        },
      ]),
    );
    expect(results.map((r) => r.previous)).toEqual([[current], []]);
    const stored = await ctx.db.designation.findMany({
      where: { municipalityId, to: null },
      orderBy: { role: "desc" },
    });
    expect(stored).toEqual(results.map((r) => r.created));
    expect(stored[0]).toMatchObject({
      id: expect.stringMatching(CUID),
      role: "representative",
      name: "rep",
      email: "rep@example.gr",
      phone: null,
      position: null,
      from: "2024-02-29",
      accessionId: null,
      actKind: null,
      actDocumentId: null,
    });
    expect(stored[1]).toMatchObject({
      role: "alternate",
      phone: "+30 210 000",
      actKind: "mayoral_decision",
      actNumber: "12/2024",
      actDate: "2024-02-28",
      actAda: "ΑΒΓ1",
    });
    expect(stored[0]?.createdAt.getTime()).toBeGreaterThanOrEqual(start);
    expect(await ctx.db.designation.findUnique({ where: { id: current.id } })).toEqual({
      ...current,
      to: "2025-03-30",
    });

    // one role: the previous one ends on the new one's day
    const { previous, created } = await ctx.db.$transaction((tx) =>
      replaceDesignation(tx, {
        municipalityId,
        role: "representative",
        person: person("next"),
        on: "2026-01-01",
      }),
    );
    expect(previous).toEqual([stored[0]]);
    expect(await ctx.db.designation.findUnique({ where: { id: created.id } })).toEqual(created);
    expect((await ctx.db.designation.findUnique({ where: { id: stored[0]?.id } }))?.to).toBe(
      "2026-01-01",
    );
  });

  it("writes nothing when its transaction fails", async () => {
    const { id: municipalityId } = await createMunicipality(ctx.db);
    let inside = 0;
    await expect(
      failingBeforeCommit(ctx.db, async (tx) => {
        inside = await tx.designation.count({ where: { municipalityId } });
      }).$transaction((tx) =>
        replaceDesignations(tx, [
          { municipalityId, role: "representative", person: person("a"), on: "2026-01-01" },
          { municipalityId, role: "alternate", person: person("b"), on: "2026-01-01" },
        ]),
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(inside).toBe(2);
    expect(await ctx.db.designation.count({ where: { municipalityId } })).toBe(0);
  });
});
