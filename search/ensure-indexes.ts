import type { Meilisearch } from "meilisearch";
import type postgres from "postgres";
import { indexName, INDEX_KINDS, type IndexKind, type SearchConfig } from "./client";
import { rebuildIndex } from "./reindex";
import { settingsFor } from "./settings";

const TASK_TIMEOUT = 120_000;

async function tableCount(sql: postgres.Sql, kind: IndexKind): Promise<number> {
  const [{ n }] =
    kind === "challenges"
      ? await sql<{ n: number }[]>`select count(*)::int as n from challenges
          where status in ('published', 'closed', 'in_pilot', 'finished') and visibility = 'public'`
      : await sql<{ n: number }[]>`select count(*)::int as n from solutions where status = 'published'`;
  return n;
}

/**
 * At start-up: make sure each index exists with the current settings, and rebuild it from PostgreSQL
 * when its document count differs from the table's (a missed write, a new index, a restored database).
 */
export async function ensureIndexes(
  client: Meilisearch,
  config: SearchConfig,
  sql: postgres.Sql,
  log: (line: string) => void = () => {},
): Promise<Record<IndexKind, { documents: number; rebuilt: boolean }>> {
  const result = {} as Record<IndexKind, { documents: number; rebuilt: boolean }>;
  for (const kind of INDEX_KINDS) {
    const uid = indexName(config, kind);
    const expected = await tableCount(sql, kind);
    const stats = await client
      .index(uid)
      .getStats()
      .catch(() => null);
    if (!stats || stats.numberOfDocuments !== expected) {
      log(`Index ${uid}: ${stats ? stats.numberOfDocuments : "missing"} documents, ${expected} in PostgreSQL: rebuilding.`);
      result[kind] = { documents: await rebuildIndex(client, config, sql, kind), rebuilt: true };
    } else {
      await client.index(uid).updateSettings(settingsFor(kind)).waitTask({ timeout: TASK_TIMEOUT });
      result[kind] = { documents: expected, rebuilt: false };
    }
  }
  return result;
}
