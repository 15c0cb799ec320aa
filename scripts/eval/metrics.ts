/** Graded relevance: challenge id → solution id → grade (1 partly relevant, 2 directly solves). */
export type Qrels = Map<string, Map<string, number>>;

export function parseQrels(tsv: string): Qrels {
  const qrels: Qrels = new Map();
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift()?.split("\t").map((h) => h.trim());
  if (!header || header[0] !== "challenge_id" || header[1] !== "solution_id" || header[2] !== "grade") {
    throw new Error("qrels: the first line must be the header challenge_id<TAB>solution_id<TAB>grade");
  }
  for (const [i, line] of lines.entries()) {
    const [c, s, g] = line.split("\t").map((x) => x.trim());
    const grade = Number(g);
    if (!c || !s || ![0, 1, 2].includes(grade)) throw new Error(`qrels line ${i + 2}: expected id, id and grade 0/1/2`);
    if (grade === 0) continue;
    if (!qrels.has(c)) qrels.set(c, new Map());
    qrels.get(c)!.set(s, grade);
  }
  return qrels;
}

/** nDCG@k with exponential gain (2^grade − 1). */
export function ndcgAtK(ranked: string[], labels: Map<string, number>, k = 10): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (2 ** (labels.get(id) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...labels.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Reciprocal rank of the first relevant result within the top k (0 when none). */
export function mrrAtK(ranked: string[], labels: Map<string, number>, k = 10): number {
  const index = ranked.slice(0, k).findIndex((id) => (labels.get(id) ?? 0) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

export function recallAtK(ranked: string[], labels: Map<string, number>, k = 10): number {
  const relevant = [...labels.entries()].filter(([, g]) => g > 0).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export interface Scores {
  ndcg10: number;
  mrr10: number;
  recall10: number;
}

export function meanScores(runs: { ranked: string[]; labels: Map<string, number> }[]): Scores {
  const n = runs.length || 1;
  const sum = runs.reduce(
    (acc, r) => ({
      ndcg10: acc.ndcg10 + ndcgAtK(r.ranked, r.labels),
      mrr10: acc.mrr10 + mrrAtK(r.ranked, r.labels),
      recall10: acc.recall10 + recallAtK(r.ranked, r.labels),
    }),
    { ndcg10: 0, mrr10: 0, recall10: 0 },
  );
  return { ndcg10: sum.ndcg10 / n, mrr10: sum.mrr10 / n, recall10: sum.recall10 / n };
}
