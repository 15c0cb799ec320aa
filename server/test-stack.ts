import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase } from "../db/databases";
import { bootStack, type Stack } from "./boot";

export interface TestStack extends Stack {
  indexPrefix: string;
  databaseName: string;
}

/**
 * A fresh, isolated stack for one test run: its own database (on TEST_DATABASE_URL's server, or an
 * embedded PostgreSQL in a temporary folder), its own Meilisearch process and data folder, unique index
 * names. Never touches the development data. stop() drops and removes everything it made.
 */
export async function startTestStack(options: {
  seed: boolean;
  outboxWorker?: boolean;
  mailWorker?: boolean;
  log?: (line: string) => void;
}): Promise<TestStack> {
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-test-"));
  fs.chmodSync(tmp, 0o755);
  const databaseName = `opgavenmarkt_test_${id}`;
  const indexPrefix = `test_${id}_`;
  const adminDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
  const stack = await bootStack({
    dataDir: tmp,
    adminDatabaseUrl,
    databaseName,
    meiliUrl: process.env.TEST_MEILI_URL || undefined,
    meiliKey: process.env.TEST_MEILI_MASTER_KEY || undefined,
    meiliIndexPrefix: indexPrefix,
    // Test stacks may sit on an external server (TEST_DATABASE_URL), which requires an explicit key.
    totpKey: process.env.TOTP_ENCRYPTION_KEY || randomBytes(32).toString("base64"),
    persistent: false,
    seed: options.seed,
    outboxWorker: options.outboxWorker,
    mailWorker: options.mailWorker,
    log: options.log ?? (() => {}),
  });
  return {
    ...stack,
    indexPrefix,
    databaseName,
    async stop() {
      await stack.stop(); // workers first: dropping the database under them made them log errors
      if (adminDatabaseUrl) await dropDatabase(adminDatabaseUrl, databaseName).catch(() => {});
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
