/**
 * Pipeline outcomes against the suggestion that led to them (issue 14): a match reaching introduced, pilot or
 * adopted, or being closed (dismissed), writes an outcome row for its pair in the transaction of that change.
 */
import type { Executor } from "../../../db/client";
import type { MatchState } from "../../../shared/vocabulary/matches";
import type { MatchOutcome } from "../../../shared/vocabulary/judgements";
import { pairJudged } from "./feedback.server";
import { insertOutcome } from "./judgements.repository.server";

const OUTCOME_OF: Partial<Record<MatchState, MatchOutcome>> = { introduced: "introduced", pilot: "pilot", adopted: "adopted", closed: "dismissed" };

/** The outcome a move to `to` means, if any. */
export const outcomeOf = (to: MatchState): MatchOutcome | undefined => OUTCOME_OF[to];

export async function recordOutcome(
  tx: Executor,
  match: { id: string; challengeId: string; solutionId: string },
  to: MatchState,
  actorUserId: string | null,
): Promise<void> {
  const outcome = outcomeOf(to);
  if (!outcome) return;
  await insertOutcome(tx, match.id, outcome, actorUserId);
  pairJudged(match.challengeId, match.solutionId);
}
