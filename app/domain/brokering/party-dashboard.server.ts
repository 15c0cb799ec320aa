/**
 * What the parties see of the brokering on their dashboards (issue 13): for a challenge owner, per challenge, who
 * responded ("ik kan helpen") and which matches run, with their state; for a provider, per solution, the matches it
 * is in and who showed interest. Only matches someone acted on (not untouched engine suggestions), never the hub's
 * notes or close reasons. The callers pass ids they already scoped to the viewer's organisation.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { isPublicChallenge } from "../../../db/conditions/challenges";
import { PUBLIC_SOLUTION_STATUS } from "../../../db/conditions/solutions";
import { challenges, matches, organisations, solutions } from "../../../db/schema";
import { getDb } from "../db.server";
import { PARTY_VISIBLE_STATES } from "./plain-states";
import type { MatchSource, MatchState } from "./states";

export interface PartyMatch {
  id: string;
  state: MatchState;
  source: MatchSource;
  /** The provider's "ik kan helpen" text (only for responses). */
  pitch: string | null;
  stateChangedAt: string;
  /** The other side: the solution (for an owner) or the challenge (for a provider). */
  other: { title: string; slug: string; lang: string; organisation: string; isPublic: boolean };
}

const providers = alias(organisations, "providers");
const owners = alias(organisations, "owners");

/** The columns of a match both dashboards read. */
const matchColumns = {
  id: matches.id,
  state: matches.state,
  source: matches.source,
  pitch: matches.pitch,
  changed: matches.stateChangedAt,
};

type Row = { key: string; id: string; state: MatchState; source: MatchSource; pitch: string | null; changed: Date };
type Other = Omit<PartyMatch["other"], "isPublic">;

/** Grouped per record id (the `key`), in the order of the rows; the pitch only for a provider's response. */
function group<R extends Row & Other>(rows: R[], isPublic: (row: R) => boolean): Record<string, PartyMatch[]> {
  const out: Record<string, PartyMatch[]> = {};
  for (const r of rows) {
    (out[r.key] ??= []).push({
      id: r.id,
      state: r.state,
      source: r.source,
      pitch: r.source === "company" ? r.pitch : null,
      stateChangedAt: r.changed.toISOString(),
      other: { title: r.title, slug: r.slug, lang: r.lang, organisation: r.organisation, isPublic: isPublic(r) },
    });
  }
  return out;
}

/** Per challenge id: the matches on it, the latest change first. */
export async function matchesOnChallenges(challengeIds: string[]): Promise<Record<string, PartyMatch[]>> {
  if (challengeIds.length === 0) return {};
  const rows = await getDb()
    .select({
      key: matches.challengeId,
      ...matchColumns,
      title: solutions.title,
      slug: solutions.slug,
      lang: solutions.lang,
      status: solutions.status,
      organisation: providers.name,
    })
    .from(matches)
    .innerJoin(solutions, eq(solutions.id, matches.solutionId))
    .innerJoin(providers, eq(providers.id, solutions.organisationId))
    .where(and(inArray(matches.challengeId, challengeIds), inArray(matches.state, [...PARTY_VISIBLE_STATES])))
    .orderBy(desc(matches.stateChangedAt), matches.id);
  return group(rows, (r) => r.status === PUBLIC_SOLUTION_STATUS);
}

/** Per solution id: the matches it is in, the latest change first. */
export async function matchesOfSolutions(solutionIds: string[]): Promise<Record<string, PartyMatch[]>> {
  if (solutionIds.length === 0) return {};
  const rows = await getDb()
    .select({
      key: matches.solutionId,
      ...matchColumns,
      title: challenges.title,
      slug: challenges.slug,
      lang: challenges.lang,
      status: challenges.status,
      visibility: challenges.visibility,
      organisation: owners.name,
    })
    .from(matches)
    .innerJoin(challenges, eq(challenges.id, matches.challengeId))
    .innerJoin(owners, eq(owners.id, challenges.ownerOrganisationId))
    .where(and(inArray(matches.solutionId, solutionIds), inArray(matches.state, [...PARTY_VISIBLE_STATES])))
    .orderBy(desc(matches.stateChangedAt), matches.id);
  return group(rows, isPublicChallenge);
}
