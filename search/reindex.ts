import type { Meilisearch } from "meilisearch";
import type postgres from "postgres";
import { indexName, INDEX_KINDS, type IndexKind, type SearchConfig } from "./client";
import { loadChallengeDocuments, loadSolutionDocuments } from "./documents";
import { settingsFor } from "./settings";
import { bumpIndexGeneration } from "./generation";

const TASK_TIMEOUT = 120_000;
const REBUILD_TIMEOUT = 30 * 60_000;
const BATCH_SIZE = 5_000;

async function loadDocuments(sql: postgres.Sql, kind: IndexKind) {
  return kind === "challenges" ? loadChallengeDocuments(sql) : loadSolutionDocuments(sql);
}

/**
 * Rebuild one index from PostgreSQL into a fresh index and swap it in atomically, so searches
 * never see a half-built index. Returns the number of documents indexed.
 */
export async function rebuildIndex(
  client: Meilisearch,
  config: SearchConfig,
  sql: postgres.Sql,
  kind: IndexKind,
): Promise<number> {
  const live = indexName(config, kind);
  const staging = `${live}_rebuild`;
  await client.deleteIndexIfExists(staging);
  await client.createIndex(staging, { primaryKey: "id" }).waitTask({ timeout: TASK_TIMEOUT });
  await client.index(staging).updateSettings(settingsFor(kind)).waitTask({ timeout: TASK_TIMEOUT });
  const docs = await loadDocuments(sql, kind);
  // Enqueue batches one request at a time (all at once overwhelms the HTTP connection pool on large
  // corpora), then wait for the tasks: Meilisearch indexes them in order.
  const enqueued = [];
  for (let i = 0; i < docs.length; i += BATCH_SIZE) {
    const batch = docs.slice(i, i + BATCH_SIZE) as unknown as Record<string, unknown>[];
    const task = client.index(staging).addDocuments(batch);
    await task;
    enqueued.push(task);
  }
  for (const task of enqueued) {
    // A slow poll: the client adds one abort listener per poll to the wait's timeout signal.
    const done = await task.waitTask({ timeout: REBUILD_TIMEOUT, interval: 1_000 });
    if (done.status !== "succeeded") throw new Error(`Indexing ${staging} failed: ${done.error?.message ?? done.status}`);
  }
  const exists = await client
    .getIndex(live)
    .then(() => true)
    .catch(() => false);
  if (!exists) await client.createIndex(live, { primaryKey: "id" }).waitTask({ timeout: TASK_TIMEOUT });
  const swap = await client.swapIndexes([{ indexes: [live, staging], rename: false }]).waitTask({ timeout: TASK_TIMEOUT });
  if (swap.status !== "succeeded") throw new Error(`Index swap failed: ${JSON.stringify(swap.error)}`);
  bumpIndexGeneration();
  // Wait for the deletion too: a caller that lists indexes right after a rebuild must not see the staging one.
  await client.deleteIndex(staging).waitTask({ timeout: TASK_TIMEOUT });
  return docs.length;
}

export async function rebuildAllIndexes(
  client: Meilisearch,
  config: SearchConfig,
  sql: postgres.Sql,
): Promise<Record<IndexKind, number>> {
  const result = {} as Record<IndexKind, number>;
  for (const kind of INDEX_KINDS) result[kind] = await rebuildIndex(client, config, sql, kind);
  return result;
}
