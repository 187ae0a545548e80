// Pages of the directory (no React): the page sizes offered, reading ?page=&size= from the
// URL and cutting one page out of the sorted list.

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

export function parsePageSize(value: string | null): PageSize {
  const n = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(n) ? (n as PageSize) : DEFAULT_PAGE_SIZE;
}

/** The 1-based page asked for; anything else (missing, 0, "x", 2.5) is page 1. */
export function parsePage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The rows of one page; a page past the end shows the last page (a shared link outlives rows). */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages);
  return { rows: items.slice((current - 1) * size, current * size), page: current, pages };
}
