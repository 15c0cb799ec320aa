import { useFormat } from "../utils/format";

/** A date and time in the reader's language and Amsterdam time, machine-readable in `datetime`. */
export function Time({ iso }: { iso: string }) {
  const f = useFormat();
  return <time dateTime={iso}>{f.dateTime(iso)}</time>;
}
