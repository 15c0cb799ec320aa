/**
 * How matches come into being: a company responds to a challenge ("ik kan helpen"), a challenge owner marks a
 * suggested solution as interesting, or hub staff add a suggestion of the engine. One match per challenge ×
 * solution: a repeated request (a double click) finds the existing match and changes nothing.
 */
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { challenges, solutions, type MatchExplanation } from "../../../db/schema";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { speaksFor } from "../organisations/speaks-for.server";
import { ownsChallenge } from "../challenges/challenges.repository.server";
import { hubStaff } from "../users/users.repository.server";
import { challengeOwners } from "./parties.server";
import type { MatchState } from "./states";
import { recordChange } from "./transitions.server";
import { advanceToInterest, insertMatch, lockPairMatch, matchFacts } from "./matches.repository.server";
import { isSolutionProviderKind } from "../../../shared/vocabulary/organisations";
import { fail, type Result } from "../errors";
import type { RespondError } from "./errors";


/** What the matcher said about the pair, when it suggested it. */
export interface EngineSuggestion {
  score: number;
  explanation: MatchExplanation;
}

export type CreateOutcome = "created" | "advanced" | "already";
export type RespondResult = Result<{ matchId: string; outcome: CreateOutcome }, RespondError>;

interface Upsert {
  challengeId: string;
  solutionId: string;
  actorUserId: string;
  source: "engine" | "staff" | "company" | "owner";
  state: Extract<MatchState, "suggested" | "interest">;
  pitch?: string | null;
  suggestion?: EngineSuggestion | null;
}

/** Creates the match, or moves a suggested one to interest; a match further along is left alone. */
async function createOrAdvance(tx: Executor, input: Upsert): Promise<{ matchId: string; outcome: CreateOutcome }> {
  const explanation = input.suggestion
    ? {
        sharedThemes: input.suggestion.explanation.sharedThemes,
        matchingTerms: input.suggestion.explanation.matchingTerms,
        deployments: input.suggestion.explanation.deployments,
        strength: input.suggestion.explanation.strength,
      }
    : null;
  const inserted = await insertMatch(tx, {
    challengeId: input.challengeId,
    solutionId: input.solutionId,
    state: input.state,
    source: input.source,
    pitch: input.pitch ?? null,
    score: input.suggestion?.score ?? null,
    explanation,
  });
  if (inserted) {
    const facts = (await matchFacts(tx, inserted))!;
    await recordChange(tx, facts, { actorUserId: input.actorUserId, from: null, to: input.state, note: input.pitch, extra: { source: input.source } });
    return { matchId: inserted, outcome: "created" };
  }
  const existing = (await lockPairMatch(tx, input.challengeId, input.solutionId))!;
  if (existing.state !== "suggested" || input.state !== "interest") return { matchId: existing.id, outcome: "already" };
  const now = new Date();
  await advanceToInterest(tx, existing.id, input, now);
  const facts = (await matchFacts(tx, existing.id))!;
  await recordChange(tx, facts, { actorUserId: input.actorUserId, from: "suggested", to: "interest", note: input.pitch, extra: { source: input.source } });
  return { matchId: existing.id, outcome: "advanced" };
}

async function loadPair(tx: Executor, challengeId: string, solutionId: string) {
  const [challenge] = await tx
    .select({ id: challenges.id, title: challenges.title, status: challenges.status, visibility: challenges.visibility, ownerOrganisationId: challenges.ownerOrganisationId, contactMode: challenges.contactMode })
    .from(challenges)
    .where(eq(challenges.id, challengeId));
  const [solution] = await tx
    .select({ id: solutions.id, title: solutions.title, status: solutions.status, organisationId: solutions.organisationId })
    .from(solutions)
    .where(eq(solutions.id, solutionId));
  return { challenge, solution };
}

async function tellStaff(tx: Executor, event: string, matchId: string, titles: { challengeTitle: string; solutionTitle: string }) {
  const staff = await hubStaff(tx);
  await notify(tx, staff.map((s) => ({ userId: s.id, kind: "staff_attention" as const, payload: { event, matchId, ...titles } })));
}

/**
 * "Ik kan helpen": a member of a company or knowledge institution offers one of its published solutions. The actor
 * must be a member whose membership speaks for the organisation (company memberships always do, ADR 0015).
 */
export async function respondToChallenge(
  actor: { userId: string; organisationId: string; organisationKind: string },
  input: { challengeId: string; solutionId: string; pitch: string },
  suggestion: EngineSuggestion | null = null,
): Promise<RespondResult> {
  if (!isSolutionProviderKind(actor.organisationKind)) return fail("forbidden");
  return getDb().transaction(async (tx) => {
    if (!(await speaksFor(tx, actor.userId, actor.organisationId))) return fail("forbidden");
    const { challenge, solution } = await loadPair(tx, input.challengeId, input.solutionId);
    // Not public (or gone) reads as not open for responses, as a closed one does.
    if (!challenge || challenge.visibility !== "public" || challenge.status !== "published") return fail("closedForResponses");
    if (!solution || solution.organisationId !== actor.organisationId || solution.status !== "published") {
      return fail("solutionInvalid");
    }
    const result = await createOrAdvance(tx, {
      challengeId: challenge.id,
      solutionId: solution.id,
      actorUserId: actor.userId,
      source: "company",
      state: "interest",
      pitch: input.pitch,
      suggestion,
    });
    if (result.outcome === "already") return { ok: true, ...result } as const;
    const titles = { challengeTitle: challenge.title, solutionTitle: solution.title };
    await audit({ actorUserId: actor.userId, action: "match.respond", entityType: "match", entityId: result.matchId, data: { outcome: result.outcome } }, tx);
    await tellStaff(tx, "company_response", result.matchId, titles);
    if (challenge.contactMode === "direct") {
      const owners = await challengeOwners(tx, challenge.id);
      await notify(tx, owners.map((o) => ({ userId: o.id, kind: "challenge_response" as const, payload: { matchId: result.matchId, ...titles } })));
    }
    return { ok: true, ...result } as const;
  });
}

/**
 * A challenge owner marks a suggested solution as interesting: the hub screens it. This speaks for the body, so the
 * actor needs a verified membership of it (ADR 0015).
 */
export async function markInterest(
  actor: { userId: string; organisationId: string },
  input: { challengeId: string; solutionId: string },
  suggestion: EngineSuggestion | null = null,
): Promise<RespondResult> {
  return getDb().transaction(async (tx) => {
    const { challenge, solution } = await loadPair(tx, input.challengeId, input.solutionId);
    if (!challenge) return fail("solutionInvalid");
    if (!(await ownsChallenge(tx, actor.organisationId, challenge.id))) return fail("forbidden");
    if (!(await speaksFor(tx, actor.userId, actor.organisationId))) return fail("forbidden");
    if (!solution || solution.status !== "published") return fail("solutionInvalid");
    const result = await createOrAdvance(tx, {
      challengeId: challenge.id,
      solutionId: solution.id,
      actorUserId: actor.userId,
      source: "owner",
      state: "interest",
      suggestion,
    });
    if (result.outcome === "already") return { ok: true, ...result } as const;
    await audit({ actorUserId: actor.userId, action: "match.interest", entityType: "match", entityId: result.matchId, data: { outcome: result.outcome } }, tx);
    await tellStaff(tx, "owner_interest", result.matchId, { challengeTitle: challenge.title, solutionTitle: solution.title });
    return { ok: true, ...result } as const;
  });
}

/** Hub staff add a pair to the pipeline (from the engine's suggestions, or their own idea). */
export async function suggestMatch(
  actorUserId: string,
  input: { challengeId: string; solutionId: string },
  suggestion: EngineSuggestion | null = null,
): Promise<RespondResult> {
  return getDb().transaction(async (tx) => {
    const { challenge, solution } = await loadPair(tx, input.challengeId, input.solutionId);
    if (!challenge) return fail("notFound");
    if (!solution || solution.status !== "published") return fail("solutionInvalid");
    const result = await createOrAdvance(tx, {
      challengeId: challenge.id,
      solutionId: solution.id,
      actorUserId,
      source: suggestion ? "engine" : "staff",
      state: "suggested",
      suggestion,
    });
    if (result.outcome === "created") {
      await audit({ actorUserId, action: "match.suggest", entityType: "match", entityId: result.matchId, data: { source: suggestion ? "engine" : "staff" } }, tx);
    }
    return { ok: true, ...result } as const;
  });
}

/** The published solutions of an organisation (what it can offer in a response). */
export async function publishedSolutionsOf(organisationId: string): Promise<{ id: string; title: string; lang: string }[]> {
  return getDb()
    .select({ id: solutions.id, title: solutions.title, lang: solutions.lang })
    .from(solutions)
    .where(and(eq(solutions.organisationId, organisationId), eq(solutions.status, "published")))
    .orderBy(solutions.title);
}
