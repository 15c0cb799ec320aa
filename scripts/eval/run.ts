/**
 * `npm run eval:match [-- --set devset --set realset] [--docs FILE.jsonl --qrels FILE.tsv] [--verbose]`
 * For each set (a folder under scripts/eval/ with docs.jsonl and qrels.tsv; by default the real-text set when it
 * has labels, then the development set), loads the solutions into a scratch index (never the app's), runs the
 * matcher for every labelled challenge and prints nDCG@10, MRR@10 and recall@10 for the matcher and three
 * baselines in the same run, for all challenges and for Dutch and English challenges apart. The last line is
 * `ndcg@10=… baseline_theme=… baseline_title=…` for the primary set (the first one).
 * Without MEILI_URL it starts the bundled Meilisearch on a free port with a temporary data folder.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Meilisearch } from "meilisearch";
import { createSearchClient } from "../../search/client";
import { startMeilisearch, type MeiliProcess } from "../../search/launcher";
import { evaluateSet, type SetReport } from "./evaluate-set";

const here = path.dirname(fileURLToPath(import.meta.url));

function defaultSets(): string[] {
  const sets = [];
  if (fs.existsSync(path.join(here, "realset", "qrels.tsv"))) sets.push("realset");
  sets.push("devset");
  return sets;
}

const fmt = (x: number) => x.toFixed(3).padStart(8);

function printReport(r: SetReport, primary: boolean) {
  console.log(`\n== ${r.name}${primary ? " (primary set: the last line)" : ""}: ${r.challenges} labelled challenges (${r.byLang.nl} nl, ${r.byLang.en} en), ${r.solutions} solutions`);
  console.log(`${"run".padEnd(26)} ${"lang".padEnd(4)} ${"nDCG@10".padStart(8)} ${"MRR@10".padStart(8)} ${"R@10".padStart(8)} ${"empty".padStart(6)}`);
  for (const row of r.rows) {
    for (const lang of ["all", "nl", "en"] as const) {
      const s = row.scores[lang];
      if (!s) continue;
      console.log(`${(lang === "all" ? row.name : "").padEnd(26)} ${lang.padEnd(4)} ${fmt(s.ndcg10)} ${fmt(s.mrr10)} ${fmt(s.recall10)} ${String(s.empty).padStart(6)}`);
    }
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      set: { type: "string", multiple: true },
      docs: { type: "string" },
      qrels: { type: "string" },
      verbose: { type: "boolean", default: false },
    },
  });
  const sets: { name: string; docs: string; qrels: string }[] = [];
  if (values.docs || values.qrels) {
    if (!values.docs || !values.qrels) {
      console.error("Usage: npm run eval:match -- [--set NAME]... [--docs FILE.jsonl --qrels FILE.tsv] [--verbose]");
      process.exit(2);
    }
    sets.push({ name: path.basename(path.dirname(path.resolve(values.docs))), docs: values.docs, qrels: values.qrels });
  }
  for (const name of values.set ?? (sets.length ? [] : defaultSets())) {
    const dir = path.join(here, name);
    sets.push({ name, docs: path.join(dir, "docs.jsonl"), qrels: path.join(dir, "qrels.tsv") });
  }
  for (const s of sets) {
    for (const file of [s.docs, s.qrels]) {
      if (!fs.existsSync(file)) {
        console.error(`${s.name}: ${file} not found`);
        process.exit(2);
      }
    }
  }

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
  try {
    const reports: SetReport[] = [];
    for (const s of sets) reports.push(await evaluateSet(client, s, { verbose: values.verbose }));
    reports.forEach((r, i) => printReport(r, i === 0));
    const [p] = reports;
    const ndcg = (name: string) => p.rows.find((r) => r.name === name)!.scores.all!.ndcg10.toFixed(3);
    console.log(`ndcg@10=${ndcg("matcher")} baseline_theme=${ndcg("baseline: theme overlap")} baseline_title=${ndcg("baseline: title as query")}`);
  } finally {
    await meili?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
