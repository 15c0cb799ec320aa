/**
 * `npx tsx scripts/eval/realset/agreement.ts [--write-qrels]`
 * Compares the two independent label files (labels-a.tsv, labels-b.tsv) on every pooled pair:
 * Cohen's kappa on the three grades and on relevant (1/2) vs not (0), the confusion matrix, and
 * disagreements.tsv for adjudication. The ten example pairs of GUIDELINES.md are left out of kappa.
 * With --write-qrels it writes qrels.tsv: the shared grade where both agree, else the grade in
 * adjudication.tsv (which must then cover every disagreement).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cohensKappa, confusion, pairKey, parseLabels, type PairKey } from "./agreement-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (name: string) => fs.readFileSync(path.join(here, name), "utf8");

const EXAMPLES = new Set<PairKey>(
  [
    ["rc01", "rs027"],
    ["rc01", "rs061"],
    ["rc28", "rs108"],
    ["rc28", "rs106"],
    ["rc10", "rs017"],
    ["rc10", "rs015"],
    ["rc24", "rs104"],
    ["rc24", "rs006"],
    ["rc22", "rs045"],
    ["rc21", "rs094"],
  ].map(([c, s]) => pairKey(c, s)),
);

const pools = read("pools.tsv")
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => l.split("\t").slice(0, 2) as [string, string]);
const a = parseLabels(read("labels-a.tsv"), "labels-a.tsv");
const b = parseLabels(read("labels-b.tsv"), "labels-b.tsv");

for (const [name, labels] of [
  ["labels-a.tsv", a],
  ["labels-b.tsv", b],
] as const) {
  const missing = pools.filter(([c, s]) => !labels.has(pairKey(c, s)));
  if (missing.length > 0 || labels.size !== pools.length) {
    throw new Error(`${name}: ${missing.length} pooled pairs ungraded, ${labels.size} lines for ${pools.length} pairs`);
  }
}

const counted = pools.filter(([c, s]) => !EXAMPLES.has(pairKey(c, s)));
const ga = counted.map(([c, s]) => a.get(pairKey(c, s))!.grade);
const gb = counted.map(([c, s]) => b.get(pairKey(c, s))!.grade);
const binary = (g: number) => (g > 0 ? 1 : 0);
const m = confusion(ga, gb);

console.log(`pairs: ${pools.length} pooled, ${counted.length} counted (10 guideline examples left out)`);
console.log(`kappa, three grades (unweighted): ${cohensKappa(ga, gb).toFixed(3)}`);
console.log(`kappa, relevant (1/2) vs 0:       ${cohensKappa(ga.map(binary), gb.map(binary)).toFixed(3)}`);
console.log(`raw agreement: ${((ga.filter((g, i) => g === gb[i]).length / ga.length) * 100).toFixed(1)}%`);
console.log("confusion (rows A, columns B):    B=0   B=1   B=2");
m.forEach((row, i) => console.log(`  A=${i}                          ${row.map((n) => String(n).padStart(5)).join(" ")}`));

const differing = pools.filter(([c, s]) => a.get(pairKey(c, s))!.grade !== b.get(pairKey(c, s))!.grade);
const lines = ["challenge_id\tsolution_id\tgrade_a\tgrade_b\tnote_a\tnote_b"];
for (const [c, s] of differing) {
  const la = a.get(pairKey(c, s))!;
  const lb = b.get(pairKey(c, s))!;
  lines.push([c, s, la.grade, lb.grade, la.note, lb.note].join("\t"));
}
fs.writeFileSync(path.join(here, "disagreements.tsv"), `${lines.join("\n")}\n`);
console.log(`disagreements: ${differing.length} (written to disagreements.tsv)`);

if (process.argv.includes("--write-qrels")) {
  const adjudicated = parseLabels(read("adjudication.tsv"), "adjudication.tsv");
  const out = ["challenge_id\tsolution_id\tgrade"];
  const counts = [0, 0, 0];
  for (const [c, s] of pools) {
    const key = pairKey(c, s);
    const la = a.get(key)!;
    const lb = b.get(key)!;
    const grade = la.grade === lb.grade ? la.grade : adjudicated.get(key)?.grade;
    if (grade === undefined) throw new Error(`adjudication.tsv: no grade for ${c} × ${s} (A ${la.grade}, B ${lb.grade})`);
    counts[grade] += 1;
    if (grade > 0) out.push(`${c}\t${s}\t${grade}`);
  }
  fs.writeFileSync(path.join(here, "qrels.tsv"), `${out.join("\n")}\n`);
  console.log(`qrels.tsv: ${counts[2]} pairs at grade 2, ${counts[1]} at grade 1 (${counts[0]} pooled pairs at 0 left out)`);
}
