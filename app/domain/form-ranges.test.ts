/**
 * Dates and whole numbers in every form schema: only real calendar dates in 2000-2100 and integers that fit the
 * database column (int4) pass, with the field's own message. Before, 2024-02-30, 0000-01-01, 2147483648 and 1e21
 * passed validation and failed in PostgreSQL (a 500).
 */
import { describe, expect, it } from "vitest";
import { StaleSettingsSchema } from "./brokering/schemas";
import { ChallengeDraftSchema, challengeFieldErrors, readChallengeForm } from "./intake/challenge-schema";
import { DraftSolutionSchema, emptySolutionValues, ReviewSchema, solutionErrors } from "./intake/solution-form";
import { INT4_MAX, isCalendarDate, parseVersion } from "./form-ranges";
import { STALE_STATES } from "./brokering/states";

const BAD_DATES = ["2024-02-30", "2023-02-29", "0000-01-01", "1999-12-31", "2101-01-01", "2024-13-01", "2024-04-31", "2024-00-10", "2024-1-1", "20240101", "2024-02-30T00:00"];
const GOOD_DATES = ["2024-02-29", "2000-01-01", "2100-12-31", "2026-12-06"];
const BAD_INTS = ["2147483648", "1e21", "1e3", "-1", "0", "1.5", " ", "", "99999999999", "0x10", "Infinity", "NaN"];

function challenge(overrides: Record<string, string>) {
  const form = new FormData();
  form.set("title", "Een opgave");
  for (const [k, v] of Object.entries(overrides)) form.set(k, v);
  return ChallengeDraftSchema.safeParse(readChallengeForm(form));
}

describe("calendar dates", () => {
  it("isCalendarDate takes only real dates from 2000 to 2100", () => {
    for (const d of BAD_DATES) expect(isCalendarDate(d), d).toBe(false);
    for (const d of GOOD_DATES) expect(isCalendarDate(d), d).toBe(true);
  });

  it("the challenge's response deadline refuses impossible and out-of-range dates with its message", () => {
    for (const d of BAD_DATES) {
      const parsed = challenge({ responseDeadline: d });
      expect(parsed.success, d).toBe(false);
      if (!parsed.success) expect(challengeFieldErrors(parsed.error).responseDeadline).toBe("intake.dateInvalid");
    }
    for (const d of GOOD_DATES) expect(challenge({ responseDeadline: d }).success, d).toBe(true);
    expect(challenge({ responseDeadline: "" }).success).toBe(true);
  });

  it("a deployment's 'since' date refuses them too", () => {
    for (const d of BAD_DATES) {
      const parsed = DraftSolutionSchema.safeParse({ ...emptySolutionValues(), title: "Oplossing", deployments: [{ code: "GM0363", status: "active", since: d }] });
      expect(parsed.success, d).toBe(false);
      if (!parsed.success) expect(solutionErrors(parsed.error)["dep-0-since"]).toBe("solutionIntake.errors.deploymentSince");
    }
    expect(DraftSolutionSchema.safeParse({ ...emptySolutionValues(), title: "O", deployments: [{ code: "GM0363", status: "active", since: "2024-02-29" }] }).success).toBe(true);
  });
});

describe("whole numbers within the column's range", () => {
  it("parseVersion takes 1..2147483647 written as digits only", () => {
    for (const v of BAD_INTS) expect(parseVersion(v), v).toBeNull();
    expect(parseVersion(null)).toBeNull();
    expect(parseVersion("1")).toBe(1);
    expect(parseVersion(String(INT4_MAX))).toBe(INT4_MAX);
  });

  it("a solution review's version is refused outside int4", () => {
    for (const v of ["2147483648", "1e21", "0", "-3"]) {
      expect(ReviewSchema.safeParse({ intent: "publish", version: v }).success, v).toBe(false);
      expect(ReviewSchema.safeParse({ intent: "reject", version: v, comment: "Nee" }).success, v).toBe(false);
    }
    expect(ReviewSchema.safeParse({ intent: "publish", version: "3" }).success).toBe(true);
  });

  it("challenge budgets and SDGs stay within range", () => {
    for (const v of ["2147483648", "1e21", "9999999999"]) {
      const parsed = challenge({ budgetMin: v });
      expect(parsed.success, v).toBe(false);
      if (!parsed.success) expect(challengeFieldErrors(parsed.error).budgetMin).toBe("intake.budgetInvalid");
    }
    const form = new FormData();
    form.set("title", "Een opgave");
    form.append("sdgs", "1e21");
    expect(ChallengeDraftSchema.safeParse(readChallengeForm(form)).success).toBe(false);
    expect(DraftSolutionSchema.safeParse({ ...emptySolutionValues(), title: "O", sdgs: ["2147483648"] }).success).toBe(false);
  });

  it("the hub's stale-match settings take whole days from 1 to 365", () => {
    const all = (v: string) => Object.fromEntries(STALE_STATES.map((s) => [s, v]));
    for (const v of ["2147483648", "1e21", "1e2", "0", "366", "1.5", ""]) expect(StaleSettingsSchema.safeParse(all(v)).success, v).toBe(false);
    expect(StaleSettingsSchema.safeParse(all("14")).success).toBe(true);
  });
});
