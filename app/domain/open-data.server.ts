import { listPublicChallenges, type PublicChallenge } from "./challenges/challenges.repository.server";
import { listThemes } from "./themes.server";

/**
 * Open data: every public challenge with its public fields, read from PostgreSQL (the source of truth, not the
 * index) through the challenges repository. Contact details are left out on purpose: they name people, and responses go through the site.
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

/** A public challenge in the documented open data shape: a projection of `PublicChallenge`, not a row type of its own. */
export type OpenChallenge = Pick<
  PublicChallenge,
  | "id" | "slug" | "title" | "summary" | "problemStatement" | "localContext" | "affected" | "desiredOutcome"
  | "successCriteria" | "outcome" | "status" | "procurementRoute" | "launchingCustomerIntent" | "responseDeadline"
  | "timeline" | "sdgs" | "regions"
> & {
  url: string;
  language: PublicChallenge["lang"];
  budget: { min: number | null; max: number | null; currency: "EUR" };
  owner: OpenOrganisation;
  coOwners: OpenOrganisation[];
  themes: { slug: string; labelNl: string; labelEn: string }[];
  publishedAt: string;
  updatedAt: string;
};

/** Base URL for absolute links: APP_URL when set (recommended in production), else the request's own origin. */
export function baseUrl(request: Request): string {
  return (process.env.APP_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}


const org = (base: string, o: { name: string; kind: string; cbsCode: string | null; slug: string }): OpenOrganisation => ({
  name: o.name,
  kind: o.kind,
  cbsCode: o.cbsCode,
  url: `${base}/organisaties/${o.slug}`,
});

/**
 * Public challenges, newest first: the repository's public challenges in the documented open data shape (no contact
 * details, theme labels, regions by CBS code, a publication date that falls back to creation).
 */
export async function loadOpenChallenges(base: string): Promise<OpenChallenge[]> {
  const [challenges, themes] = await Promise.all([listPublicChallenges(), listThemes()]);
  const theme = new Map(themes.map((t) => [t.slug, { slug: t.slug, labelNl: t.labelNl, labelEn: t.labelEn }]));
  return challenges.map((c) => toOpenChallenge(base, c, theme));
}

export function toOpenChallenge(base: string, c: PublicChallenge, theme: Map<string, OpenChallenge["themes"][number]>): OpenChallenge {
  const publishedAt = c.publishedAt ?? c.createdAt;
  return {
    id: c.id,
    url: `${base}/opgaven/${c.slug}`,
    slug: c.slug,
    language: c.lang,
    title: c.title,
    summary: c.summary,
    problemStatement: c.problemStatement,
    localContext: c.localContext,
    affected: c.affected,
    desiredOutcome: c.desiredOutcome,
    successCriteria: c.successCriteria,
    outcome: c.outcome,
    status: c.status,
    procurementRoute: c.procurementRoute,
    budget: { min: c.budgetMin, max: c.budgetMax, currency: "EUR" },
    launchingCustomerIntent: c.launchingCustomerIntent,
    responseDeadline: c.responseDeadline,
    timeline: c.timeline,
    owner: org(base, c.owner),
    coOwners: c.coOwners.map((o) => org(base, o)),
    themes: c.themes.flatMap((slug) => theme.get(slug) ?? []),
    sdgs: c.sdgs,
    regions: [...c.regions].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)),
    publishedAt,
    updatedAt: c.updatedAt > publishedAt ? c.updatedAt : publishedAt,
  };
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
