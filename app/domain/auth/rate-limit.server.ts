import { and, eq, gt, lt, lte, sql } from "drizzle-orm";
import { rateLimits } from "../../../db/schema";
import { getDb } from "../db.server";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** A counted attempt that can be taken back (a blocked attempt, or one that turned out to be a success). */
interface Reservation extends RateLimitResult {
  bucket: string;
  at: Date;
}

/**
 * Sliding-window counter in PostgreSQL, so every app process shares it: each attempt is a row (same-millisecond
 * attempts add to its count), and the attempts of the last `windowSeconds` are summed. Unlike fixed windows,
 * a burst across a window boundary gets no double allowance. Every call counts, allowed or not.
 */
export async function hitRateLimit(bucket: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const { allowed, retryAfterSeconds } = await count(bucket, limit, windowSeconds);
  return { allowed, retryAfterSeconds };
}

async function count(bucket: string, limit: number, windowSeconds: number): Promise<Reservation> {
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
  return { bucket, at: now, allowed: row.total <= limit, retryAfterSeconds };
}

/** Take one counted attempt back. */
async function release(reservation: Reservation): Promise<void> {
  const db = getDb();
  const where = and(eq(rateLimits.bucket, reservation.bucket), eq(rateLimits.windowStart, reservation.at));
  await db.update(rateLimits).set({ count: sql`${rateLimits.count} - 1` }).where(where);
  await db.delete(rateLimits).where(and(where, lte(rateLimits.count, 0)));
}

/** Forget every counted attempt of a bucket (a success ends a run of failures). */
export async function clearRateLimit(...buckets: string[]): Promise<void> {
  for (const bucket of buckets) await getDb().delete(rateLimits).where(eq(rateLimits.bucket, bucket));
}

/**
 * For limits that count failures only: count this attempt as a failure *before* the check that may fail (so
 * parallel requests cannot all slip under the limit), and take it back when the limit is already reached (a
 * blocked attempt never extends a lock-out). After a success, call `clearRateLimit` on the same buckets.
 * Allowed only when every bucket allows; the Retry-After is the longest wait among the blocking buckets.
 */
export async function reserveFailures(limits: { bucket: string; limit: number; windowSeconds: number }[]): Promise<RateLimitResult> {
  const reservations = await Promise.all(limits.map((l) => count(l.bucket, l.limit, l.windowSeconds)));
  const blocked = reservations.filter((r) => !r.allowed);
  if (!blocked.length) return { allowed: true, retryAfterSeconds: 0 };
  await Promise.all(reservations.map(release));
  return { allowed: false, retryAfterSeconds: Math.max(...blocked.map((r) => r.retryAfterSeconds)) };
}

/**
 * The client address as a rate-limit key. An IPv6 client usually holds a whole /64 (one subscriber's network) and
 * can pick a new address in it for every request, so IPv6 is counted per /64; an IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.7`, as a dual-stack server reports IPv4 clients) as the IPv4 address.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!ip.includes(":")) return ip;
  const bare = ip.split("%")[0];
  const [head, tail] = bare.split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = bare.includes("::") ? [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill("0"), ...t] : h;
  const prefix = groups.slice(0, 4).map((g) => parseInt(g, 16));
  if (prefix.length < 4 || prefix.some((n) => !Number.isInteger(n) || n < 0 || n > 0xffff)) return ip;
  return `${prefix.map((n) => n.toString(16)).join(":")}::/64`;
}

/**
 * Login limits (ASVS 2.2.1), in one 15-minute sliding window:
 * - per client address (an IPv6 /64), every attempt counts (50): password spraying across accounts from one address;
 * - per account and address, failures only (10): one address guessing one account; blocks only that address;
 * - per account, failures only from all addresses together (25, so at most 100 an hour): distributed guessing.
 * A success clears the account's failures. See ADR 0016 for how this bounds deliberate lock-outs.
 */
export const LOGIN_LIMITS = { perIp: 50, perAccountPerIp: 10, perAccount: 25, windowSeconds: 15 * 60 };

/**
 * Attempts per client address in the window: 50 by default. LOGIN_LIMIT_PER_IP raises it where many people
 * legitimately log in from one address (the e2e test server, where every browser is 127.0.0.1).
 */
function loginLimitPerIp(): number {
  const configured = Number(process.env.LOGIN_LIMIT_PER_IP);
  return Number.isInteger(configured) && configured > 0 ? configured : LOGIN_LIMITS.perIp;
}

const accountBucket = (email: string) => `login:fail:account:${email}`;
const loginBuckets = (email: string, ip: string) => ({
  ip: `login:ip:${addressKey(ip)}`,
  accountFromIp: `login:fail:ip:${addressKey(ip)}:${email}`,
  account: accountBucket(email),
});

/** Before the password is checked: counts the attempt for the address and reserves a failure for the account. */
export async function checkLoginRateLimit(email: string, ip: string): Promise<RateLimitResult> {
  const b = loginBuckets(email, ip);
  const address = await hitRateLimit(b.ip, loginLimitPerIp(), LOGIN_LIMITS.windowSeconds);
  if (!address.allowed) return address;
  return reserveFailures([
    { bucket: b.accountFromIp, limit: LOGIN_LIMITS.perAccountPerIp, windowSeconds: LOGIN_LIMITS.windowSeconds },
    { bucket: b.account, limit: LOGIN_LIMITS.perAccount, windowSeconds: LOGIN_LIMITS.windowSeconds },
  ]);
}

/** After a correct password: the reserved failure and the account's earlier failures are forgotten. */
export async function clearLoginFailures(email: string, ip: string): Promise<void> {
  const b = loginBuckets(email, ip);
  await clearRateLimit(b.accountFromIp, b.account);
}

/** A password reset proves control of the mailbox: it ends a lock-out caused by others' failed logins. */
export async function clearAccountLoginFailures(email: string): Promise<void> {
  await clearRateLimit(accountBucket(email));
}

/** Wrong TOTP codes per user (the password step already passed): 10 in 15 minutes, failures only. */
export const TOTP_LIMITS = { perUser: 10, windowSeconds: 15 * 60 };
export const totpBucket = (userId: string) => `totp:${userId}`;

/**
 * New accounts per client address (an IPv6 /64) per hour: 20 by default. SIGNUP_LIMIT_PER_HOUR raises it where many
 * people share one address (a municipality's office behind one NAT gateway, or the e2e suite on 127.0.0.1).
 */
export function signupLimits(): { perIp: number; windowSeconds: number } {
  const configured = Number(process.env.SIGNUP_LIMIT_PER_HOUR);
  return { perIp: Number.isInteger(configured) && configured > 0 ? configured : 20, windowSeconds: 3600 };
}

/** Drop windows older than a day (called now and then; harmless to run often). */
export async function pruneRateLimits(): Promise<void> {
  await getDb().delete(rateLimits).where(lt(rateLimits.windowStart, new Date(Date.now() - 24 * 3600 * 1000)));
}
