import { lt, sql } from "drizzle-orm";
import { rateLimits } from "../../../db/schema";
import { getDb } from "../db.server";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter in PostgreSQL, so every app process shares it. One upsert per check. Returns whether
 * this attempt is within `limit` attempts per `windowSeconds` for the bucket.
 */
export async function hitRateLimit(bucket: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const now = Date.now();
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const [row] = await getDb()
    .insert(rateLimits)
    .values({ bucket, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.bucket, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now) / 1000);
  return { allowed: row.count <= limit, retryAfterSeconds };
}

/** Check login limits: per account (e-mail) and per client IP. Both are counted on every attempt. */
export async function checkLoginRateLimit(email: string, ip: string): Promise<RateLimitResult> {
  const [account, address] = await Promise.all([
    hitRateLimit(`login:account:${email}`, LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowSeconds),
    hitRateLimit(`login:ip:${ip}`, LOGIN_LIMITS.perIp, LOGIN_LIMITS.windowSeconds),
  ]);
  if (account.allowed && address.allowed) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds) };
}

/** 10 attempts per account and 50 per IP address in 15 minutes (ASVS 2.2.1). */
export const LOGIN_LIMITS = { perAccount: 10, perIp: 50, windowSeconds: 15 * 60 };

/** Drop windows older than a day (called now and then; harmless to run often). */
export async function pruneRateLimits(): Promise<void> {
  await getDb().delete(rateLimits).where(lt(rateLimits.windowStart, new Date(Date.now() - 24 * 3600 * 1000)));
}
