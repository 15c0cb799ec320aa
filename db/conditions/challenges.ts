/**
 * When a challenge is public: one rule, here because both the app's repositories (drizzle) and search/ (raw
 * postgres.js on its hot paths) need it, and db/ is the floor both reach (ADR 0019, ADR 0021). A public challenge has
 * a public status (`PUBLIC_CHALLENGE_STATUSES`) and public visibility; everything else is private to its owners and
 * the hub. The three forms below say the same thing: change them together.
 */
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type postgres from "postgres";
import { PUBLIC_CHALLENGE_STATUSES } from "../../shared/vocabulary/challenges";
import { challenges } from "../schema/challenges";

const PUBLIC_STATUSES = PUBLIC_CHALLENGE_STATUSES as unknown as string[];

/** The drizzle condition, on the `challenges` table as drizzle names it. */
export const publicChallenge = (): SQL => and(inArray(challenges.status, [...PUBLIC_CHALLENGE_STATUSES]), eq(challenges.visibility, "public"))!;

/** The same condition as a postgres.js fragment for raw queries, on the given table alias (`c` by default). */
export const publicChallengeFragment = (sql: postgres.Sql | postgres.TransactionSql, alias = "c") =>
  sql`${sql(alias)}.status = any(${PUBLIC_STATUSES}) and ${sql(alias)}.visibility = 'public'`;

/** The same rule on a loaded row. */
export const isPublicChallenge = (row: { status: string; visibility: string }): boolean =>
  PUBLIC_STATUSES.includes(row.status) && row.visibility === "public";

/**
 * What a reader sees of a public challenge: the one public row type. The app's challenge repository loads and maps it
 * (app/domain/challenges/challenges.repository.server.ts); the search document (search/documents.ts) and open data
 * are projections of it. It lives here, with the rule, because search/ may not import the app (ADR 0019).
 */
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
  createdAt: string;
  updatedAt: string;
  owner: { id: string; name: string; slug: string; kind: string; cbsCode: string | null };
  /** By name. */
  coOwners: { name: string; slug: string; kind: string; cbsCode: string | null }[];
  /** Theme slugs, in the vocabulary's order. */
  themes: string[];
  /** By name. */
  regions: { code: string; name: string }[];
}
