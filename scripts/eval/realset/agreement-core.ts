/** Inter-annotator agreement (Cohen's kappa) and adjudication helpers for the real-text set. */

export interface Label {
  challengeId: string;
  solutionId: string;
  grade: 0 | 1 | 2;
  note: string;
}

export type PairKey = `${string}\t${string}`;
export const pairKey = (c: string, s: string): PairKey => `${c}\t${s}`;

/** Reads a labels-<name>.tsv file: challenge_id, solution_id, grade, note (note optional). */
export function parseLabels(tsv: string, name: string): Map<PairKey, Label> {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift()?.split("\t").map((h) => h.trim());
  if (!header || header[0] !== "challenge_id" || header[1] !== "solution_id" || header[2] !== "grade") {
    throw new Error(`${name}: the header must start with challenge_id<TAB>solution_id<TAB>grade`);
  }
  const labels = new Map<PairKey, Label>();
  for (const [i, line] of lines.entries()) {
    const [challengeId, solutionId, g, note = ""] = line.split("\t").map((x) => x.trim());
    const grade = Number(g);
    if (!challengeId || !solutionId || ![0, 1, 2].includes(grade)) {
      throw new Error(`${name} line ${i + 2}: expected two ids and a grade 0/1/2`);
    }
    const key = pairKey(challengeId, solutionId);
    if (labels.has(key)) throw new Error(`${name} line ${i + 2}: ${challengeId} × ${solutionId} is graded twice`);
    labels.set(key, { challengeId, solutionId, grade: grade as 0 | 1 | 2, note });
  }
  return labels;
}

/** Unweighted Cohen's kappa over paired categorical ratings. */
export function cohensKappa(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) throw new Error("kappa needs two equally long, non-empty rating lists");
  const n = a.length;
  const categories = [...new Set([...a, ...b])];
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const expected = categories.reduce((sum, c) => {
    const pa = a.filter((x) => x === c).length / n;
    const pb = b.filter((x) => x === c).length / n;
    return sum + pa * pb;
  }, 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/** confusion[i][j]: pairs graded i by annotator A and j by annotator B. */
export function confusion(a: readonly number[], b: readonly number[], size = 3): number[][] {
  const m = Array.from({ length: size }, () => Array<number>(size).fill(0));
  a.forEach((x, i) => {
    m[x][b[i]] += 1;
  });
  return m;
}
