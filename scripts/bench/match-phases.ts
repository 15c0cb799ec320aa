/**
 * `npx tsx scripts/bench/match-phases.ts [--solutions 100000 --challenges 20000 --matches 100 --rounds 1 --explore]`
 * Where the time of one uncached match suggestion goes, on the corpus of bench:search (match-corpus.ts; the index
 * is kept in --data, default /tmp/opgavenmarkt-match-bench, and reused). Prints p50/p95 of findMatches end to end
 * with a cold and a warm cache of analysed candidates, and of the matcher's steps apart: planning, the Meilisearch
 * requests (with Meilisearch's own processing time), the cut, and the ranking (analysing candidates vs scoring).
 * `--explore` adds request variants (fields retrieved, one vs several requests, query kinds alone).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { MultiSearchQuery } from "meilisearch";
import { analyze } from "../../search/match/analyze";
import { analyzeSource, findMatches, matchQueries, MAX_RANKED_CANDIDATES, SEARCH_REQUESTS } from "../../search/match/matcher";
import { analyzeCandidate, candidateText, clearAnalysedCandidates, rankCandidates, type RankCandidate } from "../../search/match/rank";
import { setupMatchBench } from "./match-corpus";

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), mean: samples.reduce((s, x) => s + x, 0) / (samples.length || 1) };
}
const fmt = (s: number[]) => {
  const p = percentiles(s);
  return `p50 ${p.p50.toFixed(1).padStart(6)}  p95 ${p.p95.toFixed(1).padStart(6)}  mean ${p.mean.toFixed(1).padStart(6)}`;
};

async function main() {
  const { values } = parseArgs({
    options: {
      solutions: { type: "string", default: "100000" },
      challenges: { type: "string", default: "20000" },
      matches: { type: "string", default: "100" },
      rounds: { type: "string", default: "1" },
      data: { type: "string", default: "/tmp/opgavenmarkt-match-bench" },
      explore: { type: "boolean", default: false },
    },
  });
  const log = (line: string) => console.log(`[match-phases] ${line}`);
  const bench = await setupMatchBench({
    solutions: Number(values.solutions),
    challenges: Number(values.challenges),
    matches: Number(values.matches),
    dataDir: values.data,
    log,
  });
  const { client, indexUid, idf, sources } = bench;
  const phases = new Map<string, number[]>();
  const add = (name: string, value: number) => phases.set(name, [...(phases.get(name) ?? []), value]);
  try {
    // Warm-up (JIT, connections).
    for (const source of sources.slice(0, 10)) await findMatches({ client, indexUid, source, idf, limit: 5 });
    clearAnalysedCandidates();

    const seen = new Set<string>();
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const source of sources) {
        // End to end, no analysed candidates kept.
        let t0 = performance.now();
        await findMatches({ client, indexUid, source, idf, limit: 5 });
        add("findMatches, cold (ms)", performance.now() - t0);
        clearAnalysedCandidates();

        // The same steps apart (cold).
        t0 = performance.now();
        const analyzedSource = analyzeSource(source);
        const { queries } = matchQueries({ indexUid, source, idf, analyzedSource });
        add("1 plan: analyse the source, pick words/terms (ms)", performance.now() - t0);
        t0 = performance.now();
        const parts = [...Array(SEARCH_REQUESTS).keys()].map((k) => queries.filter((_, i) => i % SEARCH_REQUESTS === k));
        const responses = await Promise.all(parts.map((part) => client.multiSearch<{ queries: MultiSearchQuery[] }, RankCandidate>({ queries: part })));
        const results = responses.flatMap((r) => r.results);
        const searchMs = performance.now() - t0;
        add(`2 Meilisearch: ${SEARCH_REQUESTS} multi-search requests (ms)`, searchMs);
        add("2a   its processingTimeMs, summed over queries (ms)", results.reduce((s, r) => s + r.processingTimeMs, 0));
        add("     queries", queries.length);
        add("     hits returned", results.reduce((s, r) => s + r.hits.length, 0));
        t0 = performance.now();
        const candidates = new Map<string, RankCandidate>();
        const firstStage = new Map<string, number>();
        for (const result of results) {
          result.hits.forEach((hit, rank) => {
            if (hit.id === source.id) return;
            if (!candidates.has(hit.id)) candidates.set(hit.id, hit);
            firstStage.set(hit.id, (firstStage.get(hit.id) ?? 0) + 1 / (10 + rank));
          });
        }
        const keep = [...firstStage.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_RANKED_CANDIDATES);
        const kept = new Map(keep.map(([id]) => [id, candidates.get(id)!]));
        add("3 cut to the candidates ranked (ms)", performance.now() - t0);
        add("     candidates seen in an earlier list (%)", (100 * [...kept.keys()].filter((id) => seen.has(id)).length) / (kept.size || 1));
        for (const id of kept.keys()) seen.add(id);
        let analyseMs = 0;
        t0 = performance.now();
        rankCandidates({
          source,
          candidates: kept,
          lists: [],
          idf,
          limit: 5,
          analyzedSource,
          analyzeDoc: (doc) => {
            const a0 = performance.now();
            const a = analyzeCandidate(doc);
            analyseMs += performance.now() - a0;
            return a;
          },
        });
        const rankMs = performance.now() - t0;
        clearAnalysedCandidates();
        add("4 rank (ms)", rankMs);
        add("4a   analyse candidate texts (ms)", analyseMs);
        add("4b   score, reasons (ms)", rankMs - analyseMs);
        t0 = performance.now();
        for (const doc of kept.values()) analyze(candidateText(doc), doc.lang);
        add("     analyse candidate texts again, warm (ms)", performance.now() - t0);
      }
    }

    // End to end, the analysed candidates kept from the earlier lists (as in the app).
    for (const source of sources) {
      const t0 = performance.now();
      await findMatches({ client, indexUid, source, idf, limit: 5 });
      add("findMatches, analysed candidates kept (ms)", performance.now() - t0);
    }

    if (values.explore) {
      const RANK_FIELDS = ["id", "slug", "title", "summary", "description", "lang", "themes", "deploymentNames", "provinceCodes", "organisationName"];
      const send = async (name: string, parts: MultiSearchQuery[][]) => {
        const t0 = performance.now();
        const responses = await Promise.all(parts.filter((p) => p.length).map((queries) => client.multiSearch({ queries })));
        add(`${name}: round trip (ms)`, performance.now() - t0);
        const results = responses.flatMap((r) => r.results);
        add(`${name}: processingTimeMs (ms)`, results.reduce((s, r) => s + r.processingTimeMs, 0));
        add(`${name}: response (kB)`, JSON.stringify(results).length / 1000);
      };
      const halves = <Q>(qs: Q[], n = 2) => [...Array(n).keys()].map((k) => qs.filter((_, i) => i % n === k));
      for (const source of sources) {
        const { plan, queries } = matchQueries({ indexUid, source, idf });
        const ids = queries.map((x) => ({ ...x, attributesToRetrieve: ["id"] }));
        await send("x1 one request", [queries]);
        await send("x2 one request, ranking fields only", [queries.map((x) => ({ ...x, attributesToRetrieve: RANK_FIELDS }))]);
        await send("x3 one request, ids only", [ids]);
        await send("x4 two requests", halves(queries));
        await send("x5 two requests, ids only", halves(ids));
        await send("x6 three requests, ids only", halves(ids, 3));
        await send("x7 ids only, word queries", [ids.filter((_, i) => plan[i].kind === "word")]);
        await send("x8 ids only, term queries", [ids.filter((_, i) => plan[i].kind === "terms")]);
        await send("x9 ids only, theme query", [ids.filter((_, i) => plan[i].kind === "themeOnly")]);
      }
    }
    console.log(`\nMatch phases (${values.solutions} solutions, ${values.challenges} challenges, ${sources.length} sources × ${values.rounds} rounds)`);
    for (const [name, samples] of phases) console.log(`  ${name.padEnd(52)} ${fmt(samples)}`);
  } finally {
    await bench.meili.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
