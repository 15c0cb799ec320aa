import { publicChallengeFragment, type PublicChallenge } from "../db/conditions/challenges";
import { publicSolutionFragment } from "../db/conditions/solutions";
import type postgres from "postgres";
import { epochSeconds as toEpoch } from "../shared/dates";

/**
 * A public challenge as stored in Meilisearch: a projection of `PublicChallenge` (the texts, themes and status as the
 * page shows them) plus what search needs flat (owner and region names and codes, theme labels in both languages,
 * dates as epoch seconds for sorting and filtering).
 */
export type ChallengeDocument = Pick<
  PublicChallenge,
  "id" | "slug" | "lang" | "title" | "summary" | "problemStatement" | "desiredOutcome" | "localContext" | "affected" | "themes" | "sdgs" | "status" | "procurementRoute"
> & {
  themeLabels: string[];
  ownerOrganisationId: PublicChallenge["owner"]["id"];
  ownerName: PublicChallenge["owner"]["name"];
  ownerSlug: PublicChallenge["owner"]["slug"];
  regionCodes: string[];
  regionNames: string[];
  /** Provinces of the regions the challenge is about and of its owner and co-owners (the province facet). */
  provinceCodes: string[];
  responseDeadline: number | null;
  /** The response deadline while the challenge is open for responses, else null: the "deadline" sort. */
  openResponseDeadline: number | null;
  publishedAt: number;
};

export interface SolutionDocument {
  id: string;
  slug: string;
  lang: "nl" | "en";
  title: string;
  summary: string;
  description: string;
  themes: string[];
  themeLabels: string[];
  sdgs: number[];
  maturity: string;
  targetGroups: string[];
  assurances: string[];
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  deploymentCodes: string[];
  deploymentNames: string[];
  deploymentCount: number;
  provinceCodes: string[];
  publishedAt: number;
}

/** A pool or a transaction: document loading works inside the outbox worker's transaction too. */
type Queryable = postgres.Sql | postgres.TransactionSql;


/** Published challenges (all, or the given ids) as index documents. */
export async function loadChallengeDocuments(
  sql: Queryable,
  { ids, limit }: { ids?: string[]; limit?: number } = {},
): Promise<ChallengeDocument[]> {
  const rows = await sql`
    select c.id, c.slug, c.lang, c.title, c.summary, c.problem_statement, c.desired_outcome, c.local_context,
           c.affected, c.sdgs, c.status, c.procurement_route, c.response_deadline, c.published_at, c.created_at,
           o.id as owner_id, o.name as owner_name, o.slug as owner_slug,
           coalesce((select array_agg(ct.theme_slug order by t.position) from challenge_themes ct
                     join themes t on t.slug = ct.theme_slug where ct.challenge_id = c.id), '{}') as themes,
           coalesce((select array_agg(t.label_nl || ' / ' || t.label_en order by t.position) from challenge_themes ct
                     join themes t on t.slug = ct.theme_slug where ct.challenge_id = c.id), '{}') as theme_labels,
           coalesce((select array_agg(r.code order by r.code) from challenge_regions cr
                     join regions r on r.code = cr.region_code where cr.challenge_id = c.id), '{}') as region_codes,
           coalesce((select array_agg(r.name order by r.code) from challenge_regions cr
                     join regions r on r.code = cr.region_code where cr.challenge_id = c.id), '{}') as region_names,
           coalesce((select array_agg(distinct coalesce(r.province_code, r.code)) from regions r
                     where r.code in (select cr.region_code from challenge_regions cr where cr.challenge_id = c.id
                                      union select o.region_code
                                      union select co.region_code from challenge_co_owners cc
                                            join organisations co on co.id = cc.organisation_id
                                            where cc.challenge_id = c.id)), '{}') as province_codes
    from challenges c
    join organisations o on o.id = c.owner_organisation_id
    where ${publicChallengeFragment(sql)}
      ${ids ? sql`and c.id = any(${ids}::uuid[])` : sql``}
    order by c.published_at desc nulls last, c.id
    ${limit ? sql`limit ${limit}` : sql``}`;
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    lang: r.lang,
    title: r.title,
    summary: r.summary,
    problemStatement: r.problem_statement,
    desiredOutcome: r.desired_outcome,
    localContext: r.local_context,
    affected: r.affected,
    themes: r.themes,
    themeLabels: r.theme_labels,
    sdgs: r.sdgs,
    status: r.status,
    procurementRoute: r.procurement_route,
    ownerOrganisationId: r.owner_id,
    ownerName: r.owner_name,
    ownerSlug: r.owner_slug,
    regionCodes: r.region_codes,
    regionNames: r.region_names,
    provinceCodes: r.province_codes,
    responseDeadline: toEpoch(r.response_deadline),
    openResponseDeadline: r.status === "published" ? toEpoch(r.response_deadline) : null,
    publishedAt: toEpoch(r.published_at ?? r.created_at) ?? 0,
  }));
}

/** Published solutions (all, or the given ids) as index documents. */
export async function loadSolutionDocuments(
  sql: Queryable,
  { ids, limit }: { ids?: string[]; limit?: number } = {},
): Promise<SolutionDocument[]> {
  const rows = await sql`
    select s.id, s.slug, s.lang, s.title, s.summary, s.description, s.sdgs, s.maturity, s.target_groups,
           s.assurances, s.published_at, s.created_at,
           o.id as org_id, o.name as org_name, o.slug as org_slug,
           coalesce((select array_agg(st.theme_slug order by t.position) from solution_themes st
                     join themes t on t.slug = st.theme_slug where st.solution_id = s.id), '{}') as themes,
           coalesce((select array_agg(t.label_nl || ' / ' || t.label_en order by t.position) from solution_themes st
                     join themes t on t.slug = st.theme_slug where st.solution_id = s.id), '{}') as theme_labels,
           coalesce((select array_agg(d.region_code order by d.region_code) from solution_deployments d
                     where d.solution_id = s.id and d.status <> 'ended' and d.confirmation <> 'disputed'), '{}') as deployment_codes,
           coalesce((select array_agg(r.name order by d.region_code) from solution_deployments d
                     join regions r on r.code = d.region_code
                     where d.solution_id = s.id and d.status <> 'ended' and d.confirmation <> 'disputed'), '{}') as deployment_names,
           coalesce((select array_agg(distinct coalesce(r.province_code, r.code)) from solution_deployments d
                     join regions r on r.code = d.region_code
                     where d.solution_id = s.id and d.status <> 'ended' and d.confirmation <> 'disputed'), '{}') as province_codes
    from solutions s
    join organisations o on o.id = s.organisation_id
    where ${publicSolutionFragment(sql)}
      ${ids ? sql`and s.id = any(${ids}::uuid[])` : sql``}
    order by s.published_at desc nulls last, s.id
    ${limit ? sql`limit ${limit}` : sql``}`;
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    lang: r.lang,
    title: r.title,
    summary: r.summary,
    description: r.description,
    themes: r.themes,
    themeLabels: r.theme_labels,
    sdgs: r.sdgs,
    maturity: r.maturity,
    targetGroups: r.target_groups,
    assurances: r.assurances,
    organisationId: r.org_id,
    organisationName: r.org_name,
    organisationSlug: r.org_slug,
    deploymentCodes: r.deployment_codes,
    deploymentNames: r.deployment_names,
    deploymentCount: r.deployment_codes.length,
    provinceCodes: r.province_codes,
    publishedAt: toEpoch(r.published_at ?? r.created_at) ?? 0,
  }));
}
