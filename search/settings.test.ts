import { describe, expect, it } from "vitest";
import { themeSynonyms } from "./settings";

describe("theme synonyms", () => {
  it("maps Dutch and English terms both ways", () => {
    const synonyms = themeSynonyms();
    expect(synonyms["hittestress"]).toContain("heat stress");
    expect(synonyms["heat stress"]).toContain("hittestress");
    expect(synonyms["warmtepomp"]).toContain("heat pump");
  });
});
