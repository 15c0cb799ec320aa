/**
 * The organisations repository (ADR 0021): an organisation's public profile and what it publishes and uses. What an
 * organisation owns is the challenges repository's `ownedBy` (owner or co-owner); a solution in use by a body is
 * `activeDeployment()` (db/conditions/solutions.ts), the rule the search documents apply too.
 */
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { activeDeployment } from "../../../db/conditions/solutions";
import { challenges, organisations, regions, solutionDeployments, solutions } from "../../../db/schema";
import { loadChallengeDocuments, loadSolutionDocuments } from "../../../search/documents";
import { ownedBy } from "../challenges/challenges.repository.server";
import { getDb, getSql } from "../db.server";

/** What anyone may read of an organisation. */
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

const province = alias(regions, "province");

/** The public profile of an organisation with its public challenges and solutions, and what it uses. */
export async function getOrganisationPage(slug: string) {
  const db = getDb();
  const [organisation] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      cbsCode: organisations.cbsCode,
      kvkNumber: organisations.kvkNumber,
      city: organisations.city,
      website: organisations.website,
      description: organisations.description,
      verified: organisations.verified,
      provinceName: province.name,
    })
    .from(organisations)
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .leftJoin(province, eq(province.code, regions.provinceCode))
    .where(eq(organisations.slug, slug));
  if (!organisation) return null;
  const [challengeIds, solutionIds, usedIds] = await Promise.all([
    db.select({ id: challenges.id }).from(challenges).where(ownedBy(organisation.id)),
    db.select({ id: solutions.id }).from(solutions).where(eq(solutions.organisationId, organisation.id)),
    organisation.cbsCode
      ? db
          .select({ id: solutionDeployments.solutionId })
          .from(solutionDeployments)
          .where(and(eq(solutionDeployments.regionCode, organisation.cbsCode), activeDeployment()))
      : Promise.resolve([]),
  ]);
  // The search documents are the public projection (they apply the public rules themselves).
  const sql = getSql();
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const [challengeDocs, solutionDocs, uses] = await Promise.all([
    challengeIds.length ? loadChallengeDocuments(sql, { ids: ids(challengeIds) }) : [],
    solutionIds.length ? loadSolutionDocuments(sql, { ids: ids(solutionIds) }) : [],
    usedIds.length ? loadSolutionDocuments(sql, { ids: ids(usedIds) }) : [],
  ]);
  return { organisation: organisation as OrganisationPage, challenges: challengeDocs, solutions: solutionDocs, uses };
}
