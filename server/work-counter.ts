import type express from "express";

/**
 * For the load benchmark only (BENCH_COUNT_WORK=1): count the database queries and Meilisearch requests this
 * process makes and report each response's share in a `Server-Timing` header (`db;desc="3", search;desc="1"`).
 * The counts are process-wide deltas between the request's start and its headers, so they are exact only for
 * one request at a time (the bench asks sequentially). Queries are counted in db/client.ts (postgres.js debug). Off by default: no header, no counting.
 */
export const countWork = process.env.BENCH_COUNT_WORK === "1";

const work = ((globalThis as { __opgavenmarktWork?: { db: number; search: number } }).__opgavenmarktWork ??= { db: 0, search: 0 });

/** Count fetches to Meilisearch (the search client uses the global fetch). */
export function countSearchFetches(meiliUrl: string): void {
  const original = globalThis.fetch;
  globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(meiliUrl)) work.search++;
    return original(input, init);
  }) as typeof fetch;
}

export function workHeader(_req: express.Request, res: express.Response, next: express.NextFunction) {
  const start = { ...work };
  const writeHead = res.writeHead;
  res.writeHead = function (this: express.Response, ...args: Parameters<typeof writeHead>) {
    this.setHeader("Server-Timing", `db;desc="${work.db - start.db}", search;desc="${work.search - start.search}"`);
    return writeHead.apply(this, args);
  } as typeof writeHead;
  next();
}
