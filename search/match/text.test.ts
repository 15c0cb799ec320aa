import { describe, expect, it } from "vitest";
import { contentWords, findThemeTerms, inferThemes, resolveThemes } from "./text";

describe("theme terms in text", () => {
  it("finds Dutch compounds and multi-word English terms, each concept once", () => {
    const terms = findThemeTerms("De isolatiemaatregelen en een hybride warmtepomp. Heat stress en hittestress in de wijk.").map((h) => h.term);
    expect(terms).toContain("isolatie");
    expect(terms).toContain("hybride warmtepomp");
    expect(terms.filter((t) => t === "hittestress" || t === "heat stress")).toHaveLength(1);
  });

  it("matches short acronyms only as whole words", () => {
    expect(findThemeTerms("een evaluatie van het beleid").map((h) => h.term)).not.toContain("EV");
    expect(findThemeTerms("laden van een EV thuis").map((h) => h.term)).toContain("EV");
  });

  it("infers themes from free text and resolves free-text theme names", () => {
    expect(inferThemes("Wateroverlast en hittestress; groene daken en wadi's")).toContain("klimaatadaptatie");
    expect(resolveThemes(["Energy transition"], "")).toEqual(["energietransitie"]);
    expect(resolveThemes(["klimaat"], "")).toEqual(["klimaatadaptatie"]);
    expect(resolveThemes([], "Zwerfafval en statiegeld: hergebruik van grondstoffen")).toContain("circulaire-economie");
  });

  it("drops stopwords and generic marketplace words", () => {
    expect(contentWords("De gemeente zoekt een oplossing voor hittestress in de wijk")).toEqual(["hittestress", "wijk"]);
  });
});
