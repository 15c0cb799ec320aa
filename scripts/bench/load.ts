/**
 * `npm run bench:load [-- --quick]` — throughput and latency of the real app under load, beside the raw Meilisearch request.
 * Starts a fresh stack with the demo data (own database on TEST_DATABASE_URL's server or embedded, own
 * Meilisearch) and the app's HTTP server in a child process on loopback, then runs autocannon for
 * BENCH_DURATION seconds (default 10, 3 with --quick) at each of BENCH_CONNECTIONS (default "8,32") against: /opgaven, a search
 * with a query, theme and province, a challenge page, a solution page, /healthz, and the very /multi-search
 * request the search page sends to Meilisearch (same body, same key). Prints req/s, p50/p95/p99, non-2xx, the
 * ratio app/raw for the search page, and the app's RSS before and after. Stops everything by itself.
 *
 * `-- --corpus 100000,20000` fills the fresh stack with the generated corpus of bench:search instead (solutions,
 * challenges; scripts/bench/corpus.ts) and indexes it before the app starts. WEB_CONCURRENCY is passed to the app
 * (several HTTP processes on one port, server/cluster.ts); its RSS is then the sum over the processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { parseArgs } from "node:util";
import { createDb } from "../../db/client";
import { createSearchClient, indexName, searchConfigFromEnv } from "../../search/client";
import { rebuildAllIndexes } from "../../search/reindex";
import { startTestStack } from "../../server/test-stack";
import { freePort, waitFor } from "../../shared/ports";
import { samplePages } from "./app";
import { insertCorpus } from "./corpus";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, corpus: { type: "string" } } });
const QUICK = args.quick;
/** [solutions, challenges] of the generated corpus, or null for the demo data. */
const CORPUS = args.corpus ? (args.corpus.split(",").map(Number) as [number, number]) : null;
if (CORPUS && (CORPUS.length !== 2 || !CORPUS.every((n) => Number.isInteger(n) && n > 0))) {
  throw new Error("--corpus takes two positive numbers: solutions,challenges (e.g. 100000,20000)");
}
const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 3 : 10));
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "8,32").split(",").map(Number);
const log = (line: string) => console.error(`[load] ${line}`);

interface Target {
  name: string;
  url: string;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  /** Every request with its own address (a counter in the query string), so none is answered by the page cache. */
  uncached?: boolean;
  /** The name of the raw Meilisearch row this page is compared with. */
  raw?: string;
}

interface Row {
  name: string;
  raw?: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The app's CPU time per request in this row (ms): less sensitive to other load on the machine than req/s. */
  cpuMs?: number;
}

/** RSS of a process and its descendants (the app's cluster workers), in MiB. */
const rssMiB = (pid: number): number => {
  const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  let kb = m ? Number(m[1]) : NaN;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of children ? children.split(" ") : []) kb += rssMiB(Number(child)) * 1024;
  }
  return Math.round(kb / 1024);
};

/** CPU seconds (user + system) of a process and its descendants so far. */
const cpuSeconds = (pid: number): number => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  let ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of children ? children.split(" ") : []) ticks += cpuSeconds(Number(child)) * 100;
  }
  return ticks / 100; // USER_HZ
};

function pct(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function run(target: Target, connections: number, duration = DURATION): Promise<Row> {
  const samples: number[] = [];
  let n = 0;
  const path = new URL(target.url).pathname + new URL(target.url).search;
  const sep = path.includes("?") ? "&" : "?";
  const requests: autocannon.Request[] = [{ setupRequest: (req) => ({ ...req, path: `${path}${sep}bench=${n++}` }) }];
  const uncached = target.uncached ? { requests } : {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: target.method ?? "GET",
        body: target.body,
        headers: target.headers,
        connections,
        duration,
        timeout: 10,
        ...uncached,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  samples.sort((a, b) => a - b);
  return {
    name: target.name,
    raw: target.raw,
    connections,
    rps: result.requests.total / duration,
    p50: pct(samples, 50),
    p95: pct(samples, 95),
    p99: pct(samples, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Database queries and Meilisearch requests per page view, and the bytes of its HTML and its loader data. */
async function workPerRequest(base: string, targets: Target[]) {
  const out: { name: string; db: number; search: number; html: string; data: string; cacheControl: string }[] = [];
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  let n = 0;
  // A render each time (its own address, as the uncached rows): the work a page view costs when it is not cached.
  const fresh = (href: string) => `${href}${href.includes("?") ? "&" : "?"}work=${n++}`;
  for (const t of targets.filter((x) => x.url.startsWith(base) && !x.url.endsWith("/healthz") && !x.uncached && !x.headers)) {
    const db: number[] = [];
    const search: number[] = [];
    let html = 0;
    let cacheControl = "";
    for (let i = 0; i < 5; i++) {
      const res = await fetch(fresh(t.url));
      html = (await res.arrayBuffer()).byteLength;
      cacheControl = res.headers.get("Cache-Control") ?? "–";
      const timing = res.headers.get("Server-Timing") ?? "";
      db.push(Number(/db;desc="(\d+)"/.exec(timing)?.[1] ?? NaN));
      search.push(Number(/search;desc="(\d+)"/.exec(timing)?.[1] ?? NaN));
    }
    const u = new URL(t.url);
    u.pathname = u.pathname === "/" ? "/_root.data" : `${u.pathname}.data`;
    const data = (await (await fetch(u)).arrayBuffer()).byteLength;
    out.push({ name: t.name, db: median(db), search: median(search), html: (html / 1024).toFixed(1), data: (data / 1024).toFixed(1), cacheControl });
  }
  return out;
}

/** Requests left in flight when a row ends must not count against the next: wait until /healthz is quick again. */
async function settle(base: string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const t = Date.now();
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok && Date.now() - t < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main() {
  process.env.NODE_ENV = "production";
  const data = CORPUS ? `generated corpus: ${CORPUS[0]} solutions + ${CORPUS[1]} challenges` : "demo data";
  log(`starting a fresh stack with ${data} (database ${process.env.TEST_DATABASE_URL ? "on TEST_DATABASE_URL" : "embedded"}, own Meilisearch)…`);
  const stack = await startTestStack({ seed: !CORPUS, outboxWorker: true, mailWorker: false });
  if (CORPUS) {
    const t0 = Date.now();
    const { sql } = createDb(stack.databaseUrl, { max: 4 });
    try {
      await insertCorpus(sql, CORPUS[1], CORPUS[0]);
      log(`corpus in PostgreSQL in ${((Date.now() - t0) / 1000).toFixed(1)} s; indexing…`);
      const config = searchConfigFromEnv();
      const counts = await rebuildAllIndexes(createSearchClient(config), config, sql);
      log(`indexed ${counts.challenges} challenges and ${counts.solutions} solutions; ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
    } finally {
      await sql.end();
    }
  }
  const processes = Number(process.env.WEB_CONCURRENCY || 1);
  let child: ChildProcess | null = null;
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the app (each process) into that folder, for where the time goes.
    const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
    // BENCH_NODE_ARGS: V8/Node flags for the app (e.g. "--max-old-space-size=128"), to see what bounds its memory.
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
    child = spawn(process.execPath, ["--expose-gc", ...prof, ...nodeArgs, "--import", "tsx", path.join(root, "scripts/bench/serve.ts")], {
      cwd: root,
      env: { ...process.env, PORT: String(port), BENCH_COUNT_WORK: "1" },
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    const exited = new Promise<never>((_, reject) => child!.once("exit", (code) => reject(new Error(`app exited (${code})`))));
    await Promise.race([
      waitFor(async () => (await fetch(`${base}/healthz`)).ok, 60_000, "the app did not answer /healthz in 60 s"),
      exited,
    ]);
    const pid = child.pid!;

    // Real values for the search: the commonest theme and province among challenges matching "energie".
    const config = searchConfigFromEnv();
    const client = createSearchClient(config);
    const uid = indexName(config, "challenges");
    const probe = await client.index(uid).search("energie", { facets: ["themes", "provinceCodes"], limit: 0 });
    const top = (dist: Record<string, number> | undefined) => Object.entries(dist ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
    const theme = top(probe.facetDistribution?.themes);
    const province = top(probe.facetDistribution?.provinceCodes);
    if (!theme || !province) throw new Error(`no challenge matches 'energie' in the ${data}`);
    const { searchQueries } = await import("../../app/domain/search.server");
    const multi = JSON.stringify({
      queries: searchQueries("challenges", uid, { q: "energie", page: 1, sort: "", selection: { themes: [theme], provinces: [province] } }),
    });
    const plainMulti = JSON.stringify({ queries: searchQueries("challenges", uid, { q: "", page: 1, sort: "", selection: {} }) });
    const meili = { method: "POST" as const, headers: { "Content-Type": "application/json", Authorization: `Bearer ${config.apiKey}` } };
    const { challenge, solution } = await samplePages(base);

    const search = `/opgaven?q=energie&thema=${theme}&provincie=${province}`;
    const rawList = "raw Meilisearch, /opgaven's request";
    const rawSearch = "raw Meilisearch, the search's request";
    // Each page twice: as visitors see it (the same address again: from the page cache after the first view, ADR
    // 0030), and "uncached" with every request at its own address (rendered every time, as before the cache).
    const allTargets: Target[] = [
      { name: "/opgaven", url: `${base}/opgaven`, raw: rawList },
      { name: "/opgaven, uncached", url: `${base}/opgaven`, raw: rawList, uncached: true },
      { name: rawList, url: `${config.url}/multi-search`, body: plainMulti, ...meili },
      { name: search, url: `${base}${search}`, raw: rawSearch },
      { name: "search, uncached", url: `${base}${search}`, raw: rawSearch, uncached: true },
      { name: rawSearch, url: `${config.url}/multi-search`, body: multi, ...meili },
      { name: "home", url: `${base}/` },
      { name: `challenge ${challenge}`, url: `${base}${challenge}` },
      { name: "challenge, uncached", url: `${base}${challenge}`, uncached: true },
      // Browsers ask for compressed pages: brotli runs per response (the nonce differs in every one).
      { name: "challenge, brotli", url: `${base}${challenge}`, headers: { "Accept-Encoding": "br, gzip" } },
      { name: `solution ${solution}`, url: `${base}${solution}` },
      { name: "solution, uncached", url: `${base}${solution}`, uncached: true },
      { name: "/healthz", url: `${base}/healthz` },
    ];
    // BENCH_TARGETS=<regex>: only the rows whose name matches (for iterating on one page).
    const only = process.env.BENCH_TARGETS ? new RegExp(process.env.BENCH_TARGETS) : null;
    const targets = only ? allTargets.filter((t) => only.test(t.name)) : allTargets;
    for (const t of targets) {
      const res = await fetch(t.url, { method: t.method, body: t.body, headers: t.headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${t.name}: HTTP ${res.status}`);
    }
    const work = await workPerRequest(base, targets);
    // Warm-up: a second of load on each page first, so the first row does not pay for V8's compilation.
    for (const t of targets.filter((x) => x.url.startsWith(base))) await run(t, 2, 1);
    await settle(base);
    const rssBefore = rssMiB(pid);
    const rows: Row[] = [];
    for (const connections of CONNECTIONS) {
      for (const t of targets) {
        log(`${t.name} at ${connections} connections for ${DURATION} s…`);
        const cpu0 = cpuSeconds(pid);
        const row = await run(t, connections);
        if (t.url.startsWith(base)) row.cpuMs = ((cpuSeconds(pid) - cpu0) * 1000) / (row.rps * DURATION);
        rows.push(row);
        await settle(base);
      }
    }
    const rssAfter = rssMiB(pid);
    // And once the app has been idle for a while (V8's memory reducer gives back heap it no longer needs).
    const idleMs = Number(process.env.BENCH_IDLE_MS ?? 30_000);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const rssIdle = rssMiB(pid);
    // The primary's heap after the run, and after a full GC: what is garbage not yet collected, what is kept.
    const memory = await new Promise<Record<string, number> | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 5_000);
      child!.once("message", (m: unknown) => {
        clearTimeout(timer);
        resolve((m as { memory: Record<string, number> }).memory);
      });
      child!.send("memory");
    });

    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : "–");
    const load = os.loadavg().map((x) => x.toFixed(1)).join(" ");
    const procs = processes > 1 ? `app in ${processes} HTTP processes (WEB_CONCURRENCY) + primary` : "app in one process";
    const flags = process.env.BENCH_NODE_ARGS ? `, node ${process.env.BENCH_NODE_ARGS}` : "";
    console.log(`\nLoad over the ${data} (${DURATION} s per row, loopback, ${procs}${flags}; RSS of the app: ${rssBefore} MiB before, ${rssAfter} MiB after, ${rssIdle} MiB after ${idleMs / 1000} s idle; machine load average ${load})\n`);
    if (memory && processes === 1) {
      console.log(
        `App memory after the run (MiB): RSS ${memory.rss}, heap used ${memory.heapUsed} of ${memory.heapTotal}, external ${memory.external} (array buffers ${memory.arrayBuffers}); after a full GC: RSS ${memory.rssAfterGc}, heap used ${memory.heapUsedAfterGc}\n`,
      );
    }
    console.log("| target | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | app/raw req/s | app/raw p95 | app CPU ms/req |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of rows) {
      // A search page beside the raw Meilisearch request it makes.
      const raw = r.raw ? rows.find((x) => x.name === r.raw && x.connections === r.connections) : undefined;
      const ratios = raw ? `${(r.rps / raw.rps).toFixed(2)}x | ${(r.p95 / raw.p95).toFixed(2)}x` : " | ";
      const cpu = r.cpuMs === undefined ? "" : r.cpuMs.toFixed(1);
      console.log(`| ${r.name} | ${r.connections} | ${f(r.rps)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${r.non2xx} | ${r.errors} | ${ratios} | ${cpu} |`);
    }
    console.log("\nWork per page view when it is rendered (anonymous, sequential, each at its own address, median of 5; Server-Timing counts from BENCH_COUNT_WORK=1; a view from the page cache makes none)\n");
    console.log("| page | DB queries | Meilisearch requests | HTML KiB | loader data KiB (.data) | Cache-Control |");
    console.log("| --- | ---: | ---: | ---: | ---: | --- |");
    for (const w of work) console.log(`| ${w.name} | ${w.db} | ${w.search} | ${w.html} | ${w.data} | ${w.cacheControl} |`);
  } finally {
    if (child && child.exitCode === null) {
      const gone = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
