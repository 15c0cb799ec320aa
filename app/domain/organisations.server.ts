import { loadChallengeDocuments, loadSolutionDocuments } from "../../search/documents";
import { getSql } from "./db.server";

export interface OrganisationPage {
  id: string;
  slug: string;
  name: string;
  kind: string;
  cbsCode: string | null;
  kvkNumber: string | null;
  city: string | null;
  website: string | null;
  description: string | null;
  verified: boolean;
  provinceName: string | null;
}

/** The public profile of an organisation with its public challenges and solutions, and what it uses. */
export async function getOrganisationPage(slug: string) {
  const sql = getSql();
  const [row] = await sql`
    select o.*, p.name as province_name
    from organisations o
    left join regions r on r.code = o.region_code
    left join regions p on p.code = r.province_code
    where o.slug = ${slug}`;
  if (!row) return null;
  const organisation: OrganisationPage = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    cbsCode: row.cbs_code,
    kvkNumber: row.kvk_number,
    city: row.city,
    website: row.website,
    description: row.description,
    verified: row.verified,
    provinceName: row.province_name,
  };
  const challengeIds = await sql<{ id: string }[]>`
    select id from challenges where owner_organisation_id = ${row.id}
    union select challenge_id from challenge_co_owners where organisation_id = ${row.id}`;
  const solutionIds = await sql<{ id: string }[]>`select id from solutions where organisation_id = ${row.id}`;
  const usedIds = row.cbs_code
    ? await sql<{ id: string }[]>`select solution_id as id from solution_deployments
        where region_code = ${row.cbs_code} and status <> 'ended' and confirmation <> 'disputed'`
    : [];
  const [challenges, solutions, uses] = await Promise.all([
    challengeIds.length ? loadChallengeDocuments(sql, { ids: challengeIds.map((r) => r.id) }) : [],
    solutionIds.length ? loadSolutionDocuments(sql, { ids: solutionIds.map((r) => r.id) }) : [],
    usedIds.length ? loadSolutionDocuments(sql, { ids: usedIds.map((r) => r.id) }) : [],
  ]);
  return { organisation, challenges, solutions, uses };
}
