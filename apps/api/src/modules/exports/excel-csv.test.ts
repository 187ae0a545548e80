// The Excel dialect of every CSV export (`?format=excel`): semicolons, a BOM, Greek intact,
// fields holding `;` quoted, the formula guard kept — beside the unchanged RFC 4180 default.
import { describe, expect, it } from "vitest";
import { activityKit, workshop } from "../../../test/fixtures/activities.ts";
import { useTestApp } from "../../../test/helpers.ts";
import { csvField, csvFilename, toCsv } from "./csv.ts";

const ctx = useTestApp();
const { createOk } = activityKit(() => ctx);

const BOM = [0xef, 0xbb, 0xbf];

describe("toCsv(…, 'excel')", () => {
  it("separates with `;`, quotes fields holding `;`, keeps commas bare, after a BOM", () => {
    expect(toCsv(["a", "b"], [["x;y", "1,5"]], "excel")).toBe('\uFEFFa;b\r\n"x;y";1,5\r\n');
    // the default is unchanged: RFC 4180 with commas
    expect(toCsv(["a", "b"], [["x;y", "1,5"]])).toBe('\uFEFFa,b\r\nx;y,"1,5"\r\n');
  });

  it("keeps the formula guard and names the file after its dialect", () => {
    expect(toCsv(["f"], [["=SUM(A1;A2)"]], "excel")).toBe('\uFEFFf\r\n"\'=SUM(A1;A2)"\r\n');
    expect(csvField("@x")).toBe("'@x");
    expect(csvFilename("cni-members-2026-11-30", "excel")).toBe("cni-members-2026-11-30-excel.csv");
    expect(csvFilename("cni-members-2026-11-30")).toBe("cni-members-2026-11-30.csv");
  });
});

describe("GET /api/municipalities.csv?format=excel", () => {
  it("starts with the BOM, uses `;`, keeps the Greek, and says excel in the file name", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities.csv",
      query: { asOf: "2026-11-30", format: "excel" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe(
      'attachment; filename="cni-members-2026-11-30-excel.csv"',
    );
    expect([...response.rawPayload.subarray(0, 3)]).toEqual(BOM);
    const lines = response.rawPayload.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Κωδικός;Δήμος;Όνομα στα αγγλικά;Περιφέρεια;Περιφερειακή ενότητα;Κατάσταση;Ιδρυτικό μέλος;Μέλος από;Μέλος από (το αργότερο);Μέλος έως και;Αποχώρηση σε ισχύ από;Σημείωση",
    );
    const athens = lines.find((line) => line.startsWith("athens;"));
    expect(athens?.split(";").slice(0, 3)).toEqual([
      "athens",
      "Δήμος Αθηναίων",
      "Municipality of Athens",
    ]);
    // a note holding a `;`-free comma stays bare; a field never holds an unquoted `;`
    for (const line of lines.slice(1, -1))
      expect(line.split(";").length).toBeGreaterThanOrEqual(12);
  });

  it("the default stays RFC 4180 with commas; an unknown format is a 400", async () => {
    const plain = await ctx.app.inject({ method: "GET", url: "/api/municipalities.csv" });
    expect(plain.rawPayload.toString("utf8").slice(1).split("\r\n")[0]).toMatch(/^Κωδικός,Δήμος,/);
    const bad = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities.csv",
      query: { format: "xlsx" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
  });
});

describe("GET /api/activities.csv?format=excel", () => {
  it("quotes a title holding `;`, keeps commas and Greek, starts with the BOM", async () => {
    const title = "Excel; Εργαστήριο, «ένταξη»";
    await createOk(workshop({ titleEl: title, summary: "=cmd|' /C calc'!A0" }));
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.csv",
      query: { q: "Excel;", format: "excel" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain(
      'filename="cni-activities-excel.csv"',
    );
    expect([...response.rawPayload.subarray(0, 3)]).toEqual(BOM);
    const text = response.rawPayload.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]?.split(";").slice(0, 3)).toEqual(["id", "titleEl", "titleEn"]);
    expect(text).toContain(`;"${title}";`);
    // the formula guard: a leading apostrophe (the summary is no longer the last column)
    expect(text).toMatch(/;'=cmd\|' \/C calc'!A0(;|\r\n)/);
  });
});
