/**
 * How a password is stored (users.password_hash): argon2id with the OWASP parameters. Here, below the app, because
 * the demo seed stores hashes too; the password policy (length, common passwords) stays in
 * app/domain/auth/password.server.ts, which re-exports these.
 */
import { type Algorithm, hash, verify } from "@node-rs/argon2";

/** OWASP-recommended argon2id parameters (m=19 MiB, t=2, p=1). */
export const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 as Algorithm.Argon2id };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
