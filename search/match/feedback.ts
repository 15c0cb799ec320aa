/**
 * Brokers' judgement in the ranking (issue 14). Pure functions, no I/O: the app loads the judgements and pipeline
 * outcomes (app/domain/judgements), the evaluation derives them from qrels (scripts/eval/feedback-sim.ts).
 *
 * - gradePairs: one grade per challenge × solution pair, the same mapping the qrels export uses:
 *   adopted / pilot → 2, introduced → 1, dismissed → 0 (the latest outcome of a pair decides); without an outcome,
 *   the judgements: each person's latest verdict counts once, relevant → 1, not relevant → 0, the majority wins and
 *   a tie goes to the most recent verdict.
 * - applyFeedback: a pair graded 0 never returns for that challenge (nor that challenge for that solution); the
 *   terms an accepted pair (grade ≥ 1) shares are learned, and a record that has many of them gets the pair's
 *   other side lifted in its ranking ("similar records").
 */
import type { MatchOutcome } from "../../shared/vocabulary/judgements";
/** Any word-rarity function (the matcher's Idf is one; tests pass a constant). */
type Idf = (word: string) => number;
import { contentWords, findThemeTerms, normalize } from "./text";

export type Grade = 0 | 1 | 2;
export interface PairGrade {
  challengeId: string;
  solutionId: string;
  grade: Grade;
}

export interface JudgementFact {
  challengeId: string;
  solutionId: string;
  /** Who judged (a user id; another stable key when the account is gone). */
  judgedBy: string;
  verdict: "relevant" | "not_relevant";
  at: Date;
}

export interface OutcomeFact {
  challengeId: string;
  solutionId: string;
  outcome: MatchOutcome;
  at: Date;
}

export const OUTCOME_GRADE: Record<MatchOutcome, Grade> = { adopted: 2, pilot: 2, introduced: 1, dismissed: 0 };
export const VERDICT_GRADE: Record<JudgementFact["verdict"], Grade> = { relevant: 1, not_relevant: 0 };

const pairKey = (challengeId: string, solutionId: string) => `${challengeId}\u0000${solutionId}`;
const byTime = <T extends { at: Date }>(a: T, b: T) => a.at.getTime() - b.at.getTime();

/** One grade per judged pair (see the module comment for the mapping), ordered by challenge then solution. */
export function gradePairs(judgements: JudgementFact[], outcomes: OutcomeFact[]): PairGrade[] {
  const grades = new Map<string, PairGrade>();
  const latestVerdicts = new Map<string, Map<string, JudgementFact>>();
  for (const j of [...judgements].sort(byTime)) {
    const key = pairKey(j.challengeId, j.solutionId);
    const people = latestVerdicts.get(key) ?? new Map<string, JudgementFact>();
    people.set(j.judgedBy, j);
    latestVerdicts.set(key, people);
  }
  for (const people of latestVerdicts.values()) {
    const latest = [...people.values()].sort(byTime);
    const relevant = latest.filter((j) => j.verdict === "relevant").length;
    const notRelevant = latest.length - relevant;
    const last = latest.at(-1)!;
    const verdict = relevant === notRelevant ? last.verdict : relevant > notRelevant ? "relevant" : "not_relevant";
    grades.set(pairKey(last.challengeId, last.solutionId), { challengeId: last.challengeId, solutionId: last.solutionId, grade: VERDICT_GRADE[verdict] });
  }
  for (const o of [...outcomes].sort(byTime)) {
    grades.set(pairKey(o.challengeId, o.solutionId), { challengeId: o.challengeId, solutionId: o.solutionId, grade: OUTCOME_GRADE[o.outcome] });
  }
  return [...grades.values()].sort((a, b) => a.challengeId.localeCompare(b.challengeId) || a.solutionId.localeCompare(b.solutionId));
}

/** Qrels TSV (the format scripts/eval reads): header, then challenge_id, solution_id, grade per line. */
export function toQrelsTsv(grades: PairGrade[]): string {
  return ["challenge_id\tsolution_id\tgrade", ...grades.map((g) => `${g.challengeId}\t${g.solutionId}\t${g.grade}`)].join("\n") + "\n";
}

/** Word features: content words cut to a common prefix (a light stem for NL and EN), and bilingual theme concepts. */
const STEM_LENGTH = 6;
const CONCEPT_WEIGHT = 4;
/** An accepted pair keeps its strongest shared terms only. */
const TERMS_PER_PAIR = 20;

export function features(text: string, idf: Idf): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of contentWords(text)) {
    const key = word.slice(0, STEM_LENGTH);
    const weight = idf(word);
    if (weight > (out.get(key) ?? 0)) out.set(key, weight);
  }
  for (const hit of findThemeTerms(text)) out.set(`~${normalize(hit.variants[0])}`, CONCEPT_WEIGHT);
  return out;
}

interface LearnedPair {
  challengeId: string;
  solutionId: string;
  grade: Grade;
  terms: Map<string, number>;
  total: number;
}

export interface FeedbackModel {
  /** Pairs graded 0 (pairKey). */
  rejected: Set<string>;
  /** Accepted pairs with the terms their two texts share. */
  learned: LearnedPair[];
}

export const emptyFeedback = (): FeedbackModel => ({ rejected: new Set(), learned: [] });

/** The model for applyFeedback: `textOf` gives a record's full text (title and description) by id, if known. */
export function buildFeedback(grades: PairGrade[], textOf: (id: string) => string | undefined, idf: Idf): FeedbackModel {
  const model = emptyFeedback();
  const cache = new Map<string, Map<string, number>>();
  const featuresOf = (id: string) => {
    if (!cache.has(id)) cache.set(id, features(textOf(id) ?? "", idf));
    return cache.get(id)!;
  };
  for (const g of grades) {
    if (g.grade === 0) {
      model.rejected.add(pairKey(g.challengeId, g.solutionId));
      continue;
    }
    const a = featuresOf(g.challengeId);
    const b = featuresOf(g.solutionId);
    const shared = [...a.entries()]
      .filter(([k]) => b.has(k))
      .map(([k, w]) => [k, Math.min(w, b.get(k)!)] as const)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, TERMS_PER_PAIR);
    if (!shared.length) continue;
    const terms = new Map(shared);
    model.learned.push({ ...g, terms, total: shared.reduce((s, [, w]) => s + w, 0) });
  }
  return model;
}

export interface FeedbackWeights {
  /** Added to a candidate's raw score (the matcher's is about 0..1.6) at full overlap and grade 2. */
  boost: number;
  /** Overlap below this lifts nothing. */
  minOverlap: number;
  /** Added to an accepted pair's term weight total, so a pair that shares few terms counts less. */
  smoothing: number;
}
/**
 * Chosen on the simulation (npm run eval:feedback-sim, both sets). With the full-text ranking of ADR 0023 a lift of
 * 0.4 lowered the held-out half (devset 0.778 → 0.763); 0.1 leaves it unchanged on the devset (0.778) and within noise
 * on the real-text set (0.667 → 0.664), while the judged challenges themselves gain (0.78 → 0.86–0.88).
 */
export const FEEDBACK_WEIGHTS: FeedbackWeights = { boost: 0.1, minOverlap: 0.25, smoothing: 8 };

export interface FeedbackQuery {
  id: string;
  /** Title and text of the record the list is for. */
  text: string;
  /** What the record is: a challenge's list holds solutions, a solution's list challenges. */
  side: "challenge" | "solution";
}

/**
 * The ranked candidates (best first) with rejected pairs removed and candidates lifted by similar accepted pairs,
 * re-sorted. Items are copied, never changed.
 */
export function applyFeedback<R extends { id: string; raw: number }>(
  ranked: R[],
  query: FeedbackQuery,
  model: FeedbackModel,
  idf: Idf,
  weights: FeedbackWeights = FEEDBACK_WEIGHTS,
): R[] {
  const pairOf = (candidate: string) => (query.side === "challenge" ? pairKey(query.id, candidate) : pairKey(candidate, query.id));
  const kept = ranked.filter((r) => !model.rejected.has(pairOf(r.id)));
  if (!model.learned.length) return kept;
  const present = new Set(kept.map((r) => r.id));
  const source = features(query.text, idf);
  const boost = new Map<string, number>();
  for (const pair of model.learned) {
    const candidate = query.side === "challenge" ? pair.solutionId : pair.challengeId;
    if (!present.has(candidate)) continue;
    let hit = 0;
    for (const [term, w] of pair.terms) if (source.has(term)) hit += w;
    const overlap = hit / (pair.total + weights.smoothing);
    if (overlap < weights.minOverlap) continue;
    const lift = weights.boost * overlap * (pair.grade / 2);
    if (lift > (boost.get(candidate) ?? 0)) boost.set(candidate, lift);
  }
  if (!boost.size) return kept;
  return kept
    .map((r, i) => ({ r: boost.has(r.id) ? { ...r, raw: r.raw + boost.get(r.id)! } : r, i }))
    .sort((a, b) => b.r.raw - a.r.raw || a.i - b.i)
    .map((x) => x.r);
}
