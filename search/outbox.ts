import type { Meilisearch } from "meilisearch";
import { sql as dsql, type SQL } from "drizzle-orm";
import type postgres from "postgres";
import { indexName, type IndexKind, type SearchConfig } from "./client";
import { loadChallengeDocuments, loadSolutionDocuments } from "./documents";
import { startListenWorker, type ListenWorker } from "../db/listen-worker";
import { bumpIndexGeneration } from "./generation";

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
  // Committed: what was computed from the index before is stale now.
  if (outcome.count > 0) bumpIndexGeneration();
  return outcome.count;
}

export type OutboxWorker = ListenWorker;

/**
 * A worker that wakes on NOTIFY (and every `pollMs` as a safety net for missed notifications and
 * backoff), and applies batches until nothing is pending. Errors are logged and retried with backoff.
 *
 * A long outage leaves rows backed off by up to 5 minutes. So after a failed batch the worker probes Meilisearch's
 * /health (cheap, every `probeMs`); once it has seen it down and then answering again, it makes the backed-off rows
 * due at once and wakes up, instead of waiting out the backoff. A failure while Meilisearch is healthy (a rejected
 * document) keeps its normal backoff.
 */
export async function startOutboxWorker(
  sql: postgres.Sql,
  client: Meilisearch,
  config: SearchConfig,
  options: { pollMs?: number; probeMs?: number; log?: (line: string) => void } = {},
): Promise<OutboxWorker> {
  const log = options.log ?? ((line: string) => console.warn(line));
  let probe: NodeJS.Timeout | null = null;
  let stopped = false;
  const stopProbe = () => {
    if (probe) clearInterval(probe);
    probe = null;
  };
  const watchHealth = () => {
    if (probe || stopped) return;
    let sawDown = false;
    let busy = false;
    const tick = async () => {
      if (busy || stopped) return;
      busy = true;
      try {
        if (!(await searchHealthy(config.url))) {
          sawDown = true;
          return;
        }
        stopProbe();
        if (!sawDown) return;
        const due = await sql`update search_outbox set available_at = now()
                              where processed_at is null and attempts > 0 and available_at > now()`;
        log(`[search-outbox] Meilisearch answers again: retrying ${due.count} backed-off row(s) now`);
        void worker.drain();
      } catch {
        // the database is unreachable too: the next tick tries again
      } finally {
        busy = false;
      }
    };
    probe = setInterval(() => void tick(), options.probeMs ?? 500);
    probe.unref();
    void tick();
  };
  const worker = await startListenWorker(
    sql,
    OUTBOX_CHANNEL,
    async () => {
      try {
        return await processOutboxBatch(sql, client, config);
      } catch (err) {
        watchHealth();
        throw err;
      }
    },
    { pollMs: options.pollMs ?? 2_000, label: "search-outbox", log },
  );
  return {
    drain: () => worker.drain(),
    async stop() {
      stopped = true;
      stopProbe();
      await worker.stop();
    },
  };
}

/** Meilisearch's unauthenticated health endpoint answers within a second. */
async function searchHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url.replace(/\/$/, "")}/health`, { signal: AbortSignal.timeout(1_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Rows still waiting (for the health check and the benchmark). */
export async function pendingOutboxCount(sql: postgres.Sql): Promise<number> {
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from search_outbox where processed_at is null`;
  return n;
}
