// transactionWithSql hands its callback an Sql that runs straight on the libSQL transaction
// Prisma opened (decision 131). Its rows must be typed as Prisma's $queryRaw types them, its
// writes must be in that very transaction, and it must refuse to run once it has ended.
import { describe, expect, it } from "vitest";
import { submittedAccession } from "../../test/accession-fixtures.ts";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../test/failing-transaction.ts";
import { useTestApp } from "../../test/helpers.ts";
import { newCuid } from "./cuid.ts";
import { insertRows } from "./raw-rows.ts";
import { type Sql, sqlOf, transactionWithSql } from "./sql.ts";

const ctx = useTestApp();

const QUERY = `SELECT a.*, m."lat", m."founding", json_object('n', 1) AS "json", 2.5 AS "real",
  NULL AS "nothing", ? AS "text", ? AS "flag", ? AS "instant"
  FROM "Accession" AS a JOIN "Municipality" AS m ON m."id" = a."municipalityId"
  WHERE a."id" = ?`;

describe("transactionWithSql", () => {
  it("reads rows typed exactly as Prisma's $queryRaw does", async () => {
    const { id } = await submittedAccession(ctx);
    await ctx.db.accession.update({ where: { id }, data: { castingVote: true } });
    const args = ["τ'ext", true, new Date("2024-02-29T12:00:00.000Z"), id] as const;
    const [direct, viaPrisma] = await transactionWithSql(ctx.db, async (tx, sql) => [
      await sql.all<Record<string, unknown>>(QUERY, ...args),
      await sqlOf(tx).all<Record<string, unknown>>(QUERY, ...args),
    ]);
    expect(direct).toHaveLength(1);
    expect(direct).toEqual(viaPrisma);
    expect(direct[0]).toMatchObject({
      castingVote: true,
      founding: false,
      submittedAt: expect.any(Date),
      membersTotal: 33,
      real: 2.5,
      nothing: null,
      json: '{"n":1}',
      // parameters are bound as Prisma binds them: a Boolean as 1, a Date as its stored text
      flag: 1,
      instant: "2024-02-29T12:00:00.000+00:00",
    });
  });

  it("writes inside the transaction Prisma opened: seen by tx, gone when it fails", async () => {
    const { municipalityId } = await ctx.db.accession.findFirstOrThrow();
    const id = newCuid();
    let seenByTx = 0;
    await expect(
      transactionWithSql(
        failingBeforeCommit(ctx.db, async (tx) => {
          seenByTx = await tx.membershipPeriod.count({ where: { id } });
        }),
        (_tx, sql) =>
          insertRows(sql, "MembershipPeriod", [
            {
              id,
              municipalityId,
              basis: "accession",
              startsOn: "2999-01-01",
              startsOnOrBefore: null,
              accessionId: null,
              createdAt: new Date(),
            },
          ]),
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(seenByTx).toBe(1);
    expect(await ctx.db.membershipPeriod.count({ where: { id } })).toBe(0);
  });

  it("refuses to run once its transaction has ended", async () => {
    let kept: Sql | null = null;
    const count = await transactionWithSql(ctx.db, async (_tx, sql) => {
      kept = sql;
      return (await sql.all<{ n: number }>(`SELECT count(*) AS "n" FROM "Municipality"`))[0]?.n;
    });
    expect(count).toBeGreaterThanOrEqual(19);
    await expect((kept as unknown as Sql).run(`DELETE FROM "Municipality"`)).rejects.toThrow(
      "The transaction is closed",
    );
    expect(await ctx.db.municipality.count()).toBe(count);
  });
});
