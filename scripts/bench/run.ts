/**
 * `npm run bench:search [-- --solutions 100000 --challenges 20000 --queries 300]`
 * Generates a realistic corpus in a fresh database and Meilisearch (never the app's), then prints in one
 * run: indexing throughput, p50/p95 of a raw Meilisearch query, the app's search function, the search
 * page over HTTP and match suggestions, and the outbox lag from commit to searchable. Two baselines: one plain
 * query, and the very request the app sends (made with the app's own query builder) sent straight from the
 * client; the app's overhead is its time over the latter. Targets from the issue are printed beside them.
 */
import { performance } from "node:perf_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { THEME_SLUGS } from "../../db/reference/themes";
import { stableUuid } from "../../db/seed/ids";
import { closeHttpServer, startHttpServer } from "../../server/http";
import { freePort } from "../../shared/ports";
import { startTestStack } from "../../server/test-stack";
import { createSearchClient, indexName, searchConfigFromEnv } from "../../search/client";
import { filterIn } from "../../search/filter";
import { enqueueSearchSync, startOutboxWorker } from "../../search/outbox";
import { rebuildAllIndexes } from "../../search/reindex";
import { createDb } from "../../db/client";
import { insertCorpus, queries as makeQueries, rng } from "./corpus";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), n: sorted.length };
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function main() {
  const { values } = parseArgs({
    options: {
      solutions: { type: "string", default: "100000" },
      challenges: { type: "string", default: "20000" },
      queries: { type: "string", default: "300" },
      matches: { type: "string", default: "100" },
      lag: { type: "string", default: "100" },
    },
  });
  const nSolutions = Number(values.solutions);
  const nChallenges = Number(values.challenges);
  const nQueries = Number(values.queries);
  const log = (line: string) => console.log(`[bench] ${line}`);
  process.env.NODE_ENV = "production";

  log(`starting a fresh stack (database ${process.env.TEST_DATABASE_URL ? "on TEST_DATABASE_URL" : "embedded"}, own Meilisearch)…`);
  const stack = await startTestStack({ seed: false, outboxWorker: false, mailWorker: false, log });
  const { sql } = createDb(stack.databaseUrl, { max: 4 });
  const results: [string, string][] = [];
  try {
    // 1. Corpus in PostgreSQL.
    let t = performance.now();
    await insertCorpus(sql, nChallenges, nSolutions);
    log(`corpus: ${nChallenges} challenges, ${nSolutions} solutions (~180 words each) in PostgreSQL in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // 2. Indexing throughput (rebuild from PostgreSQL until searchable).
    const config = searchConfigFromEnv();
    const client = createSearchClient(config);
    t = performance.now();
    const counts = await rebuildAllIndexes(client, config, sql);
    const indexSeconds = (performance.now() - t) / 1000;
    const docs = counts.challenges + counts.solutions;
    results.push(["indexing (rebuild, until searchable)", `${docs} docs in ${indexSeconds.toFixed(1)} s = ${Math.round(docs / indexSeconds)} docs/s`]);

    // 3. Queries: raw Meilisearch vs the app's search function vs the page over HTTP.
    const qs = makeQueries(rng(7), nQueries);
    const uid = indexName(config, "challenges");
    const raw: number[] = [];
    for (const q of qs) {
      raw.push(
        await time(() =>
          client.index(uid).search(q.q, {
            filter: q.theme ? [`themes = "${q.theme}"`] : [],
            hitsPerPage: 12,
            page: 1,
            facets: ["themes"],
          }),
        ),
      );
    }
    const { searchChallenges, searchQueries } = await import("../../app/domain/search.server");
    const paramsOf = (q: (typeof qs)[number]) => ({ q: q.q, page: 1, sort: "" as const, selection: q.theme ? { themes: [q.theme] } : {} });
    // The same Meilisearch request the app sends (all facets, highlighting, the disjunctive facet query when a
    // theme is ticked), straight from the client: the app's own overhead is measured against this.
    const rawApp: number[] = [];
    for (const q of qs) rawApp.push(await time(() => client.multiSearch({ queries: searchQueries("challenges", uid, paramsOf(q)) })));
    const app: number[] = [];
    for (const q of qs) app.push(await time(() => searchChallenges(paramsOf(q), async () => [], [])));
    // 4. Match suggestions for challenges (the IDF table is built once, timed separately).
    const { solutionsForChallenge } = await import("../../app/domain/matching.server");
    const { getPublicChallenge } = await import("../../app/domain/challenges/challenges.repository.server");
    const pr = rng(99);
    const sample: NonNullable<Awaited<ReturnType<typeof getPublicChallenge>>>[] = [];
    for (let i = 0; i < Number(values.matches); i++) {
      const c = await getPublicChallenge(`bench-challenge-${Math.floor(pr() * nChallenges)}`);
      if (c) sample.push(c);
    }
    const idfMs = await time(() => solutionsForChallenge(sample[0]));
    const match: number[] = [];
    for (const c of sample) match.push(await time(() => solutionsForChallenge(c)));
    // The same questions again: answered from the suggestion cache (ADR 0022) while the index generation holds.
    const matchCached: number[] = [];
    for (const c of sample) matchCached.push(await time(() => solutionsForChallenge(c)));
    // Where the match time goes: each planned query alone, and the document fetch for the shown results.
    const { challengeMatchSource, getIdf } = await import("../../app/domain/matching.server");
    const { matchQueries } = await import("../../search/match/matcher");
    const idf = await getIdf();
    const solUid = indexName(config, "solutions");
    const byKind = new Map<string, number[]>();
    const fetchDocs: number[] = [];
    for (const c of sample) {
      const { plan, queries } = matchQueries({ indexUid: solUid, source: challengeMatchSource(c), idf });
      const ids: string[] = [];
      for (const [i, { indexUid: _uid, ...query }] of queries.entries()) {
        let hits: { id: string }[] = [];
        const ms = await time(async () => {
          hits = (await client.index(solUid).search(query.q ?? "", query)).hits as { id: string }[];
        });
        const list = byKind.get(plan[i].kind) ?? [];
        list.push(ms);
        byKind.set(plan[i].kind, list);
        ids.push(...hits.map((h) => h.id));
      }
      const shown = [...new Set(ids)].slice(0, 5);
      fetchDocs.push(await time(() => client.index(solUid).getDocuments({ filter: filterIn("id", shown), limit: shown.length })));
    }

    // 5. Outbox lag: commit → searchable, with the worker running.
    const worker = await startOutboxWorker(sql, client, config, { log });
    const lag: number[] = [];
    const sol = indexName(config, "solutions");
    for (let i = 0; i < Number(values.lag); i++) {
      const id = stableUuid(`bench:solution:${i * 7}`);
      const marker = `lagmarker${i}x${Date.now().toString(36)}`;
      const t0 = performance.now();
      await sql.begin(async (tx) => {
        await tx`update solutions set summary = ${marker}, updated_at = now() where id = ${id}`;
        await enqueueSearchSync(tx, "solution", [id]);
      });
      while ((await client.index(sol).search(marker, { limit: 1 })).hits.length === 0) {
        if (performance.now() - t0 > 30_000) throw new Error("outbox lag above 30 s");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      lag.push(performance.now() - t0);
    }
    await worker.stop();

    // The HTTP server is last: closing it ends the app module's database pool.
    const page: number[] = [];
    const port = await freePort();
    const server = await startHttpServer({ root, port, host: "127.0.0.1" });
    try {
      // Warm-up at other addresses: the timed requests are rendered, not answered by the page cache (ADR 0030).
      for (const q of qs.slice(0, 20)) await (await fetch(`http://127.0.0.1:${port}/opgaven?q=${encodeURIComponent(q.q)}&warmup=1`)).text();
      for (const q of qs) {
        const url = `http://127.0.0.1:${port}/opgaven?q=${encodeURIComponent(q.q)}${q.theme ? `&thema=${q.theme}` : ""}`;
        page.push(
          await time(async () => {
            const res = await fetch(url);
            await res.text();
            if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
          }),
        );
      }
    } finally {
      await closeHttpServer(server);
    }

    const fmt = (s: number[]) => {
      const p = percentiles(s);
      return `p50 ${p.p50.toFixed(1)} ms  p95 ${p.p95.toFixed(1)} ms  (n=${p.n})`;
    };
    const rawP = percentiles(raw);
    const rawAppP = percentiles(rawApp);
    const appP = percentiles(app);
    results.push(["raw Meilisearch query (baseline)", fmt(raw)]);
    results.push(["raw Meilisearch, the app's request", `${fmt(rawApp)}  (4 facets, highlighting, +1 query per ticked facet)`]);
    results.push([
      "app search function",
      `${fmt(app)}  overhead p50 ${(appP.p50 / rawAppP.p50).toFixed(2)}x vs its request (target < 1.5x), ${(appP.p50 / rawP.p50).toFixed(2)}x vs one plain query`,
    ]);
    results.push(["search page over HTTP", `${fmt(page)}  (target p95 < 50 ms)`]);
    results.push(["match suggestions", `${fmt(match)}  (target p95 < 100 ms; first call with IDF build ${(idfMs / 1000).toFixed(1)} s)`]);
    results.push(["match suggestions, cached", `${fmt(matchCached)}  (target p95 < 5 ms)`]);
    for (const [kind, samples] of byKind) results.push([`  match stage: ${kind} query alone`, fmt(samples)]);
    results.push(["  match stage: fetch shown documents", fmt(fetchDocs)]);
    results.push(["outbox lag commit → searchable", `${fmt(lag)}  (target p95 < 1000 ms)`]);
    const mem = process.memoryUsage();
    results.push(["bench process RSS", `${Math.round(mem.rss / 1024 / 1024)} MiB`]);
  } finally {
    await sql.end();
    const { getDbHandle } = await import("../../app/domain/db.server").catch(() => ({ getDbHandle: null }));
    await getDbHandle?.().sql.end().catch(() => {});
    await stack.stop();
  }
  console.log(`\nSearch benchmark (${nSolutions} solutions, ${nChallenges} challenges, themes: ${THEME_SLUGS.length})`);
  for (const [name, value] of results) console.log(`  ${name.padEnd(36)} ${value}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
