import { describe, expect, it } from "vitest";
import { settingsFor } from "../settings";
import { analyze, stem } from "./analyze";
import { hybridFromEnv } from "./hybrid";
import { buildIdf } from "./idf";
import { enoughEvidence, rankCandidates, type RankCandidate } from "./rank";

const heat: RankCandidate = {
  id: "heat",
  lang: "en",
  title: "Heat stress alerts for older residents",
  description: "Daily check-in calls during heatwaves for older people living alone; carers get an alert when indoor temperature rises.",
  themes: ["klimaatadaptatie"],
};
const cooling: RankCandidate = {
  id: "cooling",
  lang: "en",
  title: "Cool spots map",
  description: "A map of cool spots and shade in the city for hot days, with drinking water points; helps against heat stress.",
  themes: ["klimaatadaptatie"],
};
const benefits: RankCandidate = {
  id: "benefits",
  lang: "en",
  title: "Benefits finder",
  description: "Residents answer a few questions and see which allowances and benefits they may claim.",
  themes: ["kansengelijkheid"],
};
const source = {
  id: "c1",
  lang: "nl" as const,
  title: "Hittestress bij thuiswonende ouderen",
  text: "Tijdens hittegolven willen we kwetsbare ouderen dagelijks bellen en de binnentemperatuur signaleren; mantelzorgers krijgen een melding.",
  themes: ["klimaatadaptatie"],
};
const idf = buildIdf([heat, cooling, benefits].map((d) => ({ text: `${d.title}\n${d.description}`, lang: d.lang })));
const candidates = new Map([heat, cooling, benefits].map((d) => [d.id, d]));

describe("final ranking (whole texts fused with themes and ranked lists)", () => {
  it("ranks on the whole text across languages and explains with glossary pairs and the shared theme", () => {
    const results = rankCandidates({ source, candidates, lists: [], idf, limit: 5 });
    expect(results[0].id).toBe("heat");
    expect(results[0].score).toBe(1);
    expect(results[0].explanation.sharedThemes).toEqual(["klimaatadaptatie"]);
    expect(results[0].explanation.matchingTerms).toContain("hittestress ↔ heat stress");
    expect(["strong", "possible"]).toContain(results[0].explanation.strength);
  });

  it("never shows a candidate without checkable evidence, even when a ranked list puts it first", () => {
    const semantic = { name: "semantic", weight: 5, ids: ["benefits", "cooling", "heat"] };
    const results = rankCandidates({ source, candidates, lists: [semantic], idf, limit: 5 });
    expect(results.map((r) => r.id)).not.toContain("benefits");
    for (const r of results) expect(r.explanation.sharedThemes.length + r.explanation.matchingTerms.length).toBeGreaterThan(0);
  });

  it("fuses a provided ranked list (the hybrid seam): a list that prefers a candidate moves it up", () => {
    const without = rankCandidates({ source, candidates, lists: [], idf, limit: 5 }).map((r) => r.id);
    expect(without.indexOf("cooling")).toBeGreaterThan(without.indexOf("heat"));
    const semantic = { name: "semantic", weight: 5, ids: ["cooling"] };
    const withList = rankCandidates({ source, candidates, lists: [semantic], idf, limit: 5 }).map((r) => r.id);
    expect(withList[0]).toBe("cooling");
  });

  it("needs two pieces of evidence, or one glossary pair or one strong distinctive word", () => {
    expect(enoughEvidence({ terms: [], concepts: 0 }, true, 0.5)).toBe(false);
    expect(enoughEvidence({ terms: ["hittestress ↔ heat stress"], concepts: 1 }, false, 0.01)).toBe(true);
    expect(enoughEvidence({ terms: ["conservation"], concepts: 0 }, false, 0.02)).toBe(false);
    expect(enoughEvidence({ terms: ["conservation"], concepts: 0 }, false, 0.2)).toBe(true);
    expect(enoughEvidence({ terms: ["conservation"], concepts: 0 }, true, 0.02)).toBe(true);
  });

  it("counts common words as junk (from document frequency and spread, not a hand list), never glossary concepts", () => {
    const empty = buildIdf([]);
    // What a word can contribute as a reason: its analyzed terms that are not junk (stop words give none).
    const evidence = (word: string, lang: "nl" | "en") => [...analyze(word, lang).terms.keys()].filter((t) => !empty.junk(t));
    for (const word of ["making", "will", "city", "open", "when", "improve"]) expect(evidence(word, "en"), word).toEqual([]);
    for (const word of ["loopt", "risico", "gemeente", "houden"]) expect(evidence(word, "nl"), word).toEqual([]);
    for (const word of ["humidity", "tenant", "biodiversity"]) expect(evidence(word, "en").length, word).toBeGreaterThan(0);
    expect(empty.junk("~hittestress")).toBe(false);
    // And in a corpus of its own: a word in most records is junk there.
    const corpus = buildIdf(Array.from({ length: 50 }, (_, i) => `lantaarnpaal ${i % 2 ? "fiets" : "boom"}`));
    expect(corpus.junk(stem("lantaarnpaal", "nl"))).toBe(true);
    expect(corpus.junk(stem("fiets", "nl"))).toBe(true);
  });
});

describe("hybrid seam configuration", () => {
  it("is off by default and configured by environment variables", () => {
    expect(hybridFromEnv({})).toBeUndefined();
    expect(settingsFor("solutions", {})).not.toHaveProperty("embedders");
    const env = { MATCH_HYBRID_EMBEDDER: "model", MATCH_HYBRID_WEIGHT: "0.5", MATCH_HYBRID_EMBEDDER_SETTINGS: '{"source":"ollama","model":"x"}' };
    expect(hybridFromEnv(env)).toEqual({ embedder: "model", weight: 0.5, settings: { source: "ollama", model: "x" } });
    expect(settingsFor("solutions", env).embedders).toEqual({ model: { source: "ollama", model: "x" } });
    expect(() => hybridFromEnv({ MATCH_HYBRID_EMBEDDER: "m", MATCH_HYBRID_EMBEDDER_SETTINGS: "{" })).toThrow(/JSON/);
  });
});
