import { and, eq, gt, lt, sql } from "drizzle-orm";
import { rateLimits } from "../../../db/schema";
import { getDb } from "../db.server";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Sliding-window counter in PostgreSQL, so every app process shares it: each attempt is a row (same-millisecond
 * attempts add to its count), and the attempts of the last `windowSeconds` are summed. Unlike fixed windows,
 * a burst across a window boundary gets no double allowance.
 */
export async function hitRateLimit(bucket: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const now = new Date();
  const since = new Date(now.getTime() - windowSeconds * 1000);
  const db = getDb();
  await db
    .insert(rateLimits)
    .values({ bucket, windowStart: now, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.bucket, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } });
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${rateLimits.count}), 0)::int`, oldest: sql<string | null>`min(${rateLimits.windowStart})` })
    .from(rateLimits)
    .where(and(eq(rateLimits.bucket, bucket), gt(rateLimits.windowStart, since)));
  const oldest = row.oldest ? new Date(row.oldest).getTime() : now.getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - now.getTime()) / 1000));
  return { allowed: row.total <= limit, retryAfterSeconds };
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
