import { describe, expect, it } from "vitest";
import { adviseRoutes, ADVICE_ROUTES, ROUTE_DOCUMENTS, ROUTE_STAGES, type AdviceInput } from "./route-advice";
import { EU_THRESHOLDS, thresholdsCurrent } from "./thresholds";

const base: AdviceInput = { valueEur: 250_000, kind: "supplies_services", market: "not_yet", rdNeeded: true, othersInterested: false };
const routesOf = (input: Partial<AdviceInput>) => adviseRoutes({ ...base, ...input }).routes.map((r) => r.route);

describe("procurement route advice", () => {
  it("EUR 250k of services, nothing on the market, R&D needed: above the threshold; PCP, SBIR and innovation partnership fit", () => {
    const advice = adviseRoutes(base);
    expect(advice.threshold).toEqual({ kind: "supplies_services", amountEur: 216_000, atOrAbove: true });
    expect(advice.notes).toContain("thresholdFlag");
    const routes = advice.routes.map((r) => r.route);
    expect(routes).toEqual(expect.arrayContaining(["pcp", "sbir", "innovation_partnership", "market_consultation", "european_procedure"]));
    expect(routes).not.toContain("national_procedure");
    // Nothing to adapt: development is needed, so not the dialogue; the programme is small-scale and single-body.
    expect(routes).not.toContain("competitive_dialogue");
    expect(routes).not.toContain("startup_in_residence");
    expect(routes[0]).toBe("market_consultation");
  });

  it("EUR 150k of services is below the threshold: a national procedure, no flag", () => {
    const advice = adviseRoutes({ ...base, valueEur: 150_000 });
    expect(advice.threshold.atOrAbove).toBe(false);
    expect(advice.notes).not.toContain("thresholdFlag");
    const routes = advice.routes.map((r) => r.route);
    expect(routes).toContain("national_procedure");
    expect(routes).not.toContain("european_procedure");
    expect(routes).toEqual(expect.arrayContaining(["sbir", "pcp", "startup_in_residence"]));
  });

  it("exactly at a threshold counts as above it; one euro less does not", () => {
    for (const kind of ["supplies_services", "works", "social_services"] as const) {
      const amount = EU_THRESHOLDS.amounts[kind];
      expect(adviseRoutes({ ...base, kind, valueEur: amount }).threshold.atOrAbove, `${kind} at`).toBe(true);
      expect(adviseRoutes({ ...base, kind, valueEur: amount - 1 }).threshold.atOrAbove, `${kind} below`).toBe(false);
    }
  });

  it("works use the works threshold (EUR 5,404,000): EUR 1m of works stays national", () => {
    const works = adviseRoutes({ ...base, kind: "works", valueEur: 1_000_000 });
    expect(works.threshold).toEqual({ kind: "works", amountEur: 5_404_000, atOrAbove: false });
    expect(works.routes.map((r) => r.route)).toContain("national_procedure");
    expect(adviseRoutes({ ...base, kind: "works", valueEur: 5_404_000 }).routes.map((r) => r.route)).toContain("european_procedure");
    expect(adviseRoutes({ ...base, kind: "social_services", valueEur: 700_000 }).threshold.amountEur).toBe(750_000);
  });

  it("a solution on the market: no development routes, only consultation and a procedure", () => {
    expect(routesOf({ market: "yes", rdNeeded: false, valueEur: 50_000 })).toEqual(["market_consultation", "national_procedure"]);
    expect(routesOf({ market: "yes", rdNeeded: false, valueEur: 500_000 })).toEqual(["market_consultation", "european_procedure"]);
  });

  it("almost on the market without R&D: competitive dialogue and innovation partnership, no SBIR or PCP", () => {
    const routes = routesOf({ market: "almost", rdNeeded: false });
    expect(routes).toEqual(expect.arrayContaining(["competitive_dialogue", "innovation_partnership"]));
    expect(routes).not.toContain("sbir");
    expect(routes).not.toContain("pcp");
  });

  it("other interested bodies: a note on joint value, and a Startup-in-Residence programme even above the threshold", () => {
    const advice = adviseRoutes({ ...base, othersInterested: true });
    expect(advice.notes).toContain("jointValue");
    const sir = advice.routes.find((r) => r.route === "startup_in_residence");
    expect(sir?.reasons).toContain("bundleBodies");
  });

  it("always says it is guidance, and every route carries its stages and documents", () => {
    for (const market of ["yes", "almost", "not_yet"] as const) {
      const advice = adviseRoutes({ ...base, market });
      expect(advice.notes[0]).toBe("guidanceOnly");
      for (const r of advice.routes) {
        expect(r.stages).toEqual(ROUTE_STAGES[r.route]);
        expect(r.documents).toEqual(ROUTE_DOCUMENTS[r.route]);
        expect(r.reasons.length).toBeGreaterThan(0);
      }
    }
    expect(ROUTE_STAGES.sbir).toEqual(["phase0", "phase1", "phase2", "phase3"]);
    expect(Object.keys(ROUTE_STAGES).sort()).toEqual([...ADVICE_ROUTES].sort());
  });

  it("knows the period its thresholds apply to", () => {
    expect(thresholdsCurrent("2026-12-06")).toBe(true);
    expect(thresholdsCurrent("2027-12-31")).toBe(true);
    expect(thresholdsCurrent("2028-01-01")).toBe(false);
  });
});
