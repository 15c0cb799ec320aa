/**
 * Encryption at rest for secrets the server must read back (TOTP seeds): AES-256-GCM with a key from
 * TOTP_ENCRYPTION_KEY (32 bytes, base64). A database dump alone then no longer yields working second factors.
 * Stored form: `v1:<iv>.<tag>.<ciphertext>` (base64url). Values without the prefix are legacy plaintext, read as
 * they are until boot seals them (sealLegacyTotpSecrets).
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const PREFIX = "v1:";

export function parseSecretKey(raw: string | undefined): Buffer {
  const key = Buffer.from(raw ?? "", "base64");
  if (key.length !== 32) throw new Error("TOTP_ENCRYPTION_KEY must be 32 random bytes, base64-encoded (e.g. `openssl rand -base64 32`).");
  return key;
}

const key = () => parseSecretKey(process.env.TOTP_ENCRYPTION_KEY);

export const isSealed = (stored: string) => stored.startsWith(PREFIX);

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${PREFIX}${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${body.toString("base64url")}`;
}

/** The plaintext of a sealed value (throws when it was altered or sealed with another key); legacy values as they are. */
export function openSecret(stored: string): string {
  if (!isSealed(stored)) return stored;
  const [iv, tag, body] = stored.slice(PREFIX.length).split(".");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv ?? "", "base64url"));
  decipher.setAuthTag(Buffer.from(tag ?? "", "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body ?? "", "base64url")), decipher.final()]).toString("utf8");
}
