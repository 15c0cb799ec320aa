/**
 * The feedback the matcher reads (search/match/feedback.ts), built from all judgements and pipeline outcomes and
 * kept in the process: rebuilt when a judgement or outcome is recorded here, and at most FEEDBACK_TTL_MS old (another
 * process may have recorded one).
 */
import { applyFeedback, buildFeedback, emptyFeedback, gradePairs, type FeedbackModel, type FeedbackQuery } from "../../../search/match/feedback";
import type { Idf } from "../../../search/match/idf";
import { publish, subscribe } from "../../../shared/cluster-bus";
import { getDb } from "../db.server";
import { forgetSuggestionsFor } from "../suggestion-cache.server";
import { loadJudgementFacts, recordTexts } from "./judgements.repository.server";

export const FEEDBACK_TTL_MS = 60_000;
let cache: { at: number; version: number; model: Promise<FeedbackModel> } | undefined;
let version = 0;

/** A judgement or outcome was recorded: the next suggestion computes with fresh feedback. */
export function feedbackChanged() {
  version++;
}

/**
 * A judgement or outcome of this pair was recorded: fresh feedback and suggestions for both records, here and in the
 * other HTTP processes of a WEB_CONCURRENCY cluster (shared/cluster-bus.ts).
 */
export function pairJudged(challengeId: string, solutionId: string) {
  feedbackChanged();
  forgetSuggestionsFor([challengeId, solutionId]);
  publish({ kind: "suggestions-changed", ids: [challengeId, solutionId] });
}

subscribe("suggestions-changed", ({ ids }) => {
  feedbackChanged();
  forgetSuggestionsFor(ids);
});

async function load(idf: Idf): Promise<FeedbackModel> {
  const db = getDb();
  const { judgements, outcomes } = await loadJudgementFacts(db);
  const grades = gradePairs(judgements, outcomes);
  const accepted = grades.filter((g) => g.grade > 0);
  const texts = await recordTexts(db, { challenges: accepted.map((g) => g.challengeId), solutions: accepted.map((g) => g.solutionId) });
  return buildFeedback(grades, (id) => texts.get(id), idf);
}

export async function getFeedback(idf: Idf): Promise<FeedbackModel> {
  if (!cache || cache.version !== version || Date.now() - cache.at > FEEDBACK_TTL_MS) {
    const model = load(idf).catch((err) => {
      // Suggestions without feedback rather than none: the next call tries again.
      console.error(`Feedback unavailable: ${err instanceof Error ? err.message : err}`);
      cache = undefined;
      return emptyFeedback();
    });
    cache = { at: Date.now(), version, model };
  }
  return cache.model;
}

/** The matcher's rerank hook for one record's list. */
export const feedbackRerank =
  (query: FeedbackQuery, model: FeedbackModel, idf: Idf) =>
  <R extends { id: string; raw: number }>(ranked: R[]) =>
    applyFeedback(ranked, query, model, idf);
