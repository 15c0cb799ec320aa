import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { isSealed, openSecret, parseSecretKey, sealSecret } from "../app/domain/auth/secret-box.server";

/**
 * TOTP_ENCRYPTION_KEY from the environment; else the key kept in `<dataDir>/totp-key` (made on first start,
 * readable by the owner only), so the embedded default needs no setup.
 *
 * With an external database (DATABASE_URL) the variable is required (ADR 0018): the sealed secrets live in the shared
 * database, so every process that uses it needs the same key, and a key made in one process's own data folder would
 * seal secrets the others cannot open (their hub logins failed with a 500).
 */
export function ensureTotpKey(dataDir: string, log: (line: string) => void, options: { externalDatabase: boolean }) {
  if (process.env.TOTP_ENCRYPTION_KEY) {
    parseSecretKey(process.env.TOTP_ENCRYPTION_KEY);
    return;
  }
  const file = path.join(dataDir, "totp-key");
  if (options.externalDatabase) {
    throw new Error(
      "DATABASE_URL is set, so TOTP_ENCRYPTION_KEY must be too: every process on a shared database needs the same key " +
        "to read the two-factor secrets. Make one with `openssl rand -base64 32`, keep it apart from database backups, " +
        "and give all processes the same value." +
        (fs.existsSync(file) ? ` An earlier start made ${file}: if this database's secrets were sealed with it, use its contents.` : ""),
    );
  }
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
    log(`Made a TOTP encryption key in ${file} (set TOTP_ENCRYPTION_KEY in production).`);
  }
  process.env.TOTP_ENCRYPTION_KEY = fs.readFileSync(file, "utf8").trim();
  parseSecretKey(process.env.TOTP_ENCRYPTION_KEY);
}

/**
 * Check that the key opens the TOTP secrets already sealed in the database (a sample of up to 20), so a wrong key
 * stops the start with a clear message instead of failing every hub login. Returns how many it opened.
 */
export async function assertTotpKeyOpensSecrets(db: Database, log: (line: string) => void = () => {}): Promise<number> {
  const rows = await db
    .select({ secret: users.totpSecret })
    .from(users)
    .where(sql`${users.totpSecret} like 'v1:%'`)
    .limit(20);
  let opened = 0;
  for (const row of rows) {
    try {
      openSecret(row.secret!);
      opened++;
    } catch {
      // sealed with another key (or altered)
    }
  }
  if (rows.length > 0 && opened === 0) {
    throw new Error(
      `TOTP_ENCRYPTION_KEY does not open the two-factor secrets in this database (${rows.length} checked): they were sealed ` +
        "with another key. Use the key the other processes (or the earlier starts) use; a new key cannot read them.",
    );
  }
  if (opened < rows.length) log(`Warning: ${rows.length - opened} of ${rows.length} sampled TOTP secrets do not open with TOTP_ENCRYPTION_KEY.`);
  return opened;
}

/** Seal TOTP secrets still stored as plaintext (rows from before encryption, and the demo seed). Returns how many. */
export async function sealLegacyTotpSecrets(db: Database): Promise<number> {
  const rows = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(sql`${users.totpSecret} is not null and ${users.totpSecret} not like 'v1:%'`);
  for (const row of rows) {
    if (!row.secret || isSealed(row.secret)) continue;
    await db
      .update(users)
      .set({ totpSecret: sealSecret(row.secret) })
      .where(sql`${users.id} = ${row.id} and ${users.totpSecret} = ${row.secret}`);
  }
  return rows.length;
}
