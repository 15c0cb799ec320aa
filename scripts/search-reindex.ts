/**
 * `npm run search:reindex`: rebuild every index from PostgreSQL into new indexes and swap them in.
 * With DATABASE_URL and MEILI_URL it works on those (also while the app runs); without them it
 * brings up the embedded defaults in DATA_DIR (.data), which must not be in use by a running `npm start`.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "../db/client";
import { bootStack } from "../server/boot";
import { createSearchClient, searchConfigFromEnv } from "../search/client";
import { rebuildAllIndexes } from "../search/reindex";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  const started = Date.now();
  let counts: Record<string, number>;
  if (process.env.DATABASE_URL && process.env.MEILI_URL) {
    const { sql } = createDb(process.env.DATABASE_URL, { max: 2 });
    try {
      const config = searchConfigFromEnv();
      counts = await rebuildAllIndexes(createSearchClient(config), config, sql);
    } finally {
      await sql.end();
    }
  } else {
    const stack = await bootStack({
      dataDir: path.resolve(root, process.env.DATA_DIR ?? ".data"),
      databaseUrl: process.env.DATABASE_URL || undefined,
      meiliUrl: process.env.MEILI_URL || undefined,
      meiliKey: process.env.MEILI_MASTER_KEY || undefined,
      persistent: true,
      seed: false,
      reindex: "rebuild",
      outboxWorker: false,
      mailWorker: false,
      log: (line) => console.log(line),
    });
    counts = stack.counts;
    await stack.stop();
  }
  console.log(`Reindexed ${counts.challenges} challenges and ${counts.solutions} solutions in ${Date.now() - started} ms.`);
}

main().catch((err) => {
  console.error(`Reindex failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
