/**
 * `npm run eval:feedback-sim [-- --docs FILE.jsonl --qrels FILE.tsv]` (default: scripts/eval/devset)
 * What brokers' judgements add to the ranking (issue 14), simulated on a labelled set: the challenges are split in
 * two halves (alternating by id); for the challenges of one half a broker "judges" what the matcher shows them (top
 * 10: a labelled solution → relevant, an unlabelled one → not relevant), and nDCG@10 is measured on the other half
 * without and with that feedback (search/match/feedback.ts); then the halves swap. Prints both folds and the mean.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Meilisearch } from "meilisearch";
import { createSearchClient } from "../../search/client";
import { startMeilisearch, type MeiliProcess } from "../../search/launcher";
import { applyFeedback, buildFeedback, FEEDBACK_WEIGHTS, type FeedbackModel, type FeedbackWeights, type PairGrade } from "../../search/match/feedback";
import { buildIdf, type Idf } from "../../search/match/idf";
import { findMatches, type MatchSource } from "../../search/match/matcher";
import { resolveThemes } from "../../search/match/text";
import { settingsFor } from "../../search/settings";
import { meanScores, parseQrels, type Qrels } from "./metrics";

const here = path.dirname(fileURLToPath(import.meta.url));

interface Doc {
  id: string;
  kind: "challenge" | "solution";
  title: string;
  text: string;
  lang: string;
  themes: string[];
}

function loadDocs(file: string): Doc[] {
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim());
  return lines.map((line, n) => {
    const raw = JSON.parse(line) as Record<string, unknown>;
    if (!raw.id || (raw.kind !== "challenge" && raw.kind !== "solution")) throw new Error(`${file}:${n + 1}: needs id and kind`);
    const title = String(raw.title ?? "");
    const text = String(raw.text ?? "");
    const stated = Array.isArray(raw.themes_if_stated) ? raw.themes_if_stated.filter((t): t is string => typeof t === "string") : [];
    return { id: String(raw.id), kind: raw.kind, title, text, lang: String(raw.lang ?? ""), themes: resolveThemes(stated, `${title}\n${text}`) };
  });
}

/** The broker's judgements on what the matcher showed for the challenges of one half. */
async function judge(half: Doc[], qrels: Qrels, rank: (c: Doc) => Promise<string[]>, shownOnly: boolean): Promise<PairGrade[]> {
  const grades: PairGrade[] = [];
  for (const c of half) {
    const labels = qrels.get(c.id)!;
    const shown = await rank(c);
    for (const id of shown) grades.push({ challengeId: c.id, solutionId: id, grade: labels.has(id) ? 1 : 0 });
    if (!shownOnly) for (const [id] of labels) if (!shown.includes(id)) grades.push({ challengeId: c.id, solutionId: id, grade: 1 });
  }
  return grades;
}

async function main() {
  const { values } = parseArgs({
    options: {
      docs: { type: "string", default: path.join(here, "devset/docs.jsonl") },
      qrels: { type: "string", default: path.join(here, "devset/qrels.tsv") },
      boost: { type: "string" },
      "min-overlap": { type: "string" },
      smoothing: { type: "string" },
    },
  });
  const docs = loadDocs(values.docs);
  const qrels = parseQrels(fs.readFileSync(values.qrels, "utf8"));
  const challenges = docs.filter((d) => d.kind === "challenge" && qrels.has(d.id)).sort((a, b) => a.id.localeCompare(b.id));
  const solutions = docs.filter((d) => d.kind === "solution");
  const textOf = new Map(docs.map((d) => [d.id, `${d.title}\n${d.text}`]));
  const idf: Idf = buildIdf([...textOf.values()]);
  const num = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
  const weights: FeedbackWeights = {
    boost: num(values.boost, FEEDBACK_WEIGHTS.boost),
    minOverlap: num(values["min-overlap"], FEEDBACK_WEIGHTS.minOverlap),
    smoothing: num(values.smoothing, FEEDBACK_WEIGHTS.smoothing),
  };

  let meili: MeiliProcess | undefined;
  let tmp: string | undefined;
  let client: Meilisearch;
  if (process.env.MEILI_URL) {
    client = createSearchClient({ url: process.env.MEILI_URL, apiKey: process.env.MEILI_MASTER_KEY, indexPrefix: "" });
  } else {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-feedback-"));
    meili = await startMeilisearch({ dataDir: tmp });
    client = createSearchClient({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "" });
  }
  const indexUid = `feedback_${randomBytes(4).toString("hex")}_solutions`;
  try {
    await client.createIndex(indexUid, { primaryKey: "key" }).waitTask({ timeout: 60_000 });
    await client.index(indexUid).updateSettings(settingsFor("solutions")).waitTask({ timeout: 60_000 });
    const rows = solutions.map((s) => ({ key: Buffer.from(s.id).toString("hex"), id: s.id, title: s.title, summary: "", description: s.text, lang: s.lang, themes: s.themes, themeLabels: [], deploymentNames: [] }));
    await client.index(indexUid).addDocuments(rows).waitTask({ timeout: 120_000 });

    const source = (c: Doc): MatchSource => ({ id: c.id, title: c.title, text: c.text, themes: c.themes });
    const run = async (c: Doc, model?: FeedbackModel) => {
      const query = { id: c.id, text: `${c.title}\n${c.text}`, side: "challenge" as const };
      const rerank = model ? <R extends { id: string; raw: number }>(ranked: R[]) => applyFeedback(ranked, query, model, idf, weights) : undefined;
      return (await findMatches({ client, indexUid, source: source(c), idf, limit: 10, rerank })).map((m) => m.id);
    };
    const halves = [challenges.filter((_, i) => i % 2 === 0), challenges.filter((_, i) => i % 2 === 1)];

    console.log(`Challenges: ${challenges.length} (two halves of ${halves[0].length} and ${halves[1].length}); solutions: ${solutions.length}`);
    console.log(`${"fold (measured on the other half)".padEnd(38)} ${"nDCG@10".padStart(8)} ${"MRR@10".padStart(8)} ${"R@10".padStart(8)}`);
    const totals = { without: 0, shown: 0, all: 0 };
    for (const [fold, [train, test]] of [[halves[0], halves[1]], [halves[1], halves[0]]].entries()) {
      const evaluate = async (model?: FeedbackModel, on = test) => {
        const runs = [];
        for (const c of on) runs.push({ ranked: await run(c, model), labels: qrels.get(c.id)! });
        return meanScores(runs);
      };
      const without = await evaluate();
      const print = (name: string, s: typeof without) =>
        console.log(`${`fold ${fold + 1} ${name}`.padEnd(38)} ${s.ndcg10.toFixed(3).padStart(8)} ${s.mrr10.toFixed(3).padStart(8)} ${s.recall10.toFixed(3).padStart(8)}`);
      print("without feedback", without);
      totals.without += without.ndcg10 / 2;
      for (const shownOnly of [true, false]) {
        const model = buildFeedback(await judge(train, qrels, (c) => run(c), shownOnly), (id) => textOf.get(id), idf);
        const withFeedback = await evaluate(model);
        print(shownOnly ? "with feedback (shown top 10)" : "with feedback (+ all labelled)", withFeedback);
        totals[shownOnly ? "shown" : "all"] += withFeedback.ndcg10 / 2;
        if (shownOnly) {
          // For context, not the measure: the judged half itself, where rejected pairs leave the list.
          const [before, after] = [await evaluate(undefined, train), await evaluate(model, train)];
          console.log(`${`  (judged half: ${before.ndcg10.toFixed(3)} → ${after.ndcg10.toFixed(3)})`}`);
        }
      }
    }
    console.log(`feedback_sim ndcg@10_without=${totals.without.toFixed(3)} ndcg@10_with=${totals.shown.toFixed(3)} ndcg@10_with_all_labelled=${totals.all.toFixed(3)}`);
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
