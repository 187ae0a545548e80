import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, pageOf, parsePage, parsePageSize } from "./pages";

describe("directory pages", () => {
  const rows = Array.from({ length: 23 }, (_, i) => i + 1);

  it("cuts pages of the given size, the last one shorter", () => {
    expect(pageOf(rows, 1, 10)).toEqual({
      rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      page: 1,
      pages: 3,
    });
    expect(pageOf(rows, 3, 10)).toEqual({ rows: [21, 22, 23], page: 3, pages: 3 });
  });

  it("shows the last page for a page past the end, and one empty page for no rows", () => {
    expect(pageOf(rows, 9, 10).page).toBe(3);
    expect(pageOf([], 2, 10)).toEqual({ rows: [], page: 1, pages: 1 });
  });

  it("reads only the offered sizes and whole positive pages from the URL", () => {
    expect(parsePageSize("25")).toBe(25);
    expect(parsePageSize("7")).toBe(DEFAULT_PAGE_SIZE);
    expect(parsePageSize(null)).toBe(DEFAULT_PAGE_SIZE);
    expect(parsePage("2")).toBe(2);
    expect(parsePage("0")).toBe(1);
    expect(parsePage("2.5")).toBe(1);
    expect(parsePage("x")).toBe(1);
    expect(parsePage(null)).toBe(1);
  });
});
