/**
 * Changing a match's state: checked against the allowed transitions, with optimistic concurrency (the caller
 * names the state it saw; if the match moved meanwhile, nothing changes). Every change writes a match event, an
 * audit entry and notifications in one transaction; reaching "adopted" records the deployment on the solution.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { matchEvents, solutionDeployments } from "../../../db/schema";
import { enqueueSearchSync } from "../../../search/outbox";
import { audit } from "../audit/audit.server";
import { proposeServicesForTransition } from "../edih/services.repository.server";
import { getDb } from "../db.server";
import { lockMatchState, matchFacts, moveMatch, type MatchFacts } from "./matches.repository.server";
import { recordOutcome } from "../judgements/outcomes.server";
import { notify, type NewNotification } from "../notifications/notify.server";
import { challengeOwners, solutionOwners } from "./parties.server";
import { canTransition, PARTIES_INVOLVED, VIA_OWN_STEP, type MatchState } from "./states";
import { fail, type Result } from "../errors";
import type { TransitionError } from "./errors";

/** A match's state change, or why not (the codes of `transitionErrors`; a refused one carries the current state). */
export type MatchTransitionResult = Result<{ from: MatchState; to: MatchState }, Exclude<TransitionError, "noParties">, { current?: MatchState }>;

export interface TransitionInput {
  matchId: string;
  /** The state the caller saw; the change is refused when the match is no longer in it. */
  expectedFrom: MatchState;
  to: MatchState;
  note?: string | null;
  closedReason?: string | null;
}

/** The people to tell about a change: the broker always; the parties once they know each other (or asked). */
async function recipients(tx: Executor, facts: MatchFacts, from: MatchState | null, to: MatchState): Promise<string[]> {
  const ids = new Set<string>();
  if (facts.brokerUserId) ids.add(facts.brokerUserId);
  const involved = PARTIES_INVOLVED.includes(to) || (from !== null && PARTIES_INVOLVED.includes(from));
  if (involved || facts.source === "owner") for (const p of await challengeOwners(tx, facts.challengeId)) ids.add(p.id);
  if (involved || facts.source === "company") for (const p of await solutionOwners(tx, facts.solutionId)) ids.add(p.id);
  return [...ids];
}

/** Records a state change that already happened on the row: event, audit entry, notifications, side effects. */
export async function recordChange(
  tx: Executor,
  facts: MatchFacts,
  change: { actorUserId: string | null; from: MatchState | null; to: MatchState; note?: string | null; extra?: Record<string, unknown> },
): Promise<void> {
  if (change.to === "adopted") await recordAdoption(tx, facts);
  // EDIH reporting (ADR 0025): a step that serves the parties proposes a service record for each; staff confirm it.
  await proposeServicesForTransition(tx, facts, change.actorUserId, change.to);
  await recordOutcome(tx, facts, change.to, change.actorUserId);
  await tx.insert(matchEvents).values({
    matchId: facts.id,
    fromState: change.from,
    toState: change.to,
    actorUserId: change.actorUserId,
    note: change.note?.trim() || null,
  });
  if (change.actorUserId) {
    await audit(
      {
        actorUserId: change.actorUserId,
        action: "match.state",
        entityType: "match",
        entityId: facts.id,
        data: { from: change.from, to: change.to, ...change.extra },
      },
      tx,
    );
  }
  if (change.from === null) return; // a new match: its creator notifies whoever must act on it
  const payload = { matchId: facts.id, from: change.from, to: change.to, challengeTitle: facts.challengeTitle, solutionTitle: facts.solutionTitle };
  const entries: NewNotification[] = (await recipients(tx, facts, change.from, change.to))
    .filter((userId) => userId !== change.actorUserId)
    .map((userId) => ({ userId, kind: "match_state", payload }));
  await notify(tx, entries);
}

/**
 * An adopted match means the challenge owner now uses the solution: add (or reactivate) a deployment in the
 * owner's region, so it appears on the solution page and in the search index.
 */
async function recordAdoption(tx: Executor, facts: MatchFacts): Promise<void> {
  const [region] = await tx.execute<{ code: string | null }>(sql`
    select coalesce(o.region_code,
      (select cr.region_code from challenge_regions cr where cr.challenge_id = c.id order by cr.region_code limit 1)) as code
    from challenges c join organisations o on o.id = c.owner_organisation_id where c.id = ${facts.challengeId}`);
  if (!region?.code) return;
  const today = new Date().toISOString().slice(0, 10);
  await tx
    .insert(solutionDeployments)
    .values({ solutionId: facts.solutionId, regionCode: region.code, status: "active", since: today })
    .onConflictDoUpdate({
      target: [solutionDeployments.solutionId, solutionDeployments.regionCode],
      set: {
        status: "active",
        since: sql`coalesce(${solutionDeployments.since}, ${today}::date)`,
        confirmation: sql`case when ${solutionDeployments.confirmation} = 'disputed' then 'unconfirmed' else ${solutionDeployments.confirmation} end`,
        disputeReason: null,
      },
    });
  await enqueueSearchSync(tx, "solution", [facts.solutionId]);
}

/** One state change inside the caller's transaction (so a bulk change can run several). */
export async function transitionIn(
  tx: Executor,
  actorUserId: string,
  input: TransitionInput,
  options: { ownStep?: boolean } = {},
): Promise<MatchTransitionResult> {
  const current = await lockMatchState(tx, input.matchId);
  if (!current) return fail("notFound");
  if (current !== input.expectedFrom) return fail("conflict", { current });
  if (!canTransition(input.expectedFrom, input.to) || (VIA_OWN_STEP.includes(input.to) && !options.ownStep)) return fail("forbidden", { current });
  const closedReason = input.closedReason?.trim() || null;
  if (input.to === "closed" && !closedReason) return fail("closedReasonRequired", { current });
  const moved = await moveMatch(tx, input.matchId, input.expectedFrom, { state: input.to, closedReason: input.to === "closed" ? closedReason : null }, new Date());
  if (!moved) return fail("conflict");
  const facts = (await matchFacts(tx, input.matchId))!;
  await recordChange(tx, facts, {
    actorUserId,
    from: input.expectedFrom,
    to: input.to,
    note: input.to === "closed" ? [closedReason, input.note?.trim()].filter(Boolean).join("\n\n") : input.note,
    extra: input.to === "closed" ? { closedReason } : undefined,
  });
  return { ok: true, from: input.expectedFrom, to: input.to };
}

/** A single state change by hub staff, in its own transaction. */
export async function changeState(actorUserId: string, input: TransitionInput): Promise<MatchTransitionResult> {
  return getDb().transaction(async (tx) => transitionIn(tx, actorUserId, input));
}

export interface BulkItemResult {
  matchId: string;
  result: MatchTransitionResult;
}

/**
 * The same move for several matches. Each match is all-or-nothing on its own transaction: one that moved
 * meanwhile or may not make this move is reported and left as it was (nothing is written before the checks pass);
 * the others change.
 */
export async function bulkChangeState(
  actorUserId: string,
  items: { matchId: string; expectedFrom: MatchState }[],
  to: MatchState,
  extra: { note?: string | null; closedReason?: string | null } = {},
): Promise<BulkItemResult[]> {
  const results: BulkItemResult[] = [];
  for (const item of items) {
    results.push({ matchId: item.matchId, result: await changeState(actorUserId, { ...item, to, ...extra }) });
  }
  return results;
}
