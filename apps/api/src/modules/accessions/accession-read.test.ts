// readAccessionRow reads a declaration, its municipality and documents in one raw SELECT
// (decision 131): the row must equal Prisma's `findUnique({ include: ACCESSION_INCLUDE })`,
// Dates, Booleans, numbers, nulls and the documents' order included.
import { describe, expect, it } from "vitest";
import { submittedAccession } from "../../../test/accession-fixtures.ts";
import { useTestApp } from "../../../test/helpers.ts";
import { transactionWithSql } from "../../db/sql.ts";
import { readAccessionRow } from "./accession-read.ts";
import { ACCESSION_INCLUDE } from "./accession-row.ts";

const ctx = useTestApp();

const viaPrisma = (id: string) =>
  ctx.db.accession.findUnique({ where: { id }, include: ACCESSION_INCLUDE });

type Field = { name: string; kind: string; type: string };
/** Prisma's own list of a model's DateTime columns (its runtime data model). */
function dateTimeColumns(model: string): string[] {
  const runtime = (
    ctx.db as unknown as { _runtimeDataModel: { models: Record<string, { fields: Field[] }> } }
  )._runtimeDataModel;
  return (runtime.models[model]?.fields ?? [])
    .filter((field) => field.kind === "scalar" && field.type === "DateTime")
    .map((field) => field.name);
}

describe("readAccessionRow", () => {
  it("equals Prisma's read of a declaration with every column set and three documents", async () => {
    const { id, officer } = await submittedAccession(ctx);
    const first = await ctx.db.document.findFirstOrThrow({ where: { accessionId: id } });
    // two more documents: one a year earlier (listed first), one at the same instant as the first
    for (const [createdAt, name] of [
      [new Date(first.createdAt.getTime() - 366 * 86_400_000), "earlier.pdf"],
      [first.createdAt, "same-instant.pdf"],
    ] as const) {
      await ctx.db.document.create({
        data: {
          accessionId: id,
          kind: "other",
          filename: name,
          size: 2_147_483_647,
          sha256: "0".repeat(64),
          storageKey: `test/${name}`,
          uploadedById: officer.user.id,
          createdAt,
        },
      });
    }
    await ctx.db.accession.update({
      where: { id },
      data: {
        castingVote: true,
        returnedAt: new Date("2024-02-29T23:59:59.999Z"),
        returnDefects: "NO_SIGNATORY,NO_DECISION",
        returnNote: "«Διορθώστε»",
        notifiedAt: new Date("2025-10-26T00:30:00.000Z"),
        notifiedOn: "2025-10-26",
        closedOn: "2025-10-26",
        remarks: "multi\nline 'quoted' \"text\"",
      },
    });

    const expected = await viaPrisma(id);
    const actual = await readAccessionRow(ctx.db, id);
    expect(actual).toEqual(expected);
    // the same straight on the transaction (as the circulation reads it)
    expect(await transactionWithSql(ctx.db, (_tx, sql) => readAccessionRow(sql, id))).toEqual(
      expected,
    );
    expect(actual?.documents.map((d) => d.filename)).toEqual(
      expected?.documents.map((d) => d.filename),
    );
    expect(actual?.documents[0]?.filename).toBe("earlier.pdf");
    // every DateTime column was set (so a Date-vs-text slip cannot hide behind a null)…
    const dates = dateTimeColumns("Accession");
    expect(dates.length).toBeGreaterThanOrEqual(5);
    for (const column of dates) {
      expect(actual?.[column as keyof typeof actual]).toBeInstanceOf(Date);
    }
    // …and the documents' too
    for (const column of dateTimeColumns("Document")) {
      expect(actual?.documents[0]?.[column as "createdAt"]).toBeInstanceOf(Date);
    }
    expect(actual?.castingVote).toBe(true);
  });

  it("equals Prisma's read of a declaration with nothing optional, and null for no row", async () => {
    const { id } = await submittedAccession(ctx);
    await ctx.db.document.deleteMany({ where: { accessionId: id } });
    await ctx.db.accession.update({
      where: { id },
      data: { agendaItem: null, votesFor: null, diavgeiaAda: null, remarks: null },
    });
    expect(await readAccessionRow(ctx.db, id)).toEqual(await viaPrisma(id));
    expect((await readAccessionRow(ctx.db, id))?.documents).toEqual([]);
    expect(await readAccessionRow(ctx.db, "no-such-declaration")).toBeNull();
  });
});
