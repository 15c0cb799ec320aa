import type { ReactNode } from "react";

/**
 * A data table that may be wider than a phone: it scrolls sideways inside its own region instead of widening the
 * page. The region is focusable so keyboard users can scroll it (axe scrollable-region-focusable) and is named
 * after the table's caption.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be keyboard-reachable
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
