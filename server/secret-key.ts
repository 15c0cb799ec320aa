import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { isSealed, parseSecretKey, sealSecret } from "../app/domain/auth/secret-box.server";

/**
 * TOTP_ENCRYPTION_KEY from the environment; else the key kept in `<dataDir>/totp-key` (made on first start,
 * readable by the owner only), so the embedded default needs no setup. Production sets the variable.
 */
export function ensureTotpKey(dataDir: string, log: (line: string) => void) {
  if (process.env.TOTP_ENCRYPTION_KEY) {
    parseSecretKey(process.env.TOTP_ENCRYPTION_KEY);
    return;
  }
  const file = path.join(dataDir, "totp-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
    log(`Made a TOTP encryption key in ${file} (set TOTP_ENCRYPTION_KEY in production).`);
  }
  process.env.TOTP_ENCRYPTION_KEY = fs.readFileSync(file, "utf8").trim();
  parseSecretKey(process.env.TOTP_ENCRYPTION_KEY);
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
