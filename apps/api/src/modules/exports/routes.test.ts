import { athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { notifiedWithdrawal } from "../../../test/withdrawal-fixtures.ts";
import { csvField, toCsv } from "./csv.ts";

let ctx: TestContext;
beforeAll(async () => {
  // These tests check the rules, not load shedding (see test/reliability): on a busy
  // machine the synchronous work of app.inject() must not be answered with 503s.
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const csv = (query: Record<string, string> = {}) =>
  ctx.app.inject({ method: "GET", url: "/api/municipalities.csv", query });

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("GET /api/municipalities.csv", () => {
  it("is UTF-8 with a BOM, CRLF rows, the directory's rows and columns, Greek intact", async () => {
    // today: Serres' declaration counts from the day the portal recorded it (no invented date)
    const today = athensToday();
    const response = await csv({ asOf: today });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="cni-members-${today}.csv"`,
    );
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");

    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      "Κωδικός",
      "Δήμος",
      "Όνομα στα αγγλικά",
      "Περιφέρεια",
      "Περιφερειακή ενότητα",
      "Κατάσταση",
      "Ιδρυτικό μέλος",
      "Μέλος από",
      "Μέλος από (το αργότερο)",
      "Μέλος έως και",
      "Αποχώρηση σε ισχύ από",
      "Σημείωση",
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(19);
    expect(body.every((r) => r.length === 12)).toBe(true);
    // the same order as the directory (Greek collation)
    const directory = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities",
      query: { asOf: today },
    });
    expect(body.map((r) => r[0])).toEqual(directory.json().items.map((m: { id: string }) => m.id));
    expect(body.find((r) => r[0] === "athens")).toEqual([
      "athens",
      "Δήμος Αθηναίων",
      "Municipality of Athens",
      "Αττική",
      "Κεντρικός Τομέας Αθηνών",
      "Μέλος",
      "Ναι",
      "2018-01-04",
      "",
      "",
      "",
      "",
    ]);
    expect(body.find((r) => r[0] === "serres")?.[5]).toBe("Υποψήφιο μέλος");
    expect(body.find((r) => r[0] === "piraeus")?.slice(7)).toEqual(["", "2024-06-17", "", "", ""]);
  });

  it("applies the directory's filters and date: only the founders as of 2020-01-01", async () => {
    const response = await csv({ asOf: "2020-01-01", status: "member", lang: "en" });
    const rows = parseCsv(response.rawPayload.toString("utf8").slice(1));
    expect(rows[0]?.[1]).toBe("Municipality");
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ["athens", "Municipality of Athens", "Δήμος Αθηναίων", "Member"],
      ["thessaloniki", "Municipality of Thessaloniki", "Δήμος Θεσσαλονίκης", "Member"],
    ]);
    expect(response.headers["content-disposition"]).toContain("cni-members-2020-01-01.csv");

    const thessaly = parseCsv((await csv({ region: "Θεσσαλία", q: "λαρ" })).body.slice(1));
    expect(thessaly.slice(1).map((r) => r[0])).toEqual(["larissa"]);
  });

  it("as of 2020-01-01 the 16 early members are 'unknown', never 'not a member'", async () => {
    const rows = parseCsv((await csv({ asOf: "2020-01-01", lang: "en" })).body.slice(1)).slice(1);
    const status = (id: string) => rows.find((r) => r[0] === id)?.[5];
    expect(status("athens")).toBe("Member");
    expect(status("piraeus")).toBe("Unknown");
    expect(rows.filter((r) => r[5] === "Unknown")).toHaveLength(16);
    expect(rows.filter((r) => r[5] === "Not a member").map((r) => r[0])).toEqual(["serres"]);
    expect(rows.find((r) => r[0] === "piraeus")?.[11]).toBe(
      "The source does not say whether it was a member then; a member on or before 17/06/2024",
    );
    const el = parseCsv((await csv({ asOf: "2020-01-01" })).body.slice(1)).slice(1);
    expect(el.find((r) => r[0] === "piraeus")?.[5]).toBe("Άγνωστη");
  });

  it("a withdrawal notified 2026-10-20: member through 04/11/2026, former from 05/11/2026", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    await notifiedWithdrawal(ctx, coordinator.headers, "delta", "2026-10-20");
    const el = parseCsv((await csv({ asOf: "2026-11-04" })).body.slice(1)).slice(1);
    expect(el.find((r) => r[0] === "delta")?.slice(5)).toEqual([
      "Σε αποχώρηση",
      "Όχι",
      "",
      "2024-06-17",
      "2026-11-04",
      "2026-11-05",
      "μέλος έως και τις 04/11/2026 · η αποχώρηση ισχύει από 05/11/2026",
    ]);
    const en = parseCsv((await csv({ asOf: "2026-11-05", lang: "en" })).body.slice(1)).slice(1);
    expect(en.find((r) => r[0] === "delta")?.slice(5)).toEqual([
      "Former member",
      "No",
      "",
      "",
      "2026-11-04",
      "2026-11-05",
      "member through 04/11/2026, former from 05/11/2026",
    ]);
  });

  it("rejects a bad date or status with 400", async () => {
    expect((await csv({ asOf: "2026-02-30" })).statusCode).toBe(400);
    expect((await csv({ status: "president" })).statusCode).toBe(400);
  });
});

describe("csvField / toCsv (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας", "Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+30 210", "'+30 210"],
    ["@sum", "'@sum"],
    ["-1,2", '"\'-1,2"'],
  ])("%j → %j", (value, expected) => expect(csvField(value)).toBe(expected));

  it("writes empty fields for null and a BOM before the header", () => {
    expect(csvField(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, null]])).toBe("\uFEFFa,b\r\n1,\r\n");
  });
});
