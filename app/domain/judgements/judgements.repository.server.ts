/**
 * The judgements repository (ADR 0021): writing a judgement or a pipeline outcome, and reading them back as the
 * facts the feedback module and the qrels export grade (search/match/feedback.ts). Every function takes the
 * executor, so the export script runs them on its own connection and a state change writes its outcome inside
 * its own transaction.
 */
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { publicChallenge } from "../../../db/conditions/challenges";
import { publicSolution } from "../../../db/conditions/solutions";
import { challengeCoOwners, challenges, matches, matchJudgements, matchOutcomes, solutions } from "../../../db/schema";
import type { JudgementFact, OutcomeFact } from "../../../search/match/feedback";
import type { JudgeRole, JudgementVerdict, MatchOutcome } from "../../../shared/vocabulary/judgements";
import { matchPair } from "../brokering/matches.repository.server";

export interface NewJudgement {
  challengeId: string;
  solutionId: string;
  judgedBy: string;
  role: JudgeRole;
  verdict: JudgementVerdict;
  reason: string | null;
}

export async function insertJudgement(tx: Executor, judgement: NewJudgement): Promise<number> {
  const [row] = await tx.insert(matchJudgements).values(judgement).returning({ id: matchJudgements.id });
  return row.id;
}

/** A match reached an outcome: linked to the pair, with the engine's score when the match came from a suggestion. */
export async function insertOutcome(tx: Executor, matchId: string, outcome: MatchOutcome, actorUserId: string | null): Promise<void> {
  const match = await matchPair(tx, matchId);
  if (!match) return;
  await tx.insert(matchOutcomes).values({
    matchId,
    challengeId: match.challengeId,
    solutionId: match.solutionId,
    outcome,
    fromSuggestion: match.source === "engine" || match.score !== null,
    suggestionScore: match.score,
    actorUserId,
  });
}

/** The caller's own latest verdict per pair, for the pairs given (to show what they said). */
export async function latestVerdictsOf(tx: Executor, userId: string, pairs: { challengeId: string; solutionId: string }[]) {
  if (!pairs.length) return [];
  const rows = await tx
    .selectDistinctOn([matchJudgements.challengeId, matchJudgements.solutionId], {
      challengeId: matchJudgements.challengeId,
      solutionId: matchJudgements.solutionId,
      verdict: matchJudgements.verdict,
    })
    .from(matchJudgements)
    .where(
      and(
        eq(matchJudgements.judgedBy, userId),
        or(...pairs.map((p) => and(eq(matchJudgements.challengeId, p.challengeId), eq(matchJudgements.solutionId, p.solutionId)))),
      ),
    )
    .orderBy(matchJudgements.challengeId, matchJudgements.solutionId, desc(matchJudgements.createdAt), desc(matchJudgements.id));
  return rows;
}

export interface JudgementFacts {
  judgements: JudgementFact[];
  outcomes: OutcomeFact[];
}

/**
 * Every judgement and outcome. A "dismissed" outcome counts only while its match is still closed (a reopened match
 * is not dismissed); a judgement whose author was deleted counts as its own person.
 */
export async function loadJudgementFacts(tx: Executor): Promise<JudgementFacts> {
  const [judgements, outcomes] = await Promise.all([
    tx
      .select({
        challengeId: matchJudgements.challengeId,
        solutionId: matchJudgements.solutionId,
        judgedBy: sql<string>`coalesce(${matchJudgements.judgedBy}, 'deleted:' || ${matchJudgements.id})`,
        verdict: matchJudgements.verdict,
        at: matchJudgements.createdAt,
      })
      .from(matchJudgements),
    tx
      .select({ challengeId: matchOutcomes.challengeId, solutionId: matchOutcomes.solutionId, outcome: matchOutcomes.outcome, at: matchOutcomes.createdAt })
      .from(matchOutcomes)
      .innerJoin(matches, eq(matches.id, matchOutcomes.matchId))
      .where(or(sql`${matchOutcomes.outcome} <> 'dismissed'`, eq(matches.state, "closed"))),
  ]);
  return { judgements, outcomes };
}

/** The text the feedback module learns terms from, for the records given. */
export async function recordTexts(tx: Executor, ids: { challenges: string[]; solutions: string[] }): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (ids.challenges.length) {
    const rows = await tx
      .select({ id: challenges.id, text: sql<string>`concat_ws(E'\\n', ${challenges.title}, ${challenges.summary}, ${challenges.problemStatement}, ${challenges.desiredOutcome})` })
      .from(challenges)
      .where(inArray(challenges.id, ids.challenges));
    for (const r of rows) texts.set(r.id, r.text);
  }
  if (ids.solutions.length) {
    const rows = await tx
      .select({ id: solutions.id, text: sql<string>`concat_ws(E'\\n', ${solutions.title}, ${solutions.summary}, ${solutions.description})` })
      .from(solutions)
      .where(inArray(solutions.id, ids.solutions));
    for (const r of rows) texts.set(r.id, r.text);
  }
  return texts;
}

/** The pair's two public records with the organisations that may speak for them (owner and co-owners; the provider). */
export async function pairOwners(tx: Executor, challengeId: string, solutionId: string) {
  const [challenge] = await tx
    .select({ owner: challenges.ownerOrganisationId })
    .from(challenges)
    .where(and(eq(challenges.id, challengeId), publicChallenge()));
  const [solution] = await tx
    .select({ provider: solutions.organisationId })
    .from(solutions)
    .where(and(eq(solutions.id, solutionId), publicSolution()));
  if (!challenge || !solution) return null;
  const coOwners = await tx
    .select({ id: challengeCoOwners.organisationId })
    .from(challengeCoOwners)
    .where(eq(challengeCoOwners.challengeId, challengeId));
  return { challengeOrganisations: [challenge.owner, ...coOwners.map((c) => c.id)], solutionOrganisation: solution.provider };
}

/** The organisations that may speak for a record: a challenge's owner and co-owners, a solution's company. */
export async function recordOrganisations(tx: Executor, record: { kind: "challenge" | "solution"; id: string }): Promise<string[]> {
  if (record.kind === "solution") {
    const rows = await tx.select({ id: solutions.organisationId }).from(solutions).where(eq(solutions.id, record.id));
    return rows.map((r) => r.id);
  }
  const [owner, coOwners] = await Promise.all([
    tx.select({ id: challenges.ownerOrganisationId }).from(challenges).where(eq(challenges.id, record.id)),
    tx.select({ id: challengeCoOwners.organisationId }).from(challengeCoOwners).where(eq(challengeCoOwners.challengeId, record.id)),
  ]);
  return [...owner, ...coOwners].map((r) => r.id);
}
