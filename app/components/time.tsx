import { useFormat } from "../utils/format";

/** A date and time in the reader's language and Amsterdam time, machine-readable in `datetime`. */
export function Time({ iso }: { iso: string }) {
  const f = useFormat();
  return <time dateTime={iso}>{f.dateTime(iso)}</time>;
}

/** A calendar date (YYYY-MM-DD) in the reader's language ("6 december 2026"), machine-readable in `datetime`. */
export function Day({ iso }: { iso: string }) {
  const f = useFormat();
  return <time dateTime={iso}>{f.date(iso)}</time>;
}
