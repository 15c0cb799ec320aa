import type { Meilisearch } from "meilisearch";
import { sql as dsql, type SQL } from "drizzle-orm";
import type postgres from "postgres";
import { indexName, type IndexKind, type SearchConfig } from "./client";
import { loadChallengeDocuments, loadSolutionDocuments } from "./documents";
import { startListenWorker, type ListenWorker } from "../db/listen-worker";

export type OutboxEntity = "challenge" | "solution";
export const OUTBOX_CHANNEL = "search_outbox";

const KIND: Record<OutboxEntity, IndexKind> = { challenge: "challenges", solution: "solutions" };

/**
 * Record that an entity's indexed data changed. Call it with the transaction that makes the change,
 * so the outbox row commits (or rolls back) with it; the NOTIFY is delivered on commit.
 */
export async function enqueueSearchSync(
  tx: postgres.TransactionSql | postgres.Sql | DrizzleExecutor,
  entityType: OutboxEntity,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  if (typeof tx === "function") {
    await tx`insert into search_outbox (entity_type, entity_id) select ${entityType}, unnest(${ids}::text[])`;
    await tx`select pg_notify(${OUTBOX_CHANNEL}, ${entityType})`;
    return;
  }
  // A drizzle database or transaction (what app/domain writes with).
  const rows = dsql.join(
    ids.map((id) => dsql`(${entityType}, ${id})`),
    dsql`, `,
  );
  await tx.execute(dsql`insert into search_outbox (entity_type, entity_id) values ${rows}`);
  await tx.execute(dsql`select pg_notify(${OUTBOX_CHANNEL}, ${entityType})`);
}

/** The part of a drizzle database or transaction that enqueueSearchSync needs. */
export interface DrizzleExecutor {
  execute: (query: SQL) => PromiseLike<unknown>;
}

interface OutboxRow {
  id: number;
  entity_type: OutboxEntity;
  entity_id: string;
  attempts: number;
}

/** Exponential backoff for failed rows: 1 s, 2 s, 4 s … capped at 5 minutes. */
export const backoffSeconds = (attempts: number) => Math.min(300, 2 ** Math.max(0, attempts - 1));

/**
 * Apply one batch of pending outbox rows. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * workers never do the same work; per entity the newest state is read from PostgreSQL, so applying
 * rows out of order cannot index stale data. Returns the number of rows handled.
 */
export async function processOutboxBatch(
  sql: postgres.Sql,
  client: Meilisearch,
  config: SearchConfig,
  options: { batchSize?: number; taskTimeoutMs?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  const outcome = await sql.begin(async (tx): Promise<{ count: number; error?: unknown }> => {
    const rows = await tx<OutboxRow[]>`
      select id, entity_type, entity_id, attempts from search_outbox
      where processed_at is null and available_at <= now()
      order by id
      limit ${batchSize}
      for update skip locked`;
    if (rows.length === 0) return { count: 0 };
    try {
      for (const entity of ["challenge", "solution"] as const) {
        const ids = [...new Set(rows.filter((r) => r.entity_type === entity).map((r) => r.entity_id))];
        if (ids.length === 0) continue;
        const docs =
          entity === "challenge" ? await loadChallengeDocuments(tx, { ids }) : await loadSolutionDocuments(tx, { ids });
        const present = new Set(docs.map((d) => d.id));
        const gone = ids.filter((id) => !present.has(id));
        const index = client.index(indexName(config, KIND[entity]));
        const timeout = options.taskTimeoutMs ?? 30_000;
        if (docs.length) {
          const task = await index.addDocuments(docs as unknown as Record<string, unknown>[]).waitTask({ timeout, interval: 10 });
          if (task.status !== "succeeded") throw new Error(`indexing failed: ${task.error?.message ?? task.status}`);
        }
        if (gone.length) {
          const task = await index.deleteDocuments(gone).waitTask({ timeout, interval: 10 });
          if (task.status !== "succeeded") throw new Error(`deleting failed: ${task.error?.message ?? task.status}`);
        }
      }
      await tx`update search_outbox set processed_at = now(), last_error = null where id = any(${rows.map((r) => r.id)}::bigint[])`;
    } catch (error) {
      // Record the failure and back off; this commits, the error is raised after the transaction.
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      for (const row of rows) {
        await tx`update search_outbox set attempts = attempts + 1, last_error = ${message},
                 available_at = now() + make_interval(secs => ${backoffSeconds(row.attempts + 1)})
                 where id = ${row.id}`;
      }
      return { count: rows.length, error };
    }
    return { count: rows.length };
  });
  if (outcome.error) throw outcome.error;
  return outcome.count;
}

export type OutboxWorker = ListenWorker;

/**
 * A worker that wakes on NOTIFY (and every `pollMs` as a safety net for missed notifications and
 * backoff), and applies batches until nothing is pending. Errors are logged and retried with backoff.
 */
export async function startOutboxWorker(
  sql: postgres.Sql,
  client: Meilisearch,
  config: SearchConfig,
  options: { pollMs?: number; log?: (line: string) => void } = {},
): Promise<OutboxWorker> {
  return startListenWorker(sql, OUTBOX_CHANNEL, () => processOutboxBatch(sql, client, config), {
    pollMs: options.pollMs ?? 2_000,
    label: "search-outbox",
    log: options.log,
  });
}

/** Rows still waiting (for the health check and the benchmark). */
export async function pendingOutboxCount(sql: postgres.Sql): Promise<number> {
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from search_outbox where processed_at is null`;
  return n;
}
