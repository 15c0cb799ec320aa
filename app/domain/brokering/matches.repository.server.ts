/**
 * The matches repository (ADR 0021): the queries on matches. What hub staff read (the pipeline with its filters, one
 * match with its history, notes and threads), the facts a change records and notifies, and the writes the brokering
 * commands make (create, advance, move with optimistic concurrency, the broker). The commands in transitions,
 * respond, introduce and manage keep the rules, events, audit and notifications. The pipeline and detail loaders
 * stay raw SQL (their `json_agg` sub-selects); the rest is the drizzle builder on the caller's executor.
 */
import { isPublicChallenge } from "../../../db/conditions/challenges";
import { PUBLIC_SOLUTION_STATUS } from "../../../db/conditions/solutions";
import { isoTime } from "../../../shared/dates";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../../db/client";
import { challenges, matches, organisations, solutions } from "../../../db/schema";
import { getDb } from "../db.server";
import type { MatchExplanation } from "../../../db/schema";
import { hubStaff } from "../users/users.repository.server";
import { isMatchSource, isMatchState, OPEN_STATE_FILTER, staleInfo, type MatchSource, type MatchState, type StaleSettings } from "./states";

export interface MatchFilters {
  theme?: string;
  province?: string;
  /** "mine", "none" or a user id. */
  broker?: string;
  state?: MatchState;
  /** Only matches still in progress (neither adopted nor closed); ignored when `state` is set. URL: status=lopend. */
  open?: boolean;
  /** How the match came about (engine, staff, company = "ik kan helpen", owner). URL: bron=… */
  source?: MatchSource;
  /** "stale": only matches waiting too long; "fresh": only the others. */
  age?: "stale" | "fresh";
}

export interface MatchRow {
  id: string;
  state: MatchState;
  source: string;
  score: number | null;
  /** The matcher's strength and reasons when it suggested the pair (shown in words, never the bare score). */
  explanation: MatchExplanation | null;
  stateChangedAt: string;
  brokerUserId: string | null;
  brokerName: string | null;
  mine: boolean;
  challenge: { id: string; title: string; slug: string; lang: string; ownerName: string };
  solution: { id: string; title: string; slug: string; lang: string; providerName: string };
  themes: string[];
  workingDays: number;
  stale: boolean;
}

export const LIST_LIMIT = 500;

/**
 * The pipeline, the viewer's own matches first, then the longest waiting. At most LIST_LIMIT rows after the SQL
 * filters; `truncated` says when there were more (the page then asks to narrow the filters).
 */
export async function listMatches(
  viewerId: string,
  filters: MatchFilters,
  settings: StaleSettings,
  now = new Date(),
  limit = LIST_LIMIT,
): Promise<{ rows: MatchRow[]; truncated: boolean }> {
  const where: SQL[] = [sql`true`];
  if (filters.state) where.push(sql`m.state = ${filters.state}`);
  else if (filters.open) where.push(sql`m.state not in ('adopted', 'closed')`);
  if (filters.source) where.push(sql`m.source = ${filters.source}`);
  if (filters.theme) where.push(sql`exists (select 1 from challenge_themes ct where ct.challenge_id = c.id and ct.theme_slug = ${filters.theme})`);
  if (filters.province) {
    where.push(sql`exists (select 1 from challenge_regions cr join regions r on r.code = cr.region_code
      where cr.challenge_id = c.id and coalesce(r.province_code, r.code) = ${filters.province})`);
  }
  if (filters.broker === "mine") where.push(sql`m.broker_user_id = ${viewerId}`);
  else if (filters.broker === "none") where.push(sql`m.broker_user_id is null`);
  else if (filters.broker) where.push(sql`m.broker_user_id = ${filters.broker}`);
  const rows = await getDb().execute<Record<string, unknown>>(sql`
    select m.id, m.state, m.source, m.score, m.explanation, m.state_changed_at, m.broker_user_id, b.name as broker_name,
      c.id as c_id, c.title as c_title, c.slug as c_slug, c.lang as c_lang, co.name as owner_name,
      s.id as s_id, s.title as s_title, s.slug as s_slug, s.lang as s_lang, so.name as provider_name,
      coalesce((select array_agg(ct.theme_slug order by ct.theme_slug) from challenge_themes ct where ct.challenge_id = c.id), '{}') as themes
    from matches m
    join challenges c on c.id = m.challenge_id join organisations co on co.id = c.owner_organisation_id
    join solutions s on s.id = m.solution_id join organisations so on so.id = s.organisation_id
    left join users b on b.id = m.broker_user_id
    where ${sql.join(where, sql` and `)}
    order by (m.broker_user_id is not distinct from ${viewerId}) desc, m.state_changed_at asc, m.id
    limit ${limit + 1}`);
  const list = [...rows]
    .slice(0, limit)
    .map((r): MatchRow => {
      const changed = new Date(r.state_changed_at as string);
      const info = staleInfo(r.state as MatchState, changed, now, settings);
      return {
        id: r.id as string,
        state: r.state as MatchState,
        source: r.source as string,
        score: (r.score as number | null) ?? null,
        explanation: (r.explanation as MatchExplanation | null) ?? null,
        stateChangedAt: changed.toISOString(),
        brokerUserId: (r.broker_user_id as string | null) ?? null,
        brokerName: (r.broker_name as string | null) ?? null,
        mine: r.broker_user_id === viewerId,
        challenge: { id: r.c_id as string, title: r.c_title as string, slug: r.c_slug as string, lang: r.c_lang as string, ownerName: r.owner_name as string },
        solution: { id: r.s_id as string, title: r.s_title as string, slug: r.s_slug as string, lang: r.s_lang as string, providerName: r.provider_name as string },
        themes: r.themes as string[],
        workingDays: info.days,
        stale: info.stale,
      };
    })
    .filter((m) => (filters.age === "stale" ? m.stale : filters.age === "fresh" ? !m.stale : true));
  return { rows: list, truncated: rows.length > limit };
}

/** Filter values from a query string, keeping only known shapes (anything else is ignored). */
export function parseFilters(params: URLSearchParams): MatchFilters {
  const pick = (k: string) => params.get(k)?.trim().slice(0, 100) || undefined;
  const state = pick("status");
  const age = pick("leeftijd");
  const source = pick("bron");
  return {
    theme: pick("thema"),
    province: pick("provincie")?.match(/^PV[0-9]{2}$/)?.[0],
    broker: pick("makelaar"),
    state: isMatchState(state) ? state : undefined,
    open: state === OPEN_STATE_FILTER || undefined,
    source: isMatchSource(source) ? source : undefined,
    age: age === "stale" || age === "fresh" ? age : undefined,
  };
}

export async function filterOptions() {
  const db = getDb();
  const [provinces, brokers] = await Promise.all([
    db.execute<{ code: string; name: string }>(sql`select code, name from regions where kind = 'provincie' order by name`),
    hubStaff(db),
  ]);
  return { provinces: [...provinces], brokers };
}

export interface MatchDetail {
  id: string;
  state: MatchState;
  source: string;
  score: number | null;
  explanation: MatchExplanation | null;
  pitch: string | null;
  closedReason: string | null;
  stateChangedAt: string;
  createdAt: string;
  broker: { id: string; name: string } | null;
  challenge: { id: string; title: string; slug: string; lang: string; status: string; isPublic: boolean; contactMode: string; ownerName: string; ownerSlug: string };
  solution: { id: string; title: string; slug: string; lang: string; status: string; isPublic: boolean; providerName: string; providerSlug: string };
  events: { id: number; from: MatchState | null; to: MatchState; actorName: string | null; note: string | null; at: string }[];
  notes: { id: number; authorName: string | null; body: string; at: string }[];
  threads: { id: string; subject: string; createdAt: string }[];
}

export async function getMatchDetail(matchId: string): Promise<MatchDetail | null> {
  const db = getDb();
  const [m] = await db.execute<Record<string, unknown>>(sql`
    select m.*, b.name as broker_name,
      c.title as c_title, c.slug as c_slug, c.lang as c_lang, c.status as c_status, c.visibility as c_visibility, c.contact_mode,
      co.name as owner_name, co.slug as owner_slug,
      s.title as s_title, s.slug as s_slug, s.lang as s_lang, s.status as s_status, so.name as provider_name, so.slug as provider_slug
    from matches m
    join challenges c on c.id = m.challenge_id join organisations co on co.id = c.owner_organisation_id
    join solutions s on s.id = m.solution_id join organisations so on so.id = s.organisation_id
    left join users b on b.id = m.broker_user_id
    where m.id = ${matchId}`);
  if (!m) return null;
  const [events, notes, threads] = await Promise.all([
    db.execute<{ id: number; from_state: MatchState | null; to_state: MatchState; name: string | null; note: string | null; created_at: string }>(sql`
      select e.id, e.from_state, e.to_state, u.name, e.note, e.created_at from match_events e left join users u on u.id = e.actor_user_id
      where e.match_id = ${matchId} order by e.created_at, e.id`),
    db.execute<{ id: number; name: string | null; body: string; created_at: string }>(sql`
      select n.id, u.name, n.body, n.created_at from match_notes n left join users u on u.id = n.author_user_id
      where n.match_id = ${matchId} order by n.created_at, n.id`),
    db.execute<{ id: string; subject: string; created_at: string }>(sql`
      select id, subject, created_at from threads where match_id = ${matchId} order by created_at`),
  ]);
  const iso = (v: unknown) => isoTime(v as string);
  return {
    id: m.id as string,
    state: m.state as MatchState,
    source: m.source as string,
    score: (m.score as number | null) ?? null,
    explanation: (m.explanation as MatchExplanation | null) ?? null,
    pitch: (m.pitch as string | null) ?? null,
    closedReason: (m.closed_reason as string | null) ?? null,
    stateChangedAt: iso(m.state_changed_at),
    createdAt: iso(m.created_at),
    broker: m.broker_user_id ? { id: m.broker_user_id as string, name: m.broker_name as string } : null,
    challenge: {
      id: m.challenge_id as string,
      title: m.c_title as string,
      slug: m.c_slug as string,
      lang: m.c_lang as string,
      status: m.c_status as string,
      isPublic: isPublicChallenge({ status: m.c_status as string, visibility: m.c_visibility as string }),
      contactMode: m.contact_mode as string,
      ownerName: m.owner_name as string,
      ownerSlug: m.owner_slug as string,
    },
    solution: {
      id: m.solution_id as string,
      title: m.s_title as string,
      slug: m.s_slug as string,
      lang: m.s_lang as string,
      status: m.s_status as string,
      isPublic: m.s_status === PUBLIC_SOLUTION_STATUS,
      providerName: m.provider_name as string,
      providerSlug: m.provider_slug as string,
    },
    events: [...events].map((e) => ({ id: Number(e.id), from: e.from_state, to: e.to_state, actorName: e.name, note: e.note, at: iso(e.created_at) })),
    notes: [...notes].map((n) => ({ id: Number(n.id), authorName: n.name, body: n.body, at: iso(n.created_at) })),
    threads: [...threads].map((t) => ({ id: t.id, subject: t.subject, createdAt: iso(t.created_at) })),
  };
}

/** The matches of one challenge, keyed by solution id (for the challenge page: already responded or marked). */
export async function matchStatesForChallenge(challengeId: string): Promise<Record<string, MatchState>> {
  const rows = await getDb().execute<{ solution_id: string; state: MatchState }>(sql`
    select solution_id, state from matches where challenge_id = ${challengeId}`);
  return Object.fromEntries([...rows].map((r) => [r.solution_id, r.state]));
}

/** Challenges open for matching (published), for the "new match" chooser. */
export async function openChallenges(): Promise<{ id: string; slug: string; title: string; ownerName: string }[]> {
  const rows = await getDb().execute<{ id: string; slug: string; title: string; owner_name: string }>(sql`
    select c.id, c.slug, c.title, o.name as owner_name from challenges c join organisations o on o.id = c.owner_organisation_id
    where c.status = 'published' order by c.title`);
  return [...rows].map((r) => ({ id: r.id, slug: r.slug, title: r.title, ownerName: r.owner_name }));
}

/** What a change records and notifies about a match. */
export interface MatchFacts {
  id: string;
  challengeId: string;
  solutionId: string;
  brokerUserId: string | null;
  source: string;
  challengeTitle: string;
  solutionTitle: string;
}

export async function matchFacts(tx: Executor, matchId: string): Promise<MatchFacts | null> {
  const [row] = await tx
    .select({
      id: matches.id,
      challengeId: matches.challengeId,
      solutionId: matches.solutionId,
      brokerUserId: matches.brokerUserId,
      source: matches.source,
      challengeTitle: challenges.title,
      solutionTitle: solutions.title,
    })
    .from(matches)
    .innerJoin(challenges, eq(challenges.id, matches.challengeId))
    .innerJoin(solutions, eq(solutions.id, matches.solutionId))
    .where(eq(matches.id, matchId));
  return row ?? null;
}

const ownerOrg = alias(organisations, "owner_org");
const providerOrg = alias(organisations, "provider_org");

/** The match's records and the organisations behind them (the introduction's text). */
export async function matchWithOrganisations(tx: Executor, matchId: string) {
  const [row] = await tx
    .select({
      challengeId: matches.challengeId,
      solutionId: matches.solutionId,
      challengeTitle: challenges.title,
      solutionTitle: solutions.title,
      ownerOrganisation: ownerOrg.name,
      providerOrganisation: providerOrg.name,
    })
    .from(matches)
    .innerJoin(challenges, eq(challenges.id, matches.challengeId))
    .innerJoin(solutions, eq(solutions.id, matches.solutionId))
    .innerJoin(ownerOrg, eq(ownerOrg.id, challenges.ownerOrganisationId))
    .innerJoin(providerOrg, eq(providerOrg.id, solutions.organisationId))
    .where(eq(matches.id, matchId));
  return row ?? null;
}

/** The match's state, its row locked for the caller's transaction; null when there is no such match. */
export async function lockMatchState(tx: Executor, matchId: string): Promise<MatchState | null> {
  const [row] = await tx.select({ state: matches.state }).from(matches).where(eq(matches.id, matchId)).for("update");
  return row?.state ?? null;
}

/** Moves the match from `from` to `set.state`; false when it is no longer in `from` (optimistic concurrency). */
export async function moveMatch(tx: Executor, matchId: string, from: MatchState, set: { state: MatchState; closedReason: string | null }, now: Date): Promise<boolean> {
  const updated = await tx
    .update(matches)
    .set({ ...set, stateChangedAt: now, updatedAt: now })
    .where(and(eq(matches.id, matchId), eq(matches.state, from)))
    .returning({ id: matches.id });
  return updated.length > 0;
}

/** Sets (or clears) the match's broker; false when there is no such match. */
export async function setBroker(tx: Executor, matchId: string, brokerUserId: string | null): Promise<boolean> {
  const updated = await tx.update(matches).set({ brokerUserId, updatedAt: new Date() }).where(eq(matches.id, matchId)).returning({ id: matches.id });
  return updated.length > 0;
}

/** Makes the actor the broker unless the match has one; the broker it has afterwards (null: no such match). */
export async function claimBroker(tx: Executor, matchId: string, actorUserId: string): Promise<string | null> {
  const [row] = await tx
    .update(matches)
    .set({ brokerUserId: sql`coalesce(${matches.brokerUserId}, ${actorUserId})` })
    .where(eq(matches.id, matchId))
    .returning({ brokerUserId: matches.brokerUserId });
  return row ? row.brokerUserId : null;
}

export async function matchExists(tx: Executor, matchId: string): Promise<boolean> {
  const [row] = await tx.select({ id: matches.id }).from(matches).where(eq(matches.id, matchId));
  return !!row;
}

/** Inserts the pair's match; null when the pair has one already (the unique pair index). */
export async function insertMatch(tx: Executor, values: typeof matches.$inferInsert): Promise<string | null> {
  const inserted = await tx.insert(matches).values(values).onConflictDoNothing({ target: [matches.challengeId, matches.solutionId] }).returning({ id: matches.id });
  return inserted[0]?.id ?? null;
}

/** The pair's match with its state, locked for the caller's transaction. */
export async function lockPairMatch(tx: Executor, challengeId: string, solutionId: string): Promise<{ id: string; state: MatchState } | null> {
  const [row] = await tx
    .select({ id: matches.id, state: matches.state })
    .from(matches)
    .where(and(eq(matches.challengeId, challengeId), eq(matches.solutionId, solutionId)))
    .for("update");
  return row ?? null;
}

/** A suggested match someone showed interest in: state interest, the new source, the pitch when one was given. */
export async function advanceToInterest(tx: Executor, matchId: string, input: { source: MatchSource; pitch?: string | null }, now: Date): Promise<void> {
  await tx
    .update(matches)
    .set({ state: "interest", source: input.source, pitch: input.pitch ?? sql`${matches.pitch}`, stateChangedAt: now, updatedAt: now })
    .where(eq(matches.id, matchId));
}

/** The match's pair, with how it came about and the engine's score (an outcome's record), or null. */
export async function matchPair(tx: Executor, matchId: string) {
  const [row] = await tx
    .select({ challengeId: matches.challengeId, solutionId: matches.solutionId, source: matches.source, score: matches.score })
    .from(matches)
    .where(eq(matches.id, matchId));
  return row ?? null;
}

/** Per match id, the slug of its challenge (the link of a notification about a match). */
export async function challengeSlugsOfMatches(tx: Executor, matchIds: string[]): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  if (!matchIds.length) return slugs;
  const rows = await tx
    .select({ matchId: matches.id, slug: challenges.slug })
    .from(matches)
    .innerJoin(challenges, eq(challenges.id, matches.challengeId))
    .where(inArray(matches.id, matchIds));
  for (const r of rows) slugs.set(r.matchId, r.slug);
  return slugs;
}
