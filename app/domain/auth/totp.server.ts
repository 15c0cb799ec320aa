/** TOTP (RFC 6238, 6 digits, 30 s) with @oslojs/otp; secrets are 20 random bytes, shown once as base32, stored sealed. */
import { randomBytes } from "node:crypto";
import { decodeBase32IgnorePadding, encodeBase32NoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP, generateTOTP } from "@oslojs/otp";
import { eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { getDb } from "../db.server";
import { openSecret, sealSecret } from "./secret-box.server";

const PERIOD = 30;
const DIGITS = 6;

export const newTotpSecret = () => encodeBase32NoPadding(randomBytes(20));

export function totpUri(secret: string, email: string): string {
  return createTOTPKeyURI("Opgavenmarkt", email, decodeBase32IgnorePadding(secret), PERIOD, DIGITS);
}

/** The current code for a secret (tests and the seeded demo accounts use this). */
export function currentTotp(secret: string): string {
  return generateTOTP(decodeBase32IgnorePadding(secret), PERIOD, DIGITS);
}

export function checkTotp(secret: string, code: string): boolean {
  return matchingStep(secret, code) !== null;
}

/**
 * Verify a code for an enrolled user (one step of clock drift either way) and refuse replays: the time step of an
 * accepted code is stored, and only a later step is accepted next time (ASVS 2.8.4).
 */
export async function verifyUserTotp(userId: string, code: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ secret: users.totpSecret, lastStep: users.totpLastStep, enabled: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!row?.secret || !row.enabled) return false;
  const step = matchingStep(openSecret(row.secret), code);
  if (step === null || (row.lastStep !== null && step <= Number(row.lastStep))) return false;
  await getDb().update(users).set({ totpLastStep: String(step) }).where(eq(users.id, userId));
  return true;
}

/** The time step (now ±1) whose code equals `code`, or null. */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const key = decodeBase32IgnorePadding(secret);
  const current = Math.floor(now / 1000 / PERIOD);
  for (const step of [current - 1, current, current + 1]) {
    if (generateHOTP(key, BigInt(step), DIGITS) === code) return step;
  }
  return null;
}

/** Turn TOTP on with a secret the user proved to hold (the code matches); other sessions end. */
export async function enableTotp(userId: string, secret: string, code: string): Promise<boolean> {
  if (!/^[A-Z2-7]{32}$/.test(secret)) return false;
  const step = matchingStep(secret, code);
  if (step === null) return false;
  await getDb()
    .update(users)
    .set({ totpSecret: sealSecret(secret), totpEnabledAt: new Date(), totpLastStep: String(step), updatedAt: new Date() })
    .where(eq(users.id, userId));
  return true;
}

/** Turn TOTP off after a valid code (not for hub staff: the caller checks the role). */
export async function disableTotp(userId: string, code: string): Promise<boolean> {
  if (!(await verifyUserTotp(userId, code))) return false;
  await getDb().update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() }).where(eq(users.id, userId));
  return true;
}
