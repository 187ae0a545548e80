import { type ReactNode, useEffect, useRef, useState } from "react";
import classes from "./table-scroll.module.css";

type Props = {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Names the scrolling region for screen readers (e.g. the table's caption). */
  label: string;
  /** Keeps the first column (what each row is) in view while the rest scrolls. */
  stickyFirstColumn?: boolean;
  children: ReactNode;
};

/**
 * A horizontally scrolling wrapper for wide tables on narrow screens. While it actually
 * scrolls it is a focusable, labelled region, so keyboard users can scroll it too
 * (WCAG 2.1.1); when everything fits it adds no tab stop.
 */
export function TableScroll({ minWidth, label, stickyFirstColumn = false, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    // No first check here: reading scrollWidth while the page is still being built forces a
    // layout of the whole page (a long task at load); the observer's first notification
    // comes right after the browser's own layout.
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      // relative: absolutely positioned content (visually hidden labels in the cells) is
      // clipped here too, instead of widening the page beyond the screen
      style={{ overflowX: "auto", position: "relative" }}
      {...(scrollable ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}
    >
      <div style={{ minWidth }} className={stickyFirstColumn ? classes.stickyFirst : undefined}>
        {children}
      </div>
    </div>
  );
}
