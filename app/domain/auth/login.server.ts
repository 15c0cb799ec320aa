/** The login use case: rate limits, no enumeration, a fresh session id, and the TOTP step when enrolled. */
import { eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { getDb } from "../db.server";
import { checkLoginRateLimit, clearLoginFailures } from "./rate-limit.server";
import { clientIp, logSecurityEvent } from "./security-log.server";
import { authenticate, createSessionCookie, destroySession } from "./session.server";
import { sendVerificationMail } from "./signup.server";

export type LoginOutcome =
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "failed" }
  | { kind: "unverified" }
  | { kind: "ok"; cookies: string[]; needsTotp: boolean };

export async function logIn(request: Request, email: string, password: string): Promise<LoginOutcome> {
  // Counted as a failure until the password proves right; blocked attempts are not counted (ADR 0016).
  const limit = await checkLoginRateLimit(email, clientIp(request));
  if (!limit.allowed) {
    await logSecurityEvent("auth.login_rate_limited", { request });
    return { kind: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  }
  const userId = await authenticate(email, password);
  if (!userId) {
    await logSecurityEvent("auth.login_failed", { request });
    return { kind: "failed" };
  }
  await clearLoginFailures(email, clientIp(request));
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, verified: users.emailVerifiedAt, totp: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user.verified) {
    await sendVerificationMail(request, user, user.locale);
    await logSecurityEvent("auth.login_unverified", { userId, request });
    return { kind: "unverified" };
  }
  // Any session the browser still carries ends; the new one gets a new random id (no fixation).
  const cookies = [await destroySession(request), await createSessionCookie(userId, { request, mfaPending: !!user.totp })];
  await logSecurityEvent(user.totp ? "auth.login_password_ok" : "auth.login", { userId, request });
  return { kind: "ok", cookies: cookies.slice(1), needsTotp: !!user.totp };
}

/**
 * The session that a confirmed e-mail address starts (issue 12), for the account whose token it was only: the caller
 * passes the user id that `verifyEmail` returned. Like a login: any session the browser carries ends, the new one
 * has a new random id.
 */
export async function signInAfterVerification(request: Request, userId: string): Promise<string[]> {
  const cookies = [await destroySession(request), await createSessionCookie(userId, { request })];
  await logSecurityEvent("auth.login", { userId, request, data: { via: "email_verified" } });
  return cookies.slice(1);
}
