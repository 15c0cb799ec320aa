import { describe, expect, it } from "vitest";
import { findOtherPublicBody, OTHER_PUBLIC_BODIES } from "./other-public-bodies";

describe("waterschappen and ministries reference list", () => {
  const bodies = OTHER_PUBLIC_BODIES.bodies;
  it("has the 21 waterschappen and some ministries, with unique codes in the shape the organisations table allows", () => {
    expect(bodies.filter((b) => b.kind === "waterschap")).toHaveLength(21);
    expect(bodies.filter((b) => b.kind === "rijk").length).toBeGreaterThan(0);
    expect(new Set(bodies.map((b) => b.code)).size).toBe(bodies.length);
    expect(new Set(bodies.map((b) => b.name)).size).toBe(bodies.length);
    for (const b of bodies) expect(b.code).toMatch(b.kind === "waterschap" ? /^WS[0-9]{4}$/ : /^RK[0-9]{4}$/);
  });

  it("finds a body by code", () => {
    expect(findOtherPublicBody("WS0021")?.name).toBe("Waterschap Limburg");
    expect(findOtherPublicBody("WS9999")).toBeUndefined();
  });
});
