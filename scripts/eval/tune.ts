/**
 * `npx tsx scripts/eval/tune.ts` — tunes the final ranking's parameters (rank.ts: BM25 k1/b/k3, pseudo-relevance
 * feedback, fusion weights) on BOTH evaluation sets together, never on one alone: the objective is the mean nDCG@10
 * of the real-text set and the development set, and a change is taken only when neither set falls. The Meilisearch candidates are fetched once per challenge; the
 * search is a small joint grid. It also runs the same selection on half of each set's challenges (two folds by
 * challenge) and reports the held-out half, so the gain can be told from fitting.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { Meilisearch } from "meilisearch";
import { createSearchClient } from "../../search/client";
import { startMeilisearch } from "../../search/launcher";
import { analyze, type Analyzed } from "../../search/match/analyze";
import { buildIdf, type Idf } from "../../search/match/idf";
import { fetchCandidates, type CandidateDocument } from "../../search/match/matcher";
import { candidateText, rankCandidates, RANK_PARAMS, RANK_WEIGHTS, type RankedList, type RankParams } from "../../search/match/rank";
import { resolveThemes } from "../../search/match/text";
import { settingsFor } from "../../search/settings";
import { readDocs } from "./evaluate-set";
import { mrrAtK, ndcgAtK, parseQrels, recallAtK } from "./metrics";

const here = path.dirname(fileURLToPath(import.meta.url));

interface Case {
  set: string;
  id: string;
  lang: "nl" | "en";
  labels: Map<string, number>;
  source: { id: string; title: string; text: string; themes: string[]; lang: "nl" | "en" };
  candidates: Map<string, CandidateDocument>;
  lists: RankedList[];
  idf: Idf;
  analyzed: Map<string, Analyzed>;
}

export interface Config {
  params: RankParams;
  weights: typeof RANK_WEIGHTS;
}

async function loadSet(client: Meilisearch, name: string): Promise<Case[]> {
  const dir = path.join(here, name);
  const docs = readDocs(path.join(dir, "docs.jsonl"));
  const qrels = parseQrels(fs.readFileSync(path.join(dir, "qrels.tsv"), "utf8"));
  const stated = (d: (typeof docs)[number]) =>
    Array.isArray(d.themes_if_stated) ? d.themes_if_stated.filter((t): t is string => typeof t === "string") : [];
  const themesOf = new Map(docs.map((d) => [d.id, resolveThemes(stated(d), `${d.title}\n${d.text}`)]));
  const solutions = docs.filter((d) => d.kind === "solution");
  const indexUid = `tune_${randomBytes(4).toString("hex")}_solutions`;
  await client.createIndex(indexUid, { primaryKey: "key" }).waitTask({ timeout: 60_000 });
  await client.index(indexUid).updateSettings(settingsFor("solutions")).waitTask({ timeout: 60_000 });
  await client
    .index(indexUid)
    .addDocuments(
      solutions.map((s) => ({
        key: Buffer.from(s.id).toString("hex"),
        id: s.id,
        title: s.title,
        summary: "",
        description: s.text,
        lang: s.lang,
        themes: themesOf.get(s.id) ?? [],
        themeLabels: [],
        deploymentNames: [],
      })),
    )
    .waitTask({ timeout: 120_000 });
  const idf = buildIdf(docs.map((d) => ({ text: `${d.title}\n${d.text}`, lang: d.lang })));
  const analyzed = new Map<string, Analyzed>();
  const cases: Case[] = [];
  for (const c of docs.filter((d) => d.kind === "challenge" && qrels.has(d.id))) {
    const source = { id: c.id, title: c.title, text: c.text, themes: themesOf.get(c.id) ?? [], lang: c.lang };
    // The queries' ranks as they counted before (title 1, terms 1.2, keywords 1): the `lists` weight tries them.
    const listWeights = { title: 1, terms: 1.2, keywords: 1 };
    const { candidates, lists } = await fetchCandidates<CandidateDocument>({ client, indexUid, source, idf, listWeights });
    if (process.env.TUNE_ALL_CANDIDATES) {
      // Diagnostic only: every solution is a candidate (what a perfect candidate generation would hand the ranking).
      for (const s of solutions)
        if (!candidates.has(s.id))
          candidates.set(s.id, { id: s.id, title: s.title, description: s.text, lang: s.lang, themes: themesOf.get(s.id) ?? [] });
    }
    for (const doc of candidates.values()) if (!analyzed.has(doc.id)) analyzed.set(doc.id, analyze(candidateText(doc), doc.lang));
    cases.push({ set: name, id: c.id, lang: c.lang, labels: qrels.get(c.id)!, source, candidates, lists, idf, analyzed });
  }
  await client.deleteIndexIfExists(indexUid).catch(() => {});
  return cases;
}

function run(c: Case, cfg: Config): string[] {
  return rankCandidates({
    source: c.source,
    candidates: c.candidates,
    lists: c.lists,
    idf: c.idf,
    limit: 10,
    params: cfg.params,
    weights: cfg.weights,
    analyzeDoc: (d) => c.analyzed.get(d.id)!,
  }).map((m) => m.id);
}

/** The joint grid (small on purpose: every point is one more chance to fit the sets). PRF is off: on whole-text
 * queries it lowered both sets at every weight tried (0.1–0.8, 2–8 documents, 5–80 terms). */
const GRID = {
  k1: [0.6, 0.9, 1.2, 1.6],
  b: [0.5, 0.75],
  k3: [1.5, 5, 1000],
  theme: [0.1, 0.25],
  lists: [0, 0.1, 0.25],
  cognate: [0, 1, 2, 3, 4, 6],
  cognateSame: [0, 0.1],
};

function* grid(): Generator<Config> {
  for (const k1 of GRID.k1)
    for (const b of GRID.b)
      for (const k3 of GRID.k3)
        for (const theme of GRID.theme)
          for (const lists of GRID.lists)
            for (const cognate of GRID.cognate)
              for (const cognateSame of GRID.cognateSame)
                yield {
                  params: { ...RANK_PARAMS, k1, b, k3 },
                  weights: { ...RANK_WEIGHTS, theme, lists, cognate, cognateSame },
                };
}

const describe = (c: Config) =>
  `k1=${c.params.k1} b=${c.params.b} k3=${c.params.k3} prf=${c.params.prf.docs}/${c.params.prf.terms}/${c.params.prf.weight} theme=${c.weights.theme} lists=${c.weights.lists} cognate=${c.weights.cognate}/${c.weights.cognateSame}`;

type Row = { cfg: Config; ndcg: number[]; mrr: number[] };

function evaluate(cases: Case[], cfg: Config): Row {
  const runs = cases.map((c) => run(c, cfg));
  return { cfg, ndcg: runs.map((r, i) => ndcgAtK(r, cases[i].labels)), mrr: runs.map((r, i) => mrrAtK(r, cases[i].labels)) };
}

/** nDCG@10 and MRR@10 of every case under every grid point (computed once; the selections below only read it). */
function evaluateGrid(cases: Case[]): Row[] {
  return [...grid()].map((cfg) => evaluate(cases, cfg));
}

/** MRR@10 of a set may fall at most this much (the first suggestion matters most to a reader). */
const MRR_TOLERANCE = 0.02;

/**
 * The grid point with the highest mean of the two sets' nDCG@10 over the given cases, among those where neither
 * set's nDCG@10 falls below the previous ranking (`baseline`, the same cases) nor its MRR@10 by more than
 * MRR_TOLERANCE: a change that helps one set and hurts the other is not taken.
 */
function select(cases: Case[], table: Row[], include: (i: number) => boolean, baseline: Row) {
  const sets = [...new Set(cases.map((c) => c.set))];
  const bySet = (xs: number[]) =>
    sets.map((set) => {
      const idx = cases.map((_, i) => i).filter((i) => cases[i].set === set && include(i));
      return idx.reduce((sum, i) => sum + xs[i], 0) / (idx.length || 1);
    });
  const base = bySet(baseline.ndcg);
  const baseMrr = bySet(baseline.mrr);
  let best = { cfg: baseline.cfg, objective: base.reduce((a, b) => a + b, 0) / base.length };
  for (const row of table) {
    const v = bySet(row.ndcg);
    if (v.some((x, i) => x < base[i])) continue;
    if (bySet(row.mrr).some((x, i) => x < baseMrr[i] - MRR_TOLERANCE)) continue;
    const objective = v.reduce((a, b) => a + b, 0) / v.length;
    if (objective > best.objective) best = { cfg: row.cfg, objective };
  }
  return best;
}

function report(label: string, cases: Case[], cfg: Config) {
  const parts: string[] = [];
  for (const set of [...new Set(cases.map((c) => c.set))]) {
    for (const lang of ["all", "nl", "en"] as const) {
      const cs = cases.filter((c) => c.set === set && (lang === "all" || c.lang === lang));
      const ndcg = cs.reduce((s, c) => s + ndcgAtK(run(c, cfg), c.labels), 0) / (cs.length || 1);
      const mrr = cs.reduce((s, c) => s + mrrAtK(run(c, cfg), c.labels), 0) / (cs.length || 1);
      parts.push(`${set}/${lang} ${ndcg.toFixed(3)} (MRR ${mrr.toFixed(3)})`);
    }
  }
  console.log(`${label.padEnd(28)} ${parts.join("  ")}`);
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-tune-"));
  const meili = await startMeilisearch({ dataDir: tmp });
  const client = createSearchClient({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "" });
  let cases: Case[];
  try {
    cases = [...(await loadSet(client, "realset")), ...(await loadSet(client, "devset"))];
  } finally {
    await meili.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // Candidate generation: how many labelled solutions are among the candidates at all (the ceiling of recall).
  for (const set of ["realset", "devset"]) {
    const cs = cases.filter((c) => c.set === set);
    const inCandidates = cs.reduce((s, c) => s + recallAtK([...c.candidates.keys()], c.labels, Infinity), 0) / cs.length;
    const size = cs.reduce((s, c) => s + c.candidates.size, 0) / cs.length;
    console.log(`${set}: labelled solutions among the candidates ${inCandidates.toFixed(3)}, ${size.toFixed(1)} candidates per challenge`);
  }
  // The ranking before this tuning (ADR 0023 as first written): the baseline every choice must not fall below.
  const previous: Config = {
    params: { k1: 1.2, b: 0.75, k3: 1.5, prf: { docs: 0, terms: 0, weight: 0 } },
    weights: { ...RANK_WEIGHTS, theme: 0.25, lists: 0.25, cognate: 0, cognateSame: 0 },
  };
  report("previous ranking", cases, previous);
  report("current (rank.ts)", cases, { params: RANK_PARAMS, weights: RANK_WEIGHTS });
  const baseline = evaluate(cases, previous);
  const table = evaluateGrid(cases);
  const chosen = select(cases, table, () => true, baseline);
  console.log(`grid of ${table.length} points; chosen on both sets (mean ${chosen.objective.toFixed(4)}): ${describe(chosen.cfg)}`);
  report("chosen", cases, chosen.cfg);
  // Two folds by challenge within each set (alternating in id order): choose on one half of both sets, test on the other.
  const fold = cases.map((c) => cases.filter((x) => x.set === c.set).map((x) => x.id).sort().indexOf(c.id) % 2);
  const heldOut = cases.map(() => 0);
  for (const f of [0, 1]) {
    const pick = select(cases, table, (i) => fold[i] !== f, baseline);
    console.log(`fold ${f}: chosen on the other half → ${describe(pick.cfg)}`);
    const row = table.find((r) => r.cfg === pick.cfg) ?? baseline;
    cases.forEach((_, i) => {
      if (fold[i] === f) heldOut[i] = row.ndcg[i];
    });
  }
  for (const set of ["realset", "devset"]) {
    const parts: string[] = [];
    for (const lang of ["all", "nl", "en"] as const) {
      const idx = cases.map((_, i) => i).filter((i) => cases[i].set === set && (lang === "all" || cases[i].lang === lang));
      const mean = (xs: number[]) => idx.reduce((s, i) => s + xs[i], 0) / idx.length;
      parts.push(`${lang} ${mean(baseline.ndcg).toFixed(3)} → ${mean(heldOut).toFixed(3)}`);
    }
    console.log(`2-fold CV held-out nDCG@10 (previous → chosen on the other half), ${set}: ${parts.join("  ")}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
