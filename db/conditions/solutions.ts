/**
 * When a solution is public: published. Here for the same reason as `challenges.ts`: the app's repositories and
 * search/ share the rule (ADR 0021).
 */
import { and, eq, ne, type SQL } from "drizzle-orm";
import type postgres from "postgres";
import { solutionDeployments, solutions } from "../schema/solutions";

export const PUBLIC_SOLUTION_STATUS = "published" as const;

/** The drizzle condition, on the `solutions` table as drizzle names it. */
export const publicSolution = (): SQL => eq(solutions.status, PUBLIC_SOLUTION_STATUS);

/** The same condition as a postgres.js fragment for raw queries, on the given table alias (`s` by default). */
export const publicSolutionFragment = (sql: postgres.Sql | postgres.TransactionSql, alias = "s") =>
  sql`${sql(alias)}.status = ${PUBLIC_SOLUTION_STATUS}`;

/**
 * A deployment that counts as "in use" (shown on the solution and the body's page, searchable by region): not ended
 * and not disputed by the body. The search documents' raw queries say the same (`status <> 'ended' and
 * confirmation <> 'disputed'`): change them together.
 */
export const activeDeployment = (): SQL => and(ne(solutionDeployments.status, "ended"), ne(solutionDeployments.confirmation, "disputed"))!;
