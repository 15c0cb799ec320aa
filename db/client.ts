import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export interface DbHandle {
  db: Database;
  sql: postgres.Sql;
}

export function createDb(url: string, options: { max?: number } = {}): DbHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: "opgavenmarkt" },
  });
  return { sql, db: drizzle(sql, { schema }) };
}

/** A drizzle database or an open transaction on it: domain functions that must join the caller's transaction take this. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];
