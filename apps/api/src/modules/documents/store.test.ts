import { describe, expect, it } from "vitest";
import { contentDisposition, isPdf, sanitizeFilename } from "./store.ts";

describe("isPdf", () => {
  it("looks at the first bytes only", () => {
    expect(isPdf(Buffer.from("%PDF-1.7\n..."))).toBe(true);
    expect(isPdf(Buffer.from("%PDF"))).toBe(false);
    expect(isPdf(Buffer.from(" %PDF-1.7"))).toBe(false);
    expect(isPdf(Buffer.from("<html>%PDF-1.7"))).toBe(false);
  });
});

describe("sanitizeFilename", () => {
  it.each([
    ["Απόφαση 210-2024.pdf", "Απόφαση 210-2024.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["C:\\Users\\x\\απόφαση.PDF", "απόφαση.PDF"],
    ['a"b\\c<d>.pdf', "c<d>.pdf".replace(/[<>]/g, "")],
    ["line\r\nbreak.pdf", "linebreak.pdf"],
    ["", "document.pdf"],
    [".pdf", "pdf.pdf"],
    ["...hidden", "hidden.pdf"],
    [undefined, "document.pdf"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
  });

  it("limits the length and keeps the extension", () => {
    const name = sanitizeFilename(`${"α".repeat(300)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Απόφαση 210.pdf")).toBe(
      "attachment; filename=\"_ 210.pdf\"; filename*=UTF-8''%CE%91%CF%80%CF%8C%CF%86%CE%B1%CF%83%CE%B7%20210.pdf",
    );
    expect(contentDisposition("decision (final)'s.pdf")).toBe(
      "attachment; filename=\"decision (final)'s.pdf\"; filename*=UTF-8''decision%20%28final%29%27s.pdf",
    );
  });

  it("cannot be used to inject header parameters", () => {
    const header = contentDisposition('x"; filename="evil.exe');
    expect(header.startsWith('attachment; filename="x; filename=evil.exe.pdf"')).toBe(true);
  });
});
