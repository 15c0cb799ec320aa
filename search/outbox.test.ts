import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../db/client";
import { waitFor } from "../shared/ports";
import { createSearchClient, indexName, type SearchConfig } from "./client";
import { startMeilisearch, type MeiliProcess } from "./launcher";
import { enqueueSearchSync, pendingOutboxCount, processOutboxBatch, startOutboxWorker } from "./outbox";
import { rebuildAllIndexes } from "./reindex";

/**
 * These tests run their own Meilisearch (to kill it) with their own index prefix; the shared test
 * stack runs no outbox worker, so this file's worker is the only one taking rows.
 */
const { sql } = createDb(inject("databaseUrl"), { max: 4 });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-outbox-"));
let meili: MeiliProcess;
let config: SearchConfig;

beforeAll(async () => {
  meili = await startMeilisearch({ dataDir });
  config = { url: meili.url, apiKey: meili.masterKey, indexPrefix: "outbox_" };
  await rebuildAllIndexes(createSearchClient(config), config, sql);
  await sql`update search_outbox set processed_at = now() where processed_at is null`;
});

afterAll(async () => {
  await meili?.stop();
  await sql.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function searchable(client: ReturnType<typeof createSearchClient>, marker: string): Promise<number> {
  const res = await client.index(indexName(config, "solutions")).search(`"${marker}"`, { limit: 100 });
  return res.hits.length;
}

describe("search outbox", () => {
  it("writes the outbox row in the same transaction as the change (and not at all on rollback)", async () => {
    const [solution] = await sql`select id from solutions where status = 'published' order by id limit 1`;
    const before = await pendingOutboxCount(sql);
    await sql
      .begin(async (tx) => {
        await tx`update solutions set summary = summary where id = ${solution.id}`;
        await enqueueSearchSync(tx, "solution", [solution.id]);
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await pendingOutboxCount(sql)).toBe(before);
    await sql.begin(async (tx) => {
      await tx`update solutions set summary = summary where id = ${solution.id}`;
      await enqueueSearchSync(tx, "solution", [solution.id]);
    });
    expect(await pendingOutboxCount(sql)).toBe(before + 1);
    const client = createSearchClient(config);
    while ((await processOutboxBatch(sql, client, config)) > 0);
    expect(await pendingOutboxCount(sql)).toBe(0);
  });

  it("takes a drizzle transaction too (what app/domain writes with), also with rollback", async () => {
    const { db, sql: own } = createDb(inject("databaseUrl"), { max: 1 });
    try {
      const ids = (await sql`select id from solutions where status = 'published' order by id limit 2`).map((r) => r.id as string);
      const before = await pendingOutboxCount(sql);
      await db
        .transaction(async (tx) => {
          await enqueueSearchSync(tx, "solution", ids);
          throw new Error("rollback");
        })
        .catch(() => {});
      expect(await pendingOutboxCount(sql)).toBe(before);
      await db.transaction(async (tx) => enqueueSearchSync(tx, "solution", ids));
      expect(await pendingOutboxCount(sql)).toBe(before + 2);
      const client = createSearchClient(config);
      while ((await processOutboxBatch(sql, client, config)) > 0);
      expect(await pendingOutboxCount(sql)).toBe(0);
    } finally {
      await own.end();
    }
  });

  it("removes a record from the index when it is no longer published", async () => {
    const client = createSearchClient(config);
    const [solution] = await sql`select id from solutions where status = 'published' order by id desc limit 1`;
    await sql.begin(async (tx) => {
      await tx`update solutions set status = 'archived' where id = ${solution.id}`;
      await enqueueSearchSync(tx, "solution", [solution.id]);
    });
    while ((await processOutboxBatch(sql, client, config)) > 0);
    await expect(client.index(indexName(config, "solutions")).getDocument(solution.id)).rejects.toThrow();
    await sql.begin(async (tx) => {
      await tx`update solutions set status = 'published' where id = ${solution.id}`;
      await enqueueSearchSync(tx, "solution", [solution.id]);
    });
    while ((await processOutboxBatch(sql, client, config)) > 0);
    expect((await client.index(indexName(config, "solutions")).getDocument(solution.id)).id).toBe(solution.id);
  });

  it("loses nothing when Meilisearch is killed during writes: every record is indexed after restart", async () => {
    const worker = await startOutboxWorker(sql, createSearchClient(config), config, { pollMs: 200, log: () => {} });
    const marker = `killtest${Date.now()}`;
    const rows = await sql<{ id: string }[]>`select id from solutions where status = 'published' order by id limit 30`;
    const port = Number(new URL(meili.url).port);
    try {
      for (const [i, row] of rows.entries()) {
        if (i === 10) {
          meili.process.kill("SIGKILL");
          await new Promise((resolve) => meili.process.once("exit", resolve));
        }
        // Writes keep succeeding while the index is down.
        await sql.begin(async (tx) => {
          await tx`update solutions set summary = ${`${marker} record ${i}`} where id = ${row.id}`;
          await enqueueSearchSync(tx, "solution", [row.id]);
        });
      }
      expect(await pendingOutboxCount(sql)).toBeGreaterThan(0);
      meili = await startMeilisearch({ dataDir, port });
      const client = createSearchClient(config);
      await waitFor(async () => (await pendingOutboxCount(sql)) === 0, 60_000, "outbox did not drain after restart");
      expect(await searchable(client, marker)).toBe(rows.length);
      const [{ failed }] = await sql`select count(*)::int as failed from search_outbox where attempts > 0`;
      expect(failed).toBeGreaterThan(0); // the worker really hit the outage and retried
    } finally {
      await worker.stop();
    }
  }, 90_000);

  it("catches up within seconds once Meilisearch answers again, even after a long outage's backoff", async () => {
    const lines: string[] = [];
    const worker = await startOutboxWorker(sql, createSearchClient(config), config, { log: (l) => lines.push(l) });
    const marker = `catchup${Date.now()}`;
    const [row] = await sql<{ id: string }[]>`select id from solutions where status = 'published' order by id limit 1`;
    const port = Number(new URL(meili.url).port);
    try {
      meili.process.kill("SIGKILL");
      await new Promise((resolve) => meili.process.once("exit", resolve));
      await sql.begin(async (tx) => {
        await tx`update solutions set summary = ${`${marker} record`} where id = ${row.id}`;
        await enqueueSearchSync(tx, "solution", [row.id]);
      });
      await waitFor(async () => (await sql`select 1 from search_outbox where processed_at is null and attempts > 0`).length > 0, 10_000, "the worker did not try");
      // What 100 s of outage leaves behind: attempts piled up and the next try a minute or more away.
      await sql`update search_outbox set attempts = 8, available_at = now() + interval '2 minutes' where processed_at is null`;
      meili = await startMeilisearch({ dataDir, port });
      const t0 = Date.now();
      await waitFor(async () => (await pendingOutboxCount(sql)) === 0, 10_000, "outbox did not catch up within 10 s of Meilisearch returning");
      const ms = Date.now() - t0;
      console.log(`[outbox.test] caught up ${ms} ms after Meilisearch was back`);
      expect(ms).toBeLessThan(5_000);
      expect(await searchable(createSearchClient(config), marker)).toBe(1);
      expect(lines.join("\n")).toMatch(/Meilisearch answers again/);
    } finally {
      await worker.stop();
    }
  }, 60_000);

  it("lets several workers run at once without doing the same row twice", async () => {
    const client = createSearchClient(config);
    const rows = await sql<{ id: string }[]>`select id from solutions where status = 'published' order by id limit 40`;
    await sql.begin(async (tx) => {
      await enqueueSearchSync(tx, "solution", rows.map((r) => r.id));
    });
    const counts = await Promise.all([0, 1, 2].map(() => processOutboxBatch(sql, client, config, { batchSize: 15 })));
    // Three concurrent claims of 15 over 40 rows: locked rows are skipped, never shared.
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40);
    while ((await processOutboxBatch(sql, client, config)) > 0);
    const [{ n }] = await sql`select count(*)::int as n from search_outbox where processed_at is null`;
    expect(n).toBe(0);
  });
});
