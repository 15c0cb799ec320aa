/** The match lifecycle as data, and stale flags counted in working days. */
import { describe, expect, it } from "vitest";
import { MATCH_SOURCES, MATCH_STATES as SCHEMA_STATES } from "../../../db/schema/matches";
import { canTransition, DEFAULT_STALE_AFTER, dutchHolidays, easterSunday, MATCH_SOURCE_VALUES, MATCH_STATES, plainTargets, staleInfo, TRANSITIONS, workingDaysBetween } from "./states";

// Noon in Amsterdam on the given date (winter time: UTC+1).
const day = (iso: string) => new Date(`${iso}T11:00:00Z`);

describe("match states", () => {
  it("lists the same states as the schema", () => {
    expect([...MATCH_STATES]).toEqual([...SCHEMA_STATES]);
    expect([...MATCH_SOURCE_VALUES]).toEqual([...MATCH_SOURCES]);
  });

  it("allows the pipeline forwards and closing, and forbids skipping or leaving adopted", () => {
    expect(canTransition("interest", "screening")).toBe(true);
    expect(canTransition("screening", "introduced")).toBe(true);
    expect(canTransition("pilot", "adopted")).toBe(true);
    expect(canTransition("in_conversation", "closed")).toBe(true);
    expect(canTransition("closed", "screening")).toBe(true);
    expect(canTransition("interest", "pilot")).toBe(false);
    expect(canTransition("suggested", "adopted")).toBe(false);
    expect(canTransition("adopted", "closed")).toBe(false);
    expect(canTransition("screening", "screening")).toBe(false);
    for (const [from, targets] of Object.entries(TRANSITIONS)) for (const to of targets) expect(MATCH_STATES, `${from} → ${to}`).toContain(to);
  });

  it("offers introduced only through the introduce step", () => {
    expect(plainTargets("screening")).toEqual(["closed"]);
    expect(plainTargets("introduced")).toContain("in_conversation");
  });
});

describe("working days", () => {
  it("counts Monday to Friday after the start day, up to and including today", () => {
    expect(workingDaysBetween(day("2026-11-20"), day("2026-11-20"))).toBe(0); // same Friday
    expect(workingDaysBetween(day("2026-11-20"), day("2026-11-21"))).toBe(0); // Saturday
    expect(workingDaysBetween(day("2026-11-20"), day("2026-11-23"))).toBe(1); // Monday
    expect(workingDaysBetween(day("2026-11-16"), day("2026-11-23"))).toBe(5); // Monday to Monday
    expect(workingDaysBetween(day("2026-11-16"), day("2026-11-30"))).toBe(10);
    expect(workingDaysBetween(day("2026-11-21"), day("2026-11-22"))).toBe(0); // Saturday to Sunday
    expect(workingDaysBetween(day("2026-11-22"), day("2026-11-27"))).toBe(5); // Sunday to Friday
    expect(workingDaysBetween(day("2026-11-27"), day("2026-11-20"))).toBe(0); // the future counts as none
  });

  it("skips Dutch national holidays on weekdays", () => {
    expect(new Date(easterSunday(2026)).toISOString().slice(0, 10)).toBe("2026-04-05");
    expect(new Date(easterSunday(2027)).toISOString().slice(0, 10)).toBe("2027-03-28");
    expect(dutchHolidays(2026).map((d) => new Date(d).toISOString().slice(0, 10))).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-04-27",
      "2026-05-14",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
    // King's Day 2025 fell on a Sunday: the 26th. 2025 is a lustrum year: Liberation Day is a day off.
    expect(dutchHolidays(2025).map((d) => new Date(d).toISOString().slice(0, 10))).toContain("2025-04-26");
    expect(dutchHolidays(2025).map((d) => new Date(d).toISOString().slice(0, 10))).toContain("2025-05-05");
    expect(workingDaysBetween(day("2026-12-24"), day("2026-12-28"))).toBe(1); // Christmas Friday, Boxing Saturday, Monday
    expect(workingDaysBetween(day("2026-12-31"), day("2027-01-04"))).toBe(1); // New Year's Day (Friday) does not count
    expect(workingDaysBetween(day("2026-04-03"), day("2026-04-07"))).toBe(1); // Easter Monday off, Tuesday counts
  });

  it("uses the Dutch calendar day", () => {
    // 23:30 UTC on Friday is already Saturday in Amsterdam: Monday is then 1 working day later, not 2.
    expect(workingDaysBetween(new Date("2026-11-20T23:30:00Z"), day("2026-11-23"))).toBe(1);
    expect(workingDaysBetween(new Date("2026-11-19T23:30:00Z"), day("2026-11-23"))).toBe(1);
  });

  it("flags a match once it waited the configured number of working days", () => {
    const settings = { ...DEFAULT_STALE_AFTER, interest: 5 };
    expect(staleInfo("interest", day("2026-11-16"), day("2026-11-20"), settings)).toEqual({ days: 4, stale: false });
    expect(staleInfo("interest", day("2026-11-16"), day("2026-11-23"), settings)).toEqual({ days: 5, stale: true });
    expect(staleInfo("adopted", day("2025-01-01"), day("2026-11-23"), settings).stale).toBe(false);
    expect(staleInfo("closed", day("2025-01-01"), day("2026-11-23"), settings).stale).toBe(false);
  });
});
