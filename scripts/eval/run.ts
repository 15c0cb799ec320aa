/**
 * `npm run eval:match -- --docs FILE.jsonl --qrels FILE.tsv`
 * Loads the documents into scratch indexes (never the app's), runs the matcher for every labelled
 * challenge and prints nDCG@10, MRR@10 and recall@10 for the matcher and two baselines in the same run.
 * Without MEILI_URL it starts the bundled Meilisearch on a free port with a temporary data folder.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Meilisearch } from "meilisearch";
import { createSearchClient } from "../../search/client";
import { startMeilisearch, type MeiliProcess } from "../../search/launcher";
import { buildIdf } from "../../search/match/idf";
import { findMatches } from "../../search/match/matcher";
import { resolveThemes } from "../../search/match/text";
import { settingsFor } from "../../search/settings";
import { meanScores, parseQrels, type Scores } from "./metrics";

interface EvalDoc {
  id: string;
  kind: "challenge" | "solution";
  title: string;
  text: string;
  lang: "nl" | "en";
  themes_if_stated?: unknown;
}

function readDocs(file: string): EvalDoc[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line, i) => {
      let doc: EvalDoc;
      try {
        doc = JSON.parse(line);
      } catch {
        throw new Error(`${file} line ${i + 1}: not valid JSON`);
      }
      if (!doc.id || (doc.kind !== "challenge" && doc.kind !== "solution") || typeof doc.title !== "string") {
        throw new Error(`${file} line ${i + 1}: needs id, kind (challenge|solution) and title`);
      }
      return { ...doc, id: String(doc.id), text: String(doc.text ?? "") };
    });
}

const statedThemes = (doc: EvalDoc): string[] =>
  Array.isArray(doc.themes_if_stated) ? doc.themes_if_stated.filter((t): t is string => typeof t === "string") : [];

/** Meilisearch document ids allow only [A-Za-z0-9_-]: map other ids reversibly. */
const toKey = (id: string) => Buffer.from(id).toString("hex");

async function main() {
  const { values } = parseArgs({
    options: { docs: { type: "string" }, qrels: { type: "string" }, verbose: { type: "boolean", default: false } },
  });
  if (!values.docs || !values.qrels) {
    console.error("Usage: npm run eval:match -- --docs FILE.jsonl --qrels FILE.tsv [--verbose]");
    process.exit(2);
  }
  const docs = readDocs(values.docs);
  const qrels = parseQrels(fs.readFileSync(values.qrels, "utf8"));
  const challenges = docs.filter((d) => d.kind === "challenge" && qrels.has(d.id));
  const solutions = docs.filter((d) => d.kind === "solution");
  const themesOf = new Map(docs.map((d) => [d.id, resolveThemes(statedThemes(d), `${d.title}\n${d.text}`)]));

  let meili: MeiliProcess | undefined;
  let tmp: string | undefined;
  let client: Meilisearch;
  if (process.env.MEILI_URL) {
    client = createSearchClient({ url: process.env.MEILI_URL, apiKey: process.env.MEILI_MASTER_KEY, indexPrefix: "" });
  } else {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-eval-"));
    meili = await startMeilisearch({ dataDir: tmp });
    client = createSearchClient({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "" });
  }
  const indexUid = `eval_${randomBytes(4).toString("hex")}_solutions`;
  try {
    await client.createIndex(indexUid, { primaryKey: "key" }).waitTask({ timeout: 60_000 });
    await client.index(indexUid).updateSettings(settingsFor("solutions")).waitTask({ timeout: 60_000 });
    await client
      .index(indexUid)
      .addDocuments(
        solutions.map((s) => ({
          key: toKey(s.id),
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

    const idf = buildIdf(docs.map((d) => `${d.title}\n${d.text}`));
    const matcherRuns = [];
    const themeRuns = [];
    const titleRuns = [];
    for (const c of challenges) {
      const labels = qrels.get(c.id)!;
      const themes = themesOf.get(c.id) ?? [];
      const matches = await findMatches({ client, indexUid, source: { id: c.id, title: c.title, text: c.text, themes }, idf, limit: 10 });
      const ranked = matches.map((m) => m.id);
      matcherRuns.push({ ranked, labels });
      if (values.verbose) {
        console.log(`\n${c.id} ${c.title} [${themes.join(", ")}]`);
        for (const m of matches) console.log(`  ${labels.get(m.id) ?? "-"} ${m.id} ${m.score.toFixed(3)} ${m.explanation.matchingTerms.join(", ")}`);
      }
      // Baseline 1: theme overlap only (Jaccard), ties by id.
      const themeSet = new Set(themes);
      const byTheme = solutions
        .map((s) => {
          const st = themesOf.get(s.id) ?? [];
          const shared = st.filter((t) => themeSet.has(t)).length;
          const union = new Set([...st, ...themes]).size || 1;
          return { id: s.id, score: shared / union };
        })
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      themeRuns.push({ ranked: byTheme.slice(0, 10).map((s) => s.id), labels });
      // Baseline 2: the challenge title as the query.
      const res = await client.index(indexUid).search(c.title, { limit: 10 });
      titleRuns.push({ ranked: res.hits.map((h) => String(h.id)), labels });
    }
    const rows: [string, Scores][] = [
      ["matcher", meanScores(matcherRuns)],
      ["baseline: theme overlap", meanScores(themeRuns)],
      ["baseline: title as query", meanScores(titleRuns)],
    ];
    console.log(`\nChallenges evaluated: ${challenges.length} (of ${docs.filter((d) => d.kind === "challenge").length}); solutions: ${solutions.length}`);
    console.log(`${"run".padEnd(26)} ${"nDCG@10".padStart(8)} ${"MRR@10".padStart(8)} ${"R@10".padStart(8)}`);
    for (const [name, s] of rows) {
      console.log(`${name.padEnd(26)} ${s.ndcg10.toFixed(3).padStart(8)} ${s.mrr10.toFixed(3).padStart(8)} ${s.recall10.toFixed(3).padStart(8)}`);
    }
    console.log(`ndcg@10=${rows[0][1].ndcg10.toFixed(3)} baseline_theme=${rows[1][1].ndcg10.toFixed(3)} baseline_title=${rows[2][1].ndcg10.toFixed(3)}`);
  } finally {
    await client.deleteIndexIfExists(indexUid).catch(() => {});
    await meili?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
