import { PUBLIC_CHALLENGE_STATUSES } from "../../shared/vocabulary/challenges";
import type postgres from "postgres";
import { loadChallengeDocuments, type ChallengeDocument } from "../../search/documents";
import { isUuid } from "../../shared/vocabulary/ids";
import { getSql } from "./db.server";

/** Statuses in which a challenge is visible to everyone. */
const PUBLIC = PUBLIC_CHALLENGE_STATUSES as unknown as string[];

export interface PublicChallenge {
  id: string;
  slug: string;
  lang: "nl" | "en";
  title: string;
  summary: string;
  problemStatement: string;
  localContext: string;
  affected: string;
  desiredOutcome: string;
  successCriteria: string;
  sdgs: number[];
  budgetMin: number | null;
  budgetMax: number | null;
  launchingCustomerIntent: boolean;
  procurementRoute: string;
  timeline: string;
  responseDeadline: string | null;
  status: string;
  outcome: string | null;
  lessonsLearned: string | null;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  /** Whether providers' responses reach the owner directly or via hub staff. */
  contactMode: string;
  publishedAt: string | null;
  owner: { id: string; name: string; slug: string; kind: string };
  coOwners: { name: string; slug: string }[];
  themes: string[];
  regions: { code: string; name: string }[];
}

/** A public challenge by slug, or null when it does not exist or is not public. */
export async function getPublicChallenge(slug: string): Promise<PublicChallenge | null> {
  const sql = getSql();
  return loadChallenge(sql`c.slug = ${slug} and c.status = any(${PUBLIC}) and c.visibility = 'public'`);
}

/** Any challenge by id, whatever its status (hub staff review it as readers will see it). Null for a bad id. */
export async function getChallengeById(id: string): Promise<PublicChallenge | null> {
  if (!isUuid(id)) return null;
  return loadChallenge(getSql()`c.id = ${id}`);
}

async function loadChallenge(where: postgres.Fragment): Promise<PublicChallenge | null> {
  const sql = getSql();
  const [row] = await sql`
    select c.*, o.id as owner_id, o.name as owner_name, o.slug as owner_slug, o.kind as owner_kind,
      coalesce((select json_agg(json_build_object('name', co.name, 'slug', co.slug) order by co.name)
                from challenge_co_owners cc join organisations co on co.id = cc.organisation_id
                where cc.challenge_id = c.id), '[]') as co_owners,
      coalesce((select array_agg(ct.theme_slug order by t.position) from challenge_themes ct
                join themes t on t.slug = ct.theme_slug where ct.challenge_id = c.id), '{}') as theme_slugs,
      coalesce((select json_agg(json_build_object('code', r.code, 'name', r.name) order by r.name)
                from challenge_regions cr join regions r on r.code = cr.region_code
                where cr.challenge_id = c.id), '[]') as region_list
    from challenges c join organisations o on o.id = c.owner_organisation_id
    where ${where}`;
  if (!row) return null;
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
    responseDeadline: row.response_deadline ? new Date(row.response_deadline).toISOString().slice(0, 10) : null,
    status: row.status,
    outcome: row.outcome,
    lessonsLearned: row.lessons_learned,
    contactName: row.contact_name,
    contactRole: row.contact_role,
    contactEmail: row.contact_email,
    contactMode: row.contact_mode,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    owner: { id: row.owner_id, name: row.owner_name, slug: row.owner_slug, kind: row.owner_kind },
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
      (select count(*)::int from challenges where status = any(${PUBLIC}) and visibility = 'public') as challenges,
      (select count(*)::int from solutions where status = 'published') as solutions,
      (select count(distinct owner_organisation_id)::int from challenges where status = any(${PUBLIC})) as public_bodies,
      (select count(distinct organisation_id)::int from solutions where status = 'published') as providers`;
  const perTheme = await sql<{ theme_slug: string; n: number }[]>`
    select ct.theme_slug, count(*)::int as n from challenge_themes ct
    join challenges c on c.id = ct.challenge_id
    where c.status = 'published' and c.visibility = 'public' group by ct.theme_slug`;
  return {
    challenges: counts.challenges,
    solutions: counts.solutions,
    publicBodies: counts.public_bodies,
    providers: counts.providers,
    perTheme: Object.fromEntries(perTheme.map((r) => [r.theme_slug, r.n])),
  };
}
