import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export interface DbHandle {
  db: Database;
  sql: postgres.Sql;
}

/**
 * Fail fast while PostgreSQL is unreachable (ADR 0018): give up on a connection attempt after 2 s (default 30 s), and
 * retry at most every 0.5 s (the default backoff grows to 20 s between attempts after a few failures, which made every
 * request wait that long while the database was down, and delayed recovery by as much).
 */
export const CONNECT_TIMEOUT_S = 2;
export const reconnectBackoff = (retries: number) => Math.min(0.05 * 2 ** retries, 0.5) * (0.5 + Math.random() / 2);

function countBenchQuery() {
  const g = globalThis as { __opgavenmarktWork?: { db: number; search: number } };
  (g.__opgavenmarktWork ??= { db: 0, search: 0 }).db++;
}

export function createDb(url: string, options: { max?: number } = {}): DbHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: CONNECT_TIMEOUT_S,
    backoff: reconnectBackoff,
    connection: { application_name: "opgavenmarkt" },
    // The load benchmark counts queries per request (server/work-counter.ts); off otherwise.
    ...(process.env.BENCH_COUNT_WORK === "1" ? { debug: countBenchQuery } : {}),
  });
  return { sql, db: drizzle(sql, { schema }) };
}

/** A drizzle database or an open transaction on it: domain functions that must join the caller's transaction take this. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];
