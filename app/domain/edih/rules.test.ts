import { describe, expect, it } from "vitest";
import { customerCategory, dmaChange, edihConfig, parsePeriod, periodChoices, reviewPeriod, sizeClassFor, t1Due } from "./rules";

const q = (s: string) => new URLSearchParams(s);

describe("EDIH rules", () => {
  it("derives the size class from staff and turnover or balance sheet (EU SME definition, small mid-caps)", () => {
    expect(sizeClassFor(9, 2_000_000)).toBe("micro");
    expect(sizeClassFor(9, 3_000_000, 1_000_000)).toBe("micro");
    expect(sizeClassFor(9, 3_000_000, 3_000_000)).toBe("small");
    expect(sizeClassFor(49, null)).toBe("small");
    expect(sizeClassFor(50, 1)).toBe("medium");
    expect(sizeClassFor(249, 60_000_000, 44_000_000)).toBe("small_midcap");
    expect(sizeClassFor(499, null)).toBe("small_midcap");
    expect(sizeClassFor(500, 1)).toBe("large");
    expect(sizeClassFor(null, 1)).toBeNull();
  });

  it("derives the customer category from kind and size class", () => {
    expect(customerCategory("gemeente", null)).toBe("public_sector");
    expect(customerCategory("waterschap", null)).toBe("public_sector");
    expect(customerCategory("bedrijf", "medium")).toBe("sme");
    expect(customerCategory("bedrijf", "small_midcap")).toBe("small_midcap");
    expect(customerCategory("bedrijf", "large")).toBe("large_company");
    expect(customerCategory("bedrijf", null)).toBe("company_unclassified");
    expect(customerCategory("kennisinstelling", null)).toBe("knowledge_institution");
    expect(customerCategory("hub-partner", null)).toBe("other");
  });

  it("reads months, quarters, custom ranges and the M18/M36 review periods", () => {
    const start = "2023-01-01";
    expect(parsePeriod(q("periode=2026-02"), start, "2026-12-06")).toMatchObject({ kind: "month", from: "2026-02-01", to: "2026-02-28" });
    expect(parsePeriod(q("periode=2026-Q4"), start, "2026-12-06")).toMatchObject({ kind: "quarter", from: "2026-10-01", to: "2026-12-31" });
    expect(parsePeriod(q("periode=aangepast&van=2026-03-05&tot=2026-04-01"), start, "2026-12-06")).toMatchObject({ kind: "custom", from: "2026-03-05", to: "2026-04-01" });
    expect(parsePeriod(q("periode=m18"), start, "2026-12-06")).toMatchObject({ from: "2023-01-01", to: "2024-06-30" });
    expect(parsePeriod(q("periode=m36"), start, "2026-12-06")).toMatchObject({ from: "2024-07-01", to: "2025-12-31" });
    expect(reviewPeriod("m18", "2022-10-15")).toMatchObject({ from: "2022-10-15", to: "2024-04-14" });
    // Unreadable input falls back to the current month, never an error.
    for (const bad of ["periode=2026-13", "periode=aangepast&van=2026-02-30&tot=2026-03-01", "periode=aangepast&van=2026-05-01&tot=2026-04-01", "periode=%00"]) {
      expect(parsePeriod(q(bad), start, "2026-12-06")).toMatchObject({ kind: "month", from: "2026-12-01", to: "2026-12-31" });
    }
    expect(periodChoices("2026-01-15")).toMatchObject({ months: expect.arrayContaining(["2026-01", "2025-02"]), quarters: ["2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1", "2024-Q4", "2024-Q3", "2024-Q2"] });
  });

  it("flags T1 due after the configured months and computes the change per dimension", () => {
    expect(t1Due("2025-12-06", false, 12, "2026-12-06")).toBe(true);
    expect(t1Due("2025-12-07", false, 12, "2026-12-06")).toBe(false);
    expect(t1Due("2020-01-01", true, 12, "2026-12-06")).toBe(false);
    const a = { digitalStrategy: 40, digitalReadiness: 50, humanCentric: 60, dataManagement: 10, interoperability: 0, greenDigitalisation: 100, overall: 43.3 };
    expect(dmaChange(a, { ...a, digitalStrategy: 45.5, greenDigitalisation: 90, overall: 45 })).toEqual({ ...Object.fromEntries(Object.keys(a).map((k) => [k, 0])), digitalStrategy: 5.5, greenDigitalisation: -10, overall: 1.7 });
    expect(edihConfig({})).toEqual({ startDate: "2023-01-01", t1Months: 12 });
    expect(edihConfig({ EDIH_START_DATE: "2022-10-01", EDIH_T1_MONTHS: "6" })).toEqual({ startDate: "2022-10-01", t1Months: 6 });
    expect(edihConfig({ EDIH_START_DATE: "gisteren", EDIH_T1_MONTHS: "-1" })).toEqual({ startDate: "2023-01-01", t1Months: 12 });
  });
});
