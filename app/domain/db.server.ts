import { createDb, type DbHandle } from "../../db/client";
import { singleton } from "./singleton.server";

export function getDbHandle(): DbHandle {
  return singleton("db", () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return createDb(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  });
}

export const getDb = () => getDbHandle().db;
export const getSql = () => getDbHandle().sql;

/** Connection-level failures (the database is down or unreachable), as opposed to errors in a query. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, shutting down, recovering)
  "53300", // too_many_connections
]);

/** Whether `error` (or what it wraps: drizzle puts the driver's error in `cause`) says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    // A failed request to Meilisearch carries the same socket codes: it is not the database.
    if (/^meilisearch/i.test(String((e as { name?: unknown }).name ?? ""))) return false;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
  }
  return false;
}
