/**
 * Dates and whole numbers as forms send them (strings), checked so that what passes also fits the database:
 * a `date` column takes any date PostgreSQL can parse, but 2024-02-30 or year 0 is an error there (a 500), and an
 * `integer` column is int4. Used by every form schema that takes a date or a whole number.
 */
import { z } from "zod";

export const INT4_MAX = 2_147_483_647;
/** The range of dates a form may carry (deadlines, "in use since"). */
export const DATE_RANGE = { minYear: 2000, maxYear: 2100 } as const;

/** A real calendar date written as YYYY-MM-DD, from 2000-01-01 to 2100-12-31. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < DATE_RANGE.minYear || year > DATE_RANGE.maxYear || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A whole number written as digits only (no sign, exponent, decimals or hex) within min..max; else null. */
export function parseWholeNumber(value: unknown, min: number, max: number): number | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (!/^[0-9]{1,10}$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

/** A record version from a form (optimistic locking): 1..int4 max. */
export const parseVersion = (value: unknown) => parseWholeNumber(value, 1, INT4_MAX);

/** zod: an optional date field ("" is no date) that must be a real calendar date in range. */
export const optionalDateField = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || isCalendarDate(v), message)
    .transform((v) => (v === "" ? null : v));

/** zod: a whole number within min..max (at most int4), from a form string. */
export const wholeNumberField = (min: number, max: number, message: string) =>
  z
    .string({ message })
    .refine((v) => parseWholeNumber(v, min, Math.min(max, INT4_MAX)) !== null, message)
    .transform((v) => Number(v.trim()));
