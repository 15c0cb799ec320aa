/**
 * `npx tsx scripts/eval/realset/make-pools.ts`
 * Builds the candidate pools the annotators grade: for every challenge, the hand-picked candidates
 * in seeds.tsv (plausibly relevant solutions and near-miss distractors, unmarked so that the
 * annotators are not told which is which) plus the top 10 solutions of plain BM25 over the full
 * texts (Snowball stemming and stopword lists per document language). Deterministic: same input,
 * same pools.tsv, rows sorted by challenge id and solution id.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eng, nld } from "stopword";

interface Doc {
  id: string;
  kind: "challenge" | "solution";
  title: string;
  text: string;
  lang: "nl" | "en";
}

interface Stemmer {
  stem(word: string): string;
}
const snowball = createRequire(import.meta.url)("snowball-stemmers") as { newStemmer(name: string): Stemmer };
const stemmers = { nl: snowball.newStemmer("dutch"), en: snowball.newStemmer("english") };
const stopwords = { nl: new Set(nld), en: new Set(eng) };

const BM25_TOP = 10;
const K1 = 1.2;
const B = 0.75;

export function tokens(text: string, lang: "nl" | "en"): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length >= 3 && !stopwords.nl.has(w) && !stopwords.en.has(w))
    .map((w) => stemmers[lang].stem(w));
}

/** BM25 ranking of all solutions for one query; ties broken by id so the output is stable. */
export function bm25Rank(queryTerms: string[], solutions: { id: string; terms: string[] }[]): string[] {
  const n = solutions.length;
  const avgdl = solutions.reduce((s, d) => s + d.terms.length, 0) / n;
  const df = new Map<string, number>();
  for (const d of solutions) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const uniqueQuery = [...new Set(queryTerms)];
  const scored = solutions.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    let score = 0;
    for (const q of uniqueQuery) {
      const f = tf.get(q);
      if (!f) continue;
      const idf = Math.log(1 + (n - df.get(q)! + 0.5) / (df.get(q)! + 0.5));
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.terms.length) / avgdl));
    }
    return { id: d.id, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .map((s) => s.id);
}

function main() {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const docs: Doc[] = fs
    .readFileSync(path.join(dir, "docs.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
  const ids = new Set(docs.map((d) => d.id));
  const challenges = docs.filter((d) => d.kind === "challenge");
  const solutions = docs
    .filter((d) => d.kind === "solution")
    .map((d) => ({ id: d.id, terms: tokens(`${d.title}\n${d.text}`, d.lang) }));

  const pools = new Map<string, Set<string>>(challenges.map((c) => [c.id, new Set<string>()]));
  const seedLines = fs.readFileSync(path.join(dir, "seeds.tsv"), "utf8").split("\n").slice(1);
  for (const [i, line] of seedLines.entries()) {
    if (!line.trim()) continue;
    const [c, s] = line.split("\t").map((x) => x.trim());
    if (!pools.has(c) || !ids.has(s) || !s.startsWith("rs")) throw new Error(`seeds.tsv line ${i + 2}: unknown pair ${c} ${s}`);
    pools.get(c)!.add(s);
  }
  for (const c of challenges) {
    for (const s of bm25Rank(tokens(`${c.title}\n${c.text}`, c.lang), solutions).slice(0, BM25_TOP)) pools.get(c.id)!.add(s);
  }

  const rows = [...pools.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([c, set]) => [...set].sort().map((s) => `${c}\t${s}`));
  fs.writeFileSync(path.join(dir, "pools.tsv"), `challenge_id\tsolution_id\n${rows.join("\n")}\n`);
  const sizes = [...pools.values()].map((s) => s.size);
  console.log(
    `pools.tsv: ${rows.length} pairs for ${pools.size} challenges (pool size min ${Math.min(...sizes)}, max ${Math.max(...sizes)})`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
