/**
 * The TOTP encryption key rule: with an external database every process must be given the same key (one made in a
 * process's own data folder would seal and open secrets no other process can read: hub logins failed with a 500),
 * and a key that does not open the database's sealed secrets stops the start with a clear error.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { setupAppEnv } from "../app/test/route-harness";

setupAppEnv();
const { createDb } = await import("../db/client");
const { bootStack } = await import("./boot");
const { assertTotpKeyOpensSecrets, ensureTotpKey } = await import("./secret-key");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-totp-"));
const { db, sql } = createDb(inject("databaseUrl"), { max: 2 });
afterAll(async () => {
  await sql.end();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function withoutKey<T>(fn: () => T): T {
  const saved = process.env.TOTP_ENCRYPTION_KEY;
  delete process.env.TOTP_ENCRYPTION_KEY;
  try {
    return fn();
  } finally {
    process.env.TOTP_ENCRYPTION_KEY = saved;
  }
}

describe("TOTP key rule", () => {
  it("refuses a start on an external database without TOTP_ENCRYPTION_KEY, before starting anything, and says how to make one", async () => {
    const dataDir = path.join(tmp, "external");
    const saved = process.env.TOTP_ENCRYPTION_KEY;
    delete process.env.TOTP_ENCRYPTION_KEY;
    try {
      const started = bootStack({
        dataDir,
        databaseUrl: inject("databaseUrl"),
        meiliUrl: inject("meiliUrl"),
        meiliKey: inject("meiliKey"),
        persistent: true,
        seed: false,
        outboxWorker: false,
        mailWorker: false,
        log: () => {},
      });
      void started.then((stack) => stack.stop(), () => {});
      await expect(started).rejects.toThrow(/DATABASE_URL is set, so TOTP_ENCRYPTION_KEY must be too/);
      await expect(started).rejects.toThrow(/openssl rand -base64 32/);
    } finally {
      process.env.TOTP_ENCRYPTION_KEY = saved;
    }
    expect(fs.existsSync(path.join(dataDir, "totp-key"))).toBe(false);
  });

  it("keeps the embedded default: without the variable a key is made once in the data folder", () => {
    const dataDir = path.join(tmp, "embedded");
    const key = withoutKey(() => {
      ensureTotpKey(dataDir, () => {}, { externalDatabase: false });
      return process.env.TOTP_ENCRYPTION_KEY;
    });
    expect(fs.readFileSync(path.join(dataDir, "totp-key"), "utf8").trim()).toBe(key);
  });

  it("stops with a clear error when the key does not open the secrets already sealed in the database", async () => {
    // The test database's hub accounts are sealed with the run's key: that one opens them, another does not.
    await expect(assertTotpKeyOpensSecrets(db)).resolves.toBeGreaterThan(0);
    const saved = process.env.TOTP_ENCRYPTION_KEY;
    process.env.TOTP_ENCRYPTION_KEY = randomBytes(32).toString("base64");
    try {
      await expect(assertTotpKeyOpensSecrets(db)).rejects.toThrow(/does not open the two-factor secrets in this database/);
    } finally {
      process.env.TOTP_ENCRYPTION_KEY = saved;
    }
  });
});
