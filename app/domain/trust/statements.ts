/**
 * The dates of the trust pages, in one place. Change them when a statement's content changes (and, for the
 * accessibility statement, when the research behind it is redone). ISO dates, read as calendar days.
 */
import { formatters } from "../../utils/format";
export const ACCESSIBILITY_STATEMENT = {
  /** The day this statement was drawn up in the structure of the government model statement. */
  drawnUp: "2026-12-06",
  /** The last review of the statement's accuracy. */
  lastReviewed: "2026-12-06",
  /** The last full run of the automated checks (axe on every page of the e2e suite) the status rests on. */
  automatedCheck: "2026-12-06",
} as const;

export const PRIVACY_STATEMENT = {
  lastChanged: "2026-12-06",
} as const;

/** A calendar date (YYYY-MM-DD) in words, in the page language ("6 december 2026", "6 December 2026"). */
export function formatStatementDate(iso: string, locale: string): string {
  return formatters(locale).date(iso);
}
