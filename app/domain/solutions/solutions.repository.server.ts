/**
 * The solutions repository: how a solution is read for its public page and the hub's preview. It owns the public
 * row type (`PublicSolution`) and the "public" rule (`publicSolution`, from db/conditions, shared with search/).
 * The aggregate loader (json_agg sub-selects) is raw postgres.js moved as it was (ADR 0021).
 */
import { publicSolution, publicSolutionFragment } from "../../../db/conditions/solutions";
import { loadSolutionDocuments, type SolutionDocument } from "../../../search/documents";
import { isUuid } from "../../../shared/vocabulary/ids";
import { getSql } from "../db.server";

export { publicSolution };

export interface PublicSolution {
  id: string;
  slug: string;
  lang: "nl" | "en";
  title: string;
  summary: string;
  description: string;
  sdgs: number[];
  maturity: string;
  targetGroups: string[];
  assurances: string[];
  openSourceLicence: string | null;
  hosting: string | null;
  pricingModel: string | null;
  website: string | null;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  organisation: { name: string; slug: string; kind: string };
  themes: string[];
  deployments: {
    code: string;
    name: string;
    status: string;
    since: string | null;
    orgSlug: string | null;
    /** unconfirmed or confirmed: disputed deployments are not shown publicly. */
    confirmation: string;
  }[];
  status: string;
}

/** A published solution by slug, or null. */
export async function getPublicSolution(slug: string): Promise<PublicSolution | null> {
  const sql = getSql();
  return loadSolution(sql`s.slug = ${slug} and ${publicSolutionFragment(sql)}`);
}

/** Any solution by id, rendered as the public page would show it (for hub staff reviewing it). */
export async function getSolutionPreview(id: string): Promise<PublicSolution | null> {
  if (!isUuid(id)) return null;
  return loadSolution(getSql()`s.id = ${id}`);
}

async function loadSolution(where: ReturnType<ReturnType<typeof getSql>>): Promise<PublicSolution | null> {
  const sql = getSql();
  const [row] = await sql`
    select s.*, o.name as org_name, o.slug as org_slug, o.kind as org_kind,
      coalesce((select array_agg(st.theme_slug order by t.position) from solution_themes st
                join themes t on t.slug = st.theme_slug where st.solution_id = s.id), '{}') as theme_slugs,
      coalesce((select json_agg(json_build_object('code', d.region_code, 'name', r.name, 'status', d.status,
                  'since', d.since, 'orgSlug', po.slug, 'confirmation', d.confirmation) order by d.status, r.name)
                from solution_deployments d join regions r on r.code = d.region_code
                left join organisations po on po.cbs_code = d.region_code
                where d.solution_id = s.id and d.confirmation <> 'disputed'), '[]') as deployment_list
    from solutions s join organisations o on o.id = s.organisation_id
    where ${where}`;
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    lang: row.lang,
    title: row.title,
    summary: row.summary,
    description: row.description,
    sdgs: row.sdgs,
    maturity: row.maturity,
    targetGroups: row.target_groups,
    assurances: row.assurances,
    openSourceLicence: row.open_source_licence,
    hosting: row.hosting,
    pricingModel: row.pricing_model,
    website: row.website,
    contactName: row.contact_name,
    contactRole: row.contact_role,
    contactEmail: row.contact_email,
    organisation: { name: row.org_name, slug: row.org_slug, kind: row.org_kind },
    themes: row.theme_slugs,
    deployments: row.deployment_list,
    status: row.status,
  };
}

export async function latestSolutions(limit: number): Promise<SolutionDocument[]> {
  return loadSolutionDocuments(getSql(), { limit });
}
