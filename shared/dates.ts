/**
 * How a database timestamp or date leaves a mapper: one set of formatters for the repositories, open data and the
 * search documents (they were written out five times). Null in, null out.
 */
type Stamp = Date | string | null | undefined;

/** An ISO 8601 instant (`2026-12-06T08:00:00.000Z`). */
export function isoTime(d: Date | string): string;
export function isoTime(d: Stamp): string | null;
export function isoTime(d: Stamp): string | null {
  return d ? new Date(d).toISOString() : null;
}

/** The UTC calendar day (`2026-12-06`), as date columns and the open data carry it. */
export const isoDay = (d: Stamp): string | null => (d ? new Date(d).toISOString().slice(0, 10) : null);

/** Whole seconds since the epoch (the search documents' sortable dates). */
export const epochSeconds = (d: Stamp): number | null => (d ? Math.floor(new Date(d).getTime() / 1000) : null);
