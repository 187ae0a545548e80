// Rows written with raw SQL (decision 131) must be the rows Prisma writes: the same stored
// text for DateTimes and Booleans, read back through Prisma as equal values.
import { describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../test/failing-transaction.ts";
import { useTestApp } from "../../test/helpers.ts";
import { newCuid } from "./cuid.ts";
import { insertRows, updateRows } from "./raw-rows.ts";
import { dateFromSql, sqlDateTime } from "./sql.ts";

const ctx = useTestApp();

const municipality = (id: string, at: Date) => ({
  id,
  nameEl: "Δοκιμή «raw»",
  nameEn: "Raw 'test'",
  searchText: "δοκιμη raw",
  region: "Ήπειρος",
  regionEn: "Epirus",
  regionalUnit: "Ιωάννινα",
  regionalUnitEn: "Ioannina",
  lat: 39.665,
  lon: null,
  founding: true,
  createdAt: at,
  updatedAt: at,
  officialCode: null,
});

/** Each column's SQLite type and text, as stored. */
async function stored(table: string, id: string) {
  const [row] = await ctx.db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT * FROM "${table}" WHERE "id" = ?`,
    id,
  );
  const columns = Object.keys(row ?? {}).filter((column) => column !== "id");
  const select = columns.map((c) => `typeof("${c}") || ':' || coalesce(CAST("${c}" AS TEXT), '')`);
  const [text] = await ctx.db.$queryRawUnsafe<Record<string, string>[]>(
    `SELECT ${select.map((s, i) => `${s} AS "${columns[i]}"`).join(", ")} FROM "${table}" WHERE "id" = ?`,
    id,
  );
  return text;
}

describe("raw rows", () => {
  it("insertRows stores what Prisma's create stores, and Prisma reads it back equal", async () => {
    const at = new Date("2024-02-29T23:59:59.999Z");
    const viaPrisma = await ctx.db.municipality.create({ data: municipality("raw-prisma", at) });
    await ctx.db.$transaction((tx) =>
      insertRows(tx, "Municipality", [
        municipality("raw-sql-1", at),
        municipality("raw-sql-2", at),
      ]),
    );
    const viaSql = await ctx.db.municipality.findMany({
      where: { id: { in: ["raw-sql-1", "raw-sql-2"] } },
      orderBy: { id: "asc" },
    });
    expect(viaSql).toEqual([
      { ...viaPrisma, id: "raw-sql-1" },
      { ...viaPrisma, id: "raw-sql-2" },
    ]);
    expect(viaSql[0]?.createdAt).toBeInstanceOf(Date);
    expect(viaSql[0]?.createdAt.getTime()).toBe(at.getTime());
    // byte for byte: a DateTime as '2024-02-29T23:59:59.999+00:00', a Boolean as 1
    expect(await stored("Municipality", "raw-sql-1")).toEqual(
      await stored("Municipality", "raw-prisma"),
    );
    expect(await stored("Municipality", "raw-sql-1")).toMatchObject({
      createdAt: "text:2024-02-29T23:59:59.999+00:00",
      founding: "integer:1",
      lon: "null:",
    });
  });

  it("updateRows stores what Prisma's update stores", async () => {
    const at = new Date("2025-03-30T00:59:59.000Z"); // the hour before Athens' DST change
    await ctx.db.municipality.create({ data: municipality("raw-up-prisma", new Date()) });
    await ctx.db.municipality.create({ data: municipality("raw-up-sql", new Date()) });
    await ctx.db.municipality.update({
      where: { id: "raw-up-prisma" },
      data: { founding: false, updatedAt: at, lat: null },
    });
    const count = await ctx.db.$transaction((tx) =>
      updateRows(tx, "Municipality", { founding: false, updatedAt: at, lat: null }, `"id" = ?`, [
        "raw-up-sql",
      ]),
    );
    expect(count).toBe(1);
    const [prisma, sql] = await Promise.all(
      ["raw-up-prisma", "raw-up-sql"].map((id) => stored("Municipality", id)),
    );
    expect({ ...sql, createdAt: "" }).toEqual({ ...prisma, createdAt: "" });
  });

  it("writes nothing when its transaction fails", async () => {
    const id = newCuid();
    let inside = 0;
    await expect(
      failingBeforeCommit(ctx.db, async (tx) => {
        inside = await tx.municipality.count({ where: { id } });
      }).$transaction((tx) => insertRows(tx, "Municipality", [municipality(id, new Date())])),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(inside).toBe(1);
    expect(await ctx.db.municipality.count({ where: { id } })).toBe(0);
  });

  it("reads stored DateTimes back, Prisma's text and SQLite's CURRENT_TIMESTAMP alike", () => {
    const instant = new Date("2026-10-25T00:30:00.123Z");
    expect(sqlDateTime(instant)).toBe("2026-10-25T00:30:00.123+00:00");
    expect(dateFromSql(sqlDateTime(instant))).toEqual(instant);
    expect(dateFromSql("2026-12-31 23:59:59")).toEqual(new Date("2026-12-31T23:59:59Z"));
  });
});
