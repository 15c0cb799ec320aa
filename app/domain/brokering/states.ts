/**
 * The match lifecycle as data (DESIGN.md "Lifecycles"): which state may follow which, and after how many working
 * days a match waiting in a state is flagged as stale. Pure: the UI imports it to offer only allowed moves, and
 * the domain module enforces it on the server.
 */
import { MATCH_SOURCES, MATCH_STATES, type MatchSource, type MatchState } from "../../../shared/vocabulary/matches";
import { amsterdamDay } from "../../utils/format";

/** The states themselves are vocabulary (shared with db/schema/matches.ts, which constrains the column to them). */
export { MATCH_SOURCES, MATCH_STATES, type MatchSource, type MatchState };

/** Allowed transitions. "introduced" is reached only through the introduce step (it opens the thread). */
export const TRANSITIONS: Record<MatchState, readonly MatchState[]> = {
  suggested: ["interest", "screening", "closed"],
  interest: ["screening", "closed"],
  screening: ["introduced", "closed"],
  introduced: ["in_conversation", "pilot", "closed"],
  in_conversation: ["pilot", "closed"],
  pilot: ["adopted", "closed"],
  adopted: [],
  closed: ["screening"],
};

/** Targets that need their own step (a form with more than a note), never a plain state change. */
export const VIA_OWN_STEP: readonly MatchState[] = ["introduced"];

/** States in which both parties know each other: from here on they hear about every change. */
export const PARTIES_INVOLVED: readonly MatchState[] = ["introduced", "in_conversation", "pilot", "adopted"];

export function canTransition(from: MatchState, to: MatchState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states a plain state-change control may offer from `from` (not the ones with their own step). */
export function plainTargets(from: MatchState): MatchState[] {
  return TRANSITIONS[from].filter((s) => !VIA_OWN_STEP.includes(s));
}

/** How a match came about (vocabulary MATCH_SOURCES). "company" = "ik kan helpen". */
export const isMatchSource = (value: unknown): value is MatchSource => MATCH_SOURCES.includes(value as MatchSource);
/** The pipeline's status filter value for "in progress": neither adopted nor closed. */
export const OPEN_STATE_FILTER = "lopend";

export const isMatchState = (value: unknown): value is MatchState => MATCH_STATES.includes(value as MatchState);

/** States that can be flagged as stale, and the default number of working days before they are. */
export const STALE_STATES = ["suggested", "interest", "screening", "introduced", "in_conversation", "pilot"] as const;
export type StaleState = (typeof STALE_STATES)[number];
export type StaleSettings = Record<StaleState, number>;
export const DEFAULT_STALE_AFTER: StaleSettings = {
  suggested: 10,
  interest: 5,
  screening: 10,
  introduced: 10,
  in_conversation: 20,
  pilot: 60,
};
export const STALE_SETTINGS_KEY = "brokering.staleAfterWorkingDays";

/** The calendar date (YYYY-MM-DD) of an instant in the Netherlands. */
export const dutchDate = amsterdamDay;

/** Easter Sunday of a year (anonymous Gregorian algorithm), as UTC midnight. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

const DAY_MS = 86_400_000;

/**
 * The Dutch national holidays that are days off (Algemene termijnenwet): New Year's Day, Easter Monday, King's Day
 * (27 April, the 26th when the 27th is a Sunday), Ascension Day, Whit Monday, Christmas and Boxing Day, and Liberation
 * Day in lustrum years. As UTC midnights.
 */
export function dutchHolidays(year: number): number[] {
  const easter = easterSunday(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? Date.UTC(year, 3, 26) : Date.UTC(year, 3, 27);
  return [
    Date.UTC(year, 0, 1),
    easter + DAY_MS,
    kingsDay,
    ...(year % 5 === 0 ? [Date.UTC(year, 4, 5)] : []),
    easter + 39 * DAY_MS,
    easter + 50 * DAY_MS,
    Date.UTC(year, 11, 25),
    Date.UTC(year, 11, 26),
  ];
}

/**
 * Working days that passed from `since` to `now`: the days after the day of `since`, up to and including the day
 * of `now`, that are weekdays and not Dutch national holidays. A match that changed on Friday is 1 working day old
 * on Monday.
 */
export function workingDaysBetween(since: Date, now: Date): number {
  const start = Date.parse(`${dutchDate(since)}T00:00:00Z`);
  const end = Date.parse(`${dutchDate(now)}T00:00:00Z`);
  const days = Math.round((end - start) / DAY_MS);
  if (days <= 0) return 0;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  const startDay = new Date(start).getUTCDay();
  for (let i = 1; i <= days % 7; i++) {
    const weekday = (startDay + fullWeeks * 7 + i) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  for (let year = new Date(start).getUTCFullYear(); year <= new Date(end).getUTCFullYear(); year++) {
    for (const holiday of dutchHolidays(year)) {
      const weekday = new Date(holiday).getUTCDay();
      if (holiday > start && holiday <= end && weekday !== 0 && weekday !== 6) count--;
    }
  }
  return count;
}

/** Whether a match waiting in `state` since `since` is stale under `settings` (null: the state is never stale). */
export function staleInfo(state: MatchState, since: Date, now: Date, settings: StaleSettings): { days: number; stale: boolean } {
  const days = workingDaysBetween(since, now);
  const limit = (settings as Record<string, number>)[state];
  return { days, stale: limit !== undefined && days >= limit };
}
