/**
 * When a solution is public: published. Here for the same reason as `challenges.ts`: the app's repositories and
 * search/ share the rule (ADR 0021).
 */
import { eq, type SQL } from "drizzle-orm";
import type postgres from "postgres";
import { solutions } from "../schema/solutions";

export const PUBLIC_SOLUTION_STATUS = "published" as const;

/** The drizzle condition, on the `solutions` table as drizzle names it. */
export const publicSolution = (): SQL => eq(solutions.status, PUBLIC_SOLUTION_STATUS);

/** The same condition as a postgres.js fragment for raw queries, on the given table alias (`s` by default). */
export const publicSolutionFragment = (sql: postgres.Sql | postgres.TransactionSql, alias = "s") =>
  sql`${sql(alias)}.status = ${PUBLIC_SOLUTION_STATUS}`;
