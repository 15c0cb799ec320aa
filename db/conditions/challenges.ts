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
