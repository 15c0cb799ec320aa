/**
 * The challenges repository: the one place that knows how a challenge is read. It owns the public row type
 * (`PublicChallenge`) and its mapper, and the two rules everything else uses: "public" (`publicChallenge`, from
 * db/conditions, shared with search/) and "owned by organisation" (`ownedBy`: the owner or a co-owner). Functions
 * that read private data take the organisation id (ADR 0021). The aggregate loaders (json_agg sub-selects) are raw
 * postgres.js moved as they were; new and changed queries use the drizzle builder.
 */
import { and, eq, exists, or, sql as dsql } from "drizzle-orm";
import type postgres from "postgres";
import type { Executor } from "../../../db/client";
import { publicChallenge, publicChallengeFragment, type PublicChallenge } from "../../../db/conditions/challenges";
import { publicSolutionFragment } from "../../../db/conditions/solutions";
import { challengeCoOwners, challenges } from "../../../db/schema";
import { loadChallengeDocuments, type ChallengeDocument } from "../../../search/documents";
import { isUuid } from "../../../shared/vocabulary/ids";
import { getDb, getSql } from "../db.server";
import { isoDay, isoTime } from "../../../shared/dates";

export { publicChallenge };
export type { PublicChallenge };

/** The condition "the organisation owns or co-owns the challenge" (drizzle, on `challenges`). */
export const ownedBy = (organisationId: string) =>
  or(
    eq(challenges.ownerOrganisationId, organisationId),
    exists(
      getDb()
        .select({ one: dsql`1` })
        .from(challengeCoOwners)
        .where(and(eq(challengeCoOwners.challengeId, challenges.id), eq(challengeCoOwners.organisationId, organisationId))),
    ),
  );

/** Whether the organisation owns or co-owns the challenge (inside the caller's transaction when given one). */
export async function ownsChallenge(tx: Executor, organisationId: string, challengeId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: challenges.id })
    .from(challenges)
    .where(and(eq(challenges.id, challengeId), ownedBy(organisationId)));
  return !!row;
}

/** A public challenge by slug, or null when it does not exist or is not public. */
export async function getPublicChallenge(slug: string): Promise<PublicChallenge | null> {
  const sql = getSql();
  const [challenge] = await loadChallenges(sql`c.slug = ${slug} and ${publicChallengeFragment(sql)}`);
  return challenge ?? null;
}

/** Any challenge by id, whatever its status (hub staff review it as readers will see it). Null for a bad id. */
export async function getChallengeById(id: string): Promise<PublicChallenge | null> {
  if (!isUuid(id)) return null;
  const [challenge] = await loadChallenges(getSql()`c.id = ${id}`);
  return challenge ?? null;
}

/** Every public challenge, newest first (by publication, else creation). */
export async function listPublicChallenges(): Promise<PublicChallenge[]> {
  const sql = getSql();
  return loadChallenges(publicChallengeFragment(sql), sql`order by coalesce(c.published_at, c.created_at) desc, c.id`);
}

async function loadChallenges(where: postgres.Fragment, order?: postgres.Fragment): Promise<PublicChallenge[]> {
  const sql = getSql();
  const rows = await sql`
    select c.*, o.id as owner_id, o.name as owner_name, o.slug as owner_slug, o.kind as owner_kind, o.cbs_code as owner_cbs_code,
      coalesce((select json_agg(json_build_object('name', co.name, 'slug', co.slug, 'kind', co.kind, 'cbsCode', co.cbs_code)
                                order by co.name)
                from challenge_co_owners cc join organisations co on co.id = cc.organisation_id
                where cc.challenge_id = c.id), '[]') as co_owners,
      coalesce((select array_agg(ct.theme_slug order by t.position) from challenge_themes ct
                join themes t on t.slug = ct.theme_slug where ct.challenge_id = c.id), '{}') as theme_slugs,
      coalesce((select json_agg(json_build_object('code', r.code, 'name', r.name) order by r.name)
                from challenge_regions cr join regions r on r.code = cr.region_code
                where cr.challenge_id = c.id), '[]') as region_list
    from challenges c join organisations o on o.id = c.owner_organisation_id
    where ${where}
    ${order ?? sql``}`;
  return rows.map(toPublicChallenge);
}

/** The one mapper from a challenge row (with the aggregates above) to `PublicChallenge`. */
function toPublicChallenge(row: postgres.Row): PublicChallenge {
  return {
    id: row.id,
    slug: row.slug,
    lang: row.lang,
    title: row.title,
    summary: row.summary,
    problemStatement: row.problem_statement,
    localContext: row.local_context,
    affected: row.affected,
    desiredOutcome: row.desired_outcome,
    successCriteria: row.success_criteria,
    sdgs: row.sdgs,
    budgetMin: row.budget_min,
    budgetMax: row.budget_max,
    launchingCustomerIntent: row.launching_customer_intent,
    procurementRoute: row.procurement_route,
    timeline: row.timeline,
    responseDeadline: isoDay(row.response_deadline),
    status: row.status,
    outcome: row.outcome,
    lessonsLearned: row.lessons_learned,
    contactName: row.contact_name,
    contactRole: row.contact_role,
    contactEmail: row.contact_email,
    contactMode: row.contact_mode,
    publishedAt: isoTime(row.published_at),
    createdAt: isoTime(row.created_at as Date),
    updatedAt: isoTime(row.updated_at as Date),
    owner: { id: row.owner_id, name: row.owner_name, slug: row.owner_slug, kind: row.owner_kind, cbsCode: row.owner_cbs_code },
    coOwners: row.co_owners,
    themes: row.theme_slugs,
    regions: row.region_list,
  };
}

/** Newest public challenges straight from PostgreSQL (home page, and the list when search is down). */
export async function latestChallenges(limit: number): Promise<ChallengeDocument[]> {
  return loadChallengeDocuments(getSql(), { limit });
}

export interface MarketStats {
  challenges: number;
  solutions: number;
  publicBodies: number;
  providers: number;
  perTheme: Record<string, number>;
}

export async function marketStats(): Promise<MarketStats> {
  const sql = getSql();
  const [counts] = await sql`
    select
      (select count(*)::int from challenges c where ${publicChallengeFragment(sql)}) as challenges,
      (select count(*)::int from solutions s where ${publicSolutionFragment(sql)}) as solutions,
      (select count(distinct owner_organisation_id)::int from challenges c where ${publicChallengeFragment(sql)}) as public_bodies,
      (select count(distinct organisation_id)::int from solutions s where ${publicSolutionFragment(sql)}) as providers`;
  const perTheme = await sql<{ theme_slug: string; n: number }[]>`
    select ct.theme_slug, count(*)::int as n from challenge_themes ct
    join challenges c on c.id = ct.challenge_id
    where ${publicChallengeFragment(sql)} and c.status = 'published' group by ct.theme_slug`;
  return {
    challenges: counts.challenges,
    solutions: counts.solutions,
    publicBodies: counts.public_bodies,
    providers: counts.providers,
    perTheme: Object.fromEntries(perTheme.map((r) => [r.theme_slug, r.n])),
  };
}

export interface ResultItem {
  slug: string;
  title: string;
  lang: "nl" | "en";
  outcome: string;
  lessonsLearned: string | null;
  finishedAt: string | null;
  owner: { name: string; slug: string };
  themes: string[];
}

/** Finished public challenges with what was piloted and learned, newest first (the public results page). */
export async function listResults(): Promise<ResultItem[]> {
  const sql = getSql();
  const rows = await sql`
    select c.slug, c.title, c.lang, c.outcome, c.lessons_learned, c.finished_at, o.name as owner_name, o.slug as owner_slug,
      coalesce((select array_agg(ct.theme_slug order by t.position) from challenge_themes ct
                join themes t on t.slug = ct.theme_slug where ct.challenge_id = c.id), '{}') as themes
    from challenges c join organisations o on o.id = c.owner_organisation_id
    where ${publicChallengeFragment(sql)} and c.status = 'finished' and c.outcome is not null
    order by c.finished_at desc nulls last, c.id
    limit 200`;
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    lang: r.lang,
    outcome: r.outcome,
    lessonsLearned: r.lessons_learned,
    finishedAt: isoTime(r.finished_at),
    owner: { name: r.owner_name, slug: r.owner_slug },
    themes: r.themes,
  }));
}
