import { PUBLIC_CHALLENGE_STATUSES } from "../../shared/vocabulary/challenges";
import { getSql } from "./db.server";

/**
 * Open data: every public challenge with its public fields, read from PostgreSQL (the source of truth, not the
 * index). Contact details are left out on purpose: they name people, and responses go through the site.
 * The field list is documented on /open-data (app/routes/open-data._index.tsx): change both together.
 */
export const OPEN_DATA_LICENCE = { id: "CC0-1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" } as const;

/** The feed's own id: fixed, so it survives a change of host name. */
export const FEED_ID = "urn:uuid:a586ed8e-8fb5-463f-8074-2ad764d753c0";

export interface OpenOrganisation {
  name: string;
  kind: string;
  cbsCode: string | null;
  url: string;
}

export interface OpenChallenge {
  id: string;
  url: string;
  slug: string;
  language: "nl" | "en";
  title: string;
  summary: string;
  problemStatement: string;
  localContext: string;
  affected: string;
  desiredOutcome: string;
  successCriteria: string;
  outcome: string | null;
  status: string;
  procurementRoute: string;
  budget: { min: number | null; max: number | null; currency: "EUR" };
  launchingCustomerIntent: boolean;
  responseDeadline: string | null;
  timeline: string;
  owner: OpenOrganisation;
  coOwners: OpenOrganisation[];
  themes: { slug: string; labelNl: string; labelEn: string }[];
  sdgs: number[];
  regions: { code: string; name: string }[];
  publishedAt: string;
  updatedAt: string;
}

/** Base URL for absolute links: APP_URL when set (recommended in production), else the request's own origin. */
export function baseUrl(request: Request): string {
  return (process.env.APP_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}

const iso = (d: Date | string) => new Date(d).toISOString();
const day = (d: Date | string | null) => (d ? iso(d).slice(0, 10) : null);

type OrgRow = { name: string; kind: string; cbs_code: string | null; slug: string };
const org = (base: string, o: OrgRow): OpenOrganisation => ({
  name: o.name,
  kind: o.kind,
  cbsCode: o.cbs_code,
  url: `${base}/organisaties/${o.slug}`,
});

/** Public challenges, newest first. */
export async function loadOpenChallenges(base: string): Promise<OpenChallenge[]> {
  const sql = getSql();
  const rows = await sql`
    select c.id, c.slug, c.lang, c.title, c.summary, c.problem_statement, c.local_context, c.affected,
           c.desired_outcome, c.success_criteria, c.outcome, c.status, c.procurement_route, c.budget_min,
           c.budget_max, c.launching_customer_intent, c.response_deadline, c.timeline, c.sdgs,
           coalesce(c.published_at, c.created_at) as published_at,
           greatest(c.updated_at, coalesce(c.published_at, c.created_at)) as updated_at,
           json_build_object('name', o.name, 'kind', o.kind, 'cbs_code', o.cbs_code, 'slug', o.slug) as owner,
           coalesce((select json_agg(json_build_object('name', co.name, 'kind', co.kind, 'cbs_code', co.cbs_code, 'slug', co.slug)
                                     order by co.name)
                     from challenge_co_owners cc join organisations co on co.id = cc.organisation_id
                     where cc.challenge_id = c.id), '[]') as co_owners,
           coalesce((select json_agg(json_build_object('slug', t.slug, 'labelNl', t.label_nl, 'labelEn', t.label_en)
                                     order by t.position)
                     from challenge_themes ct join themes t on t.slug = ct.theme_slug
                     where ct.challenge_id = c.id), '[]') as themes,
           coalesce((select json_agg(json_build_object('code', r.code, 'name', r.name) order by r.code)
                     from challenge_regions cr join regions r on r.code = cr.region_code
                     where cr.challenge_id = c.id), '[]') as regions
    from challenges c
    join organisations o on o.id = c.owner_organisation_id
    where c.status = any(${PUBLIC_CHALLENGE_STATUSES as unknown as string[]}) and c.visibility = 'public'
    order by coalesce(c.published_at, c.created_at) desc, c.id`;
  return rows.map((r) => ({
    id: r.id,
    url: `${base}/opgaven/${r.slug}`,
    slug: r.slug,
    language: r.lang,
    title: r.title,
    summary: r.summary,
    problemStatement: r.problem_statement,
    localContext: r.local_context,
    affected: r.affected,
    desiredOutcome: r.desired_outcome,
    successCriteria: r.success_criteria,
    outcome: r.outcome,
    status: r.status,
    procurementRoute: r.procurement_route,
    budget: { min: r.budget_min, max: r.budget_max, currency: "EUR" },
    launchingCustomerIntent: r.launching_customer_intent,
    responseDeadline: day(r.response_deadline),
    timeline: r.timeline,
    owner: org(base, r.owner),
    coOwners: (r.co_owners as OrgRow[]).map((o) => org(base, o)),
    themes: r.themes,
    sdgs: r.sdgs,
    regions: r.regions,
    publishedAt: iso(r.published_at),
    updatedAt: iso(r.updated_at),
  }));
}

/** The JSON document of /open-data/opgaven.json. */
export function challengesJson(base: string, challenges: OpenChallenge[], now = new Date()) {
  return {
    licence: OPEN_DATA_LICENCE,
    documentation: `${base}/open-data`,
    generatedAt: now.toISOString(),
    count: challenges.length,
    challenges,
  };
}

/** Headers of every open data file: cacheable for five minutes, readable from any origin. */
export function openDataHeaders(contentType: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
  };
}
