import { describe, expect, it } from "vitest";
import { settingsFor } from "../settings";
import { analyze, stem } from "./analyze";
import { hybridFromEnv } from "./hybrid";
import { buildIdf } from "./idf";
import { analyzeCandidate, candidateText, enoughEvidence, feedbackTerms, rankCandidates, type RankCandidate } from "./rank";

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

describe("cognates across Dutch and English", () => {
  // No glossary pair connects these texts: only the shared word starts ("senso", "mobil", "infra").
  const nlSource = {
    id: "c2",
    lang: "nl" as const,
    title: "Sensoren voor mobiliteit",
    text: "Wij zoeken sensoren langs de infrastructuur die de mobiliteit in het centrum meten.",
    themes: [],
  };
  const sensors: RankCandidate = {
    id: "sensors",
    lang: "en",
    title: "Mobility sensors",
    description: "Roadside sensors measure mobility along the infrastructure.",
    themes: [],
  };
  const bakery: RankCandidate = { id: "bakery", lang: "en", title: "Bakery orders", description: "Bread and pastry orders online.", themes: [] };
  const docs = [sensors, bakery];
  const cidf = buildIdf([...docs.map((d) => ({ text: `${d.title}\n${d.description}`, lang: d.lang })), { text: nlSource.text, lang: "nl" }]);

  it("gives Dutch and English forms of a word the same key", () => {
    const nl = analyze("sensoren mobiliteit infrastructuur", "nl");
    const en = analyze("sensors mobility infrastructure", "en");
    expect([...nl.cognates.keys()].sort()).toEqual([...en.cognates.keys()].sort());
    expect(nl.cognateLength).toBe(3);
  });

  it("lifts a candidate in the other language by its cognates, and not without the weight", () => {
    const candidates = new Map(docs.map((d) => [d.id, d]));
    // The fused score before the evidence filter, read through the re-rank hook.
    const raw = (cognate: number) => {
      const seen = new Map<string, number>();
      rankCandidates({
        source: nlSource,
        candidates,
        lists: [],
        idf: cidf,
        limit: 5,
        weights: { cognate },
        rerank: (ranked) => {
          for (const r of ranked) seen.set(r.id, r.raw);
          return ranked;
        },
      });
      return seen;
    };
    const without = raw(0);
    const withCognates = raw(4);
    expect(withCognates.get("sensors")! - without.get("sensors")!).toBeGreaterThan(0.5);
    expect(withCognates.get("bakery")).toBe(without.get("bakery"));
  });
});

describe("pseudo-relevance feedback terms", () => {
  it("takes the top documents' distinctive terms that the query lacks, weighted 0..1", () => {
    const texts = ["hitte koelte schaduw boom", "hitte koelte schaduw water", "fiets auto weg", "fiets bus weg", "boom water park"];
    const fidf = buildIdf(texts.map((text) => ({ text, lang: "nl" as const })));
    const top = texts.slice(0, 2).map((text) => ({ analyzed: analyze(text, "nl"), relevance: 1 }));
    const terms = feedbackTerms(top, analyze("hitte", "nl"), fidf, 3);
    expect(terms.has(stem("hitte", "nl"))).toBe(false);
    expect([...terms.keys()]).toContain(stem("koelte", "nl"));
    expect([...terms.keys()]).not.toContain(stem("fiets", "nl"));
    expect(Math.max(...terms.values())).toBe(1);
    expect(terms.size).toBeLessThanOrEqual(3);
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

describe("analyzeCandidate", () => {
  it("keeps a candidate's analysis by id and analyses it again when its text or language changes", () => {
    const first = analyzeCandidate(heat);
    expect(analyzeCandidate({ ...heat })).toBe(first);
    expect(first).toEqual(analyze(candidateText(heat), "en"));
    const edited = { ...heat, description: "Cooling centres in libraries during heatwaves." };
    const second = analyzeCandidate(edited);
    expect(second).not.toBe(first);
    expect(second).toEqual(analyze(candidateText(edited), "en"));
    expect(analyzeCandidate({ ...edited, lang: "nl" }).lang).toBe("nl");
  });
});
