import { publicChallengeFragment } from "../db/conditions/challenges";
import { publicSolutionFragment } from "../db/conditions/solutions";
import type { Meilisearch } from "meilisearch";
import type postgres from "postgres";
import { indexName, INDEX_KINDS, type IndexKind, type SearchConfig } from "./client";
import { loadChallengeDocuments, loadSolutionDocuments } from "./documents";
import { rebuildIndex } from "./reindex";
import { settingsFor } from "./settings";

const TASK_TIMEOUT = 120_000;

async function tableCount(sql: postgres.Sql, kind: IndexKind): Promise<number> {
  const [{ n }] =
    kind === "challenges"
      ? await sql<{ n: number }[]>`select count(*)::int as n from challenges c where ${publicChallengeFragment(sql)}`
      : await sql<{ n: number }[]>`select count(*)::int as n from solutions s where ${publicSolutionFragment(sql)}`;
  return n;
}

/**
 * Whether the documents in the index have the fields the current code writes. A release that adds a field
 * (a new facet or sort) must rebuild even when the counts agree: the settings alone do not fill the field.
 */
async function documentShapeChanged(client: Meilisearch, uid: string, sql: postgres.Sql, kind: IndexKind): Promise<boolean> {
  const [fresh] = kind === "challenges" ? await loadChallengeDocuments(sql, { limit: 1 }) : await loadSolutionDocuments(sql, { limit: 1 });
  if (!fresh) return false;
  const { results } = await client.index(uid).getDocuments({ limit: 1 });
  if (!results[0]) return true;
  const indexed = Object.keys(results[0]).sort().join(",");
  return indexed !== Object.keys(fresh).sort().join(",");
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
    } else if (await documentShapeChanged(client, uid, sql, kind)) {
      log(`Index ${uid}: documents have other fields than this version writes: rebuilding.`);
      result[kind] = { documents: await rebuildIndex(client, config, sql, kind), rebuilt: true };
    } else {
      // Changed filterable or sortable attributes are applied here; a failed update must not go unnoticed,
      // or a new facet would fail on every search.
      const task = await client.index(uid).updateSettings(settingsFor(kind)).waitTask({ timeout: TASK_TIMEOUT });
      if (task.status !== "succeeded") throw new Error(`Updating the settings of ${uid} failed: ${task.error?.message ?? task.status}`);
      result[kind] = { documents: expected, rebuilt: false };
    }
  }
  return result;
}
