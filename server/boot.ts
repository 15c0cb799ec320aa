import path from "node:path";
import { createDb } from "../db/client";
import { ensureDatabase, withDatabase } from "../db/databases";
import { startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { importReferenceData } from "../db/reference/import";
import { isDatabaseEmpty, listDemoAccounts, seedDemoData, type DemoAccount } from "../db/seed/seed";
import { createSearchClient, searchConfigFromEnv } from "../search/client";
import { superviseMeilisearch, type SupervisedMeilisearch } from "../search/supervisor";
import { ensureIndexes } from "../search/ensure-indexes";
import { startOutboxWorker, type OutboxWorker } from "../search/outbox";
import { rebuildAllIndexes } from "../search/reindex";
import { startNotificationMailer, type NotificationMailer } from "../app/domain/notifications/mailer.server";
import { lockDataDir } from "./data-lock";
import { assertTotpKeyOpensSecrets, ensureTotpKey, sealLegacyTotpSecrets } from "./secret-key";

export interface StackOptions {
  /** Folder for the embedded PostgreSQL and Meilisearch data (used only for what is not given by URL). */
  dataDir: string;
  databaseUrl?: string;
  /** A server URL on which the stack may create its database (when databaseUrl is not given). */
  adminDatabaseUrl?: string;
  databaseName?: string;
  meiliUrl?: string;
  meiliKey?: string;
  meiliIndexPrefix?: string;
  /** Keep the embedded PostgreSQL's files after stop (true for `npm start`, false for tests). */
  persistent: boolean;
  seed: boolean;
  /** "ensure" rebuilds only indexes whose counts differ from PostgreSQL; "rebuild" rebuilds all. */
  reindex?: "ensure" | "rebuild";
  /** Run the search outbox worker in this process (default true). */
  outboxWorker?: boolean;
  /** Run the notification mailer (immediate mails and daily digests) in this process (default true). */
  mailWorker?: boolean;
  /** TOTP_ENCRYPTION_KEY for this stack (test stacks pass one; else the environment, else the data folder's). */
  totpKey?: string;
  /** The HTTP port this process will serve on (recorded in the data folder's lock, for the "in use" message). */
  port?: number;
  log: (line: string) => void;
}

export interface Stack {
  databaseUrl: string;
  meiliUrl: string;
  accounts: DemoAccount[];
  counts: Record<string, number>;
  outbox: OutboxWorker | null;
  mailer: NotificationMailer | null;
  /** The bundled Meilisearch under supervision (null when MEILI_URL is given). */
  meili: SupervisedMeilisearch | null;
  stop(): Promise<void>;
}

/**
 * Bring up everything the app needs: PostgreSQL (given or embedded), Meilisearch (given or bundled),
 * migrations, reference data, demo data on an empty database, and the search indexes.
 * Sets DATABASE_URL / MEILI_URL / MEILI_MASTER_KEY / MEILI_INDEX_PREFIX / TOTP_ENCRYPTION_KEY for the app in this
 * process.
 */
export async function bootStack(options: StackOptions): Promise<Stack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    while (stops.length) await stops.pop()!().catch((err) => options.log(`stop: ${err}`));
  };
  try {
    // Before anything starts: an external database needs the shared TOTP key (server/secret-key.ts).
    if (options.totpKey) process.env.TOTP_ENCRYPTION_KEY = options.totpKey;
    ensureTotpKey(options.dataDir, options.log, { externalDatabase: Boolean(options.databaseUrl || options.adminDatabaseUrl) });
    // The embedded services' files belong to one process at a time.
    if (!options.meiliUrl || (!options.databaseUrl && !options.adminDatabaseUrl)) {
      const lock = lockDataDir(options.dataDir, { port: options.port });
      stops.push(async () => lock.release());
    }
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      let adminUrl = options.adminDatabaseUrl;
      if (!adminUrl) {
        options.log("Starting the embedded PostgreSQL…");
        const pg = await startEmbeddedPostgres({
          dataDir: path.join(options.dataDir, "postgres"),
          persistent: options.persistent,
        });
        stops.push(pg.stop);
        adminUrl = pg.adminUrl;
      }
      const name = options.databaseName ?? "opgavenmarkt";
      await ensureDatabase(adminUrl, name);
      databaseUrl = withDatabase(adminUrl, name);
    }

    let bundledMeili: SupervisedMeilisearch | null = null;
    let meiliUrl = options.meiliUrl;
    let meiliKey = options.meiliKey;
    if (!meiliUrl) {
      options.log("Starting the bundled Meilisearch…");
      // Supervised: restarted with backoff when it dies (search/supervisor.ts).
      const meili = await superviseMeilisearch({ dataDir: path.join(options.dataDir, "meilisearch"), log: options.log });
      stops.push(meili.stop);
      bundledMeili = meili;
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
    }

    process.env.DATABASE_URL = databaseUrl;
    process.env.MEILI_URL = meiliUrl;
    if (meiliKey) process.env.MEILI_MASTER_KEY = meiliKey;
    if (options.meiliIndexPrefix !== undefined) process.env.MEILI_INDEX_PREFIX = options.meiliIndexPrefix;

    const { db, sql } = createDb(databaseUrl, { max: 3 });
    stops.push(() => sql.end());
    // Several processes may start on one database at once: the start-up work (migrations, reference and demo data,
    // key check and sealing, index rebuilds) runs under a session advisory lock, one process after the other.
    const bootLock = await sql.reserve();
    await bootLock`select pg_advisory_lock(hashtext('opgavenmarkt.boot'))`;
    const releaseBootLock = async () => {
      await bootLock`select pg_advisory_unlock(hashtext('opgavenmarkt.boot'))`.catch(() => {});
      bootLock.release();
    };
    stops.push(releaseBootLock); // on a failed start
    await runMigrations(db);
    const ref = await importReferenceData(db);
    options.log(`Reference data: ${ref.provinces} provinces, ${ref.municipalities} municipalities, ${ref.themes} themes.`);
    if (options.seed && (await isDatabaseEmpty(db))) {
      options.log("Empty database: loading demo data…");
      await seedDemoData(db);
    }
    await assertTotpKeyOpensSecrets(db, options.log);
    const sealed = await sealLegacyTotpSecrets(db);
    if (sealed) options.log(`Encrypted ${sealed} TOTP secret(s) stored as plaintext.`);
    const accounts: DemoAccount[] = await listDemoAccounts(db);
    const config = searchConfigFromEnv();
    const client = createSearchClient(config);
    const counts: Record<string, number> = {};
    if (options.reindex === "rebuild") {
      Object.assign(counts, await rebuildAllIndexes(client, config, sql));
    } else {
      const ensured = await ensureIndexes(client, config, sql, options.log);
      for (const [kind, r] of Object.entries(ensured)) counts[kind] = r.documents;
    }
    options.log(`Search indexes ready: ${counts.challenges} challenges, ${counts.solutions} solutions.`);
    stops.splice(stops.indexOf(releaseBootLock), 1);
    await releaseBootLock();
    let outbox: OutboxWorker | null = null;
    if (options.outboxWorker !== false) {
      outbox = await startOutboxWorker(sql, client, config, { log: options.log });
      const worker = outbox;
      stops.push(() => worker.stop());
    }
    let mailer: NotificationMailer | null = null;
    if (options.mailWorker !== false) {
      const started = await startNotificationMailer(sql, db, { log: options.log });
      mailer = started;
      stops.push(() => started.stop());
    }
    return { databaseUrl, meiliUrl, accounts, counts, outbox, mailer, meili: bundledMeili, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
