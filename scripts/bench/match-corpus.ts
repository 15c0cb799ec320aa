/**
 * The corpus of bench:search for match measurements (scripts/bench/match-phases.ts): the same generator and seed,
 * built straight into a Meilisearch of its own without PostgreSQL, with the corpus statistics and the sample of
 * challenges bench:search asks suggestions for. The index and the statistics are kept in `dataDir` and reused by
 * the next run with the same sizes.
 */
import { performance } from "node:perf_hooks";
import fs from "node:fs";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { stableUuid } from "../../db/seed/ids";
import { createSearchClient } from "../../search/client";
import { startMeilisearch, type MeiliProcess } from "../../search/launcher";
import { analyze, stem, tokens } from "../../search/match/analyze";
import { idfFromCounts, type Idf } from "../../search/match/idf";
import type { MatchSource } from "../../search/match/matcher";
import { candidateText } from "../../search/match/rank";
import { settingsFor } from "../../search/settings";
import { rng, text, themesFor, title } from "./corpus";

/** The corpus of scripts/bench/corpus.ts insertCorpus (same random sequence), as index documents. */
export function corpus(nChallenges: number, nSolutions: number, seed = 42) {
  const r = rng(seed);
  const challenges: { id: string; slug: string; lang: "nl" | "en"; title: string; summary: string; problemStatement: string; localContext: string; desiredOutcome: string; themes: string[] }[] = [];
  for (let j = 0; j < nChallenges; j++) {
    const lang = r() < 0.8 ? "nl" : "en";
    const themes = themesFor(r);
    r(); // the owning body
    challenges.push({
      id: stableUuid(`bench:challenge:${j}`),
      slug: `bench-challenge-${j}`,
      lang,
      title: title(r, themes, lang),
      summary: text(r, themes, lang, 30),
      problemStatement: text(r, themes, lang, 90),
      localContext: text(r, themes, lang, 30),
      desiredOutcome: text(r, themes, lang, 30),
      themes,
    });
  }
  const solutions = [];
  for (let j = 0; j < nSolutions; j++) {
    const lang: "nl" | "en" = r() < 0.5 ? "nl" : "en";
    const themes = themesFor(r);
    const doc = {
      id: stableUuid(`bench:solution:${j}`),
      slug: `bench-solution-${j}`,
      lang,
      title: title(r, themes, lang),
      summary: text(r, themes, lang, 30),
      description: text(r, themes, lang, 150),
      themes,
      themeLabels: themes.map((t) => `${t} / ${t}`),
      sdgs: [],
      maturity: ["idee", "prototype", "pilot", "bewezen", "opgeschaald"][j % 5],
      targetGroups: [],
      assurances: [],
      organisationId: stableUuid(`bench:company:${j % Math.max(1, Math.round(nSolutions / 25))}`),
      organisationName: `Bench Company ${j % Math.max(1, Math.round(nSolutions / 25))}`,
      organisationSlug: `bench-company-${j % Math.max(1, Math.round(nSolutions / 25))}`,
      deploymentCodes: [] as string[],
      deploymentNames: [] as string[],
      deploymentCount: 0,
      provinceCodes: [] as string[],
      publishedAt: 1767225600 + j * 30,
    };
    if (r() < 0.3) {
      r(); // the region
      doc.deploymentCodes = ["GM0344"];
      doc.deploymentNames = ["Utrecht"];
      doc.deploymentCount = 1;
      doc.provinceCodes = ["PV26"];
    }
    solutions.push(doc);
  }
  return { challenges, solutions };
}

/** The corpus statistics of buildIdf, kept in a file next to the index (building them takes half a minute). */
function cachedIdf(file: string, texts: { text: string; lang: "nl" | "en" }[]): { idf: Idf; words: { nl: string[]; en: string[] } } {
  if (fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, "utf8"));
    // Warm the stem cache as building the table does in the app.
    for (const lang of ["nl", "en"] as const) for (const w of saved.words[lang] as string[]) stem(w, lang);
    return { idf: idfFromCounts(new Map(saved.df), saved.n, saved.total, saved.totalCognates), words: saved.words };
  }
  const df = new Map<string, number>();
  let total = 0;
  let totalCognates = 0;
  const words = { nl: new Set<string>(), en: new Set<string>() };
  for (const item of texts) {
    for (const w of tokens(item.text)) words[item.lang].add(w);
    const a = analyze(item.text, item.lang);
    total += a.length;
    totalCognates += a.cognateLength;
    for (const term of a.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const key of a.cognates.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const list = { nl: [...words.nl], en: [...words.en] };
  fs.writeFileSync(file, JSON.stringify({ n: texts.length, total, totalCognates, df: [...df], words: list }));
  return { idf: idfFromCounts(df, texts.length, total, totalCognates), words: list };
}

export interface MatchBench {
  meili: MeiliProcess;
  client: Meilisearch;
  indexUid: string;
  idf: Idf;
  /** The challenges bench:search asks solutions for (rng 99), as app/domain/matching.server.ts makes the question. */
  sources: MatchSource[];
  /** The words of the corpus by language (to warm another stem cache). */
  words: { nl: string[]; en: string[] };
}

export async function setupMatchBench(options: { solutions: number; challenges: number; matches: number; dataDir: string; log: (line: string) => void }): Promise<MatchBench> {
  const { solutions: nSolutions, challenges: nChallenges, log } = options;
  let t = performance.now();
  const { challenges, solutions } = corpus(nChallenges, nSolutions);
  log(`corpus generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const meili = await startMeilisearch({ dataDir: options.dataDir, maxIndexingMemory: "1GiB" });
  const client = createSearchClient({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "" });
  const indexUid = `bench_solutions_${nSolutions}`;
  try {
    const stats = await client.index(indexUid).getStats().catch(() => undefined);
    if (stats?.numberOfDocuments !== nSolutions) {
      t = performance.now();
      await client.deleteIndexIfExists(indexUid);
      await client.createIndex(indexUid, { primaryKey: "id" }).waitTask({ timeout: 60_000 });
      await client.index(indexUid).updateSettings(settingsFor("solutions")).waitTask({ timeout: 60_000 });
      for (let i = 0; i < solutions.length; i += 20_000) {
        await client.index(indexUid).addDocuments(solutions.slice(i, i + 20_000)).waitTask({ timeout: 3_600_000, interval: 500 });
        log(`indexed ${Math.min(solutions.length, i + 20_000)} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      }
    } else log(`reusing index ${indexUid}`);
    t = performance.now();
    const { idf, words } = cachedIdf(path.join(options.dataDir, `idf-${nSolutions}-${nChallenges}.json`), [
      ...challenges.map((c) => ({ text: candidateText(c), lang: c.lang })),
      ...solutions.map((s) => ({ text: candidateText(s), lang: s.lang })),
    ]);
    log(`IDF over ${idf.n} texts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const pr = rng(99);
    const sources: MatchSource[] = [];
    for (let i = 0; i < options.matches; i++) {
      const c = challenges[Math.floor(pr() * nChallenges)];
      const text = [c.summary, c.problemStatement, c.localContext, null, c.desiredOutcome, null].join("\n");
      sources.push({ id: c.id, title: c.title, text, themes: c.themes, provinceCodes: [], lang: c.lang });
    }
    return { meili, client, indexUid, idf, sources, words };
  } catch (err) {
    await meili.stop();
    throw err;
  }
}
