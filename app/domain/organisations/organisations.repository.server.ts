/**
 * The organisations repository (ADR 0021): an organisation's public profile and what it publishes and uses. What an
 * organisation owns is the challenges repository's `ownedBy` (owner or co-owner); a solution in use by a body is
 * `activeDeployment()` (db/conditions/solutions.ts), the rule the search documents apply too. Memberships: the
 * queries joining, registering and switching use (membership.server.ts keeps the rules), and whether two users share
 * an organisation as verified members (adding someone to a conversation).
 */
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { alias } from "drizzle-orm/pg-core";
import { activeDeployment } from "../../../db/conditions/solutions";
import { challenges, memberships, organisations, regions, sessions, solutionDeployments, solutions } from "../../../db/schema";
import { slugify } from "../../../shared/slugify";
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

/** The CBS gemeenten and provincies of the reference year, by kind and name. */
export const listRegions = () => getDb().select({ code: regions.code, kind: regions.kind, name: regions.name }).from(regions).orderBy(asc(regions.kind), asc(regions.name));

/** One CBS region by code, or null. */
export async function regionByCode(code: string) {
  const [region] = await getDb().select().from(regions).where(eq(regions.code, code));
  return region ?? null;
}

/** A slug no organisation has yet: the name's, or with the first free `-2`, `-3` … */
export async function uniqueOrganisationSlug(name: string): Promise<string> {
  const base = slugify(name) || "organisatie";
  const rows = await getDb()
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(sql`${organisations.slug} = ${base} or ${organisations.slug} like ${`${base}-%`}`);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The public body with this CBS code, locked for the caller's transaction, or null. */
export async function bodyByCbsCodeForUpdate(tx: Executor, cbsCode: string) {
  const [org] = await tx.select().from(organisations).where(eq(organisations.cbsCode, cbsCode)).for("update");
  return org ?? null;
}

/** The organisation registered under this KvK number, or null. */
export async function organisationByKvk(kvkNumber: string) {
  const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.kvkNumber, kvkNumber));
  return org ?? null;
}

/** The user's membership of the organisation (verified or not), or null. */
export async function membershipOf(tx: Executor, userId: string, organisationId: string) {
  const [m] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return m ?? null;
}

/** How many members the organisation has (verified or not). */
export async function memberCount(tx: Executor, organisationId: string): Promise<number> {
  const [{ n }] = await tx.select({ n: count() }).from(memberships).where(eq(memberships.organisationId, organisationId));
  return n;
}

/** Makes the organisation the session's active one. */
export async function setActiveOrganisation(sessionId: string, organisationId: string) {
  await getDb().update(sessions).set({ activeOrganisationId: organisationId }).where(eq(sessions.id, sessionId));
}

/** Whether both users are verified members of one organisation. */
export async function shareVerifiedOrganisation(tx: Executor, userId: string, otherUserId: string): Promise<boolean> {
  const shared = await tx.execute<{ n: number }>(sql`
    select count(*)::int as n from ${memberships} mine join ${memberships} theirs on theirs.organisation_id = mine.organisation_id
    where mine.user_id = ${userId} and theirs.user_id = ${otherUserId}
      and mine.verified_at is not null and theirs.verified_at is not null`);
  return !!shared[0] && shared[0].n > 0;
}
