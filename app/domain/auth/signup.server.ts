/** Sign-up, e-mail verification and password reset: each answers the same whether or not an account exists. */
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { users } from "../../../db/schema";
import { getDb } from "../db.server";
import { appUrl, sendMail } from "../mail/mail.server";
import { createI18n } from "../../i18n/config";
import { hashPassword } from "./password.server";
import { clearAccountLoginFailures, hitRateLimit } from "./rate-limit.server";
import { logSecurityEvent } from "./security-log.server";
import { endOtherSessions } from "./session.server";
import { consumeToken, createToken, peekToken } from "./tokens.server";

type Locale = "nl" | "en";
const createT = (locale: Locale) => createI18n(locale).t;

export const newUserId = () => randomBytes(15).toString("base64url");

async function findUserByEmail(email: string) {
  const [row] = await getDb()
    .select({ id: users.id, name: users.name, locale: users.locale, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)));
  return row ?? null;
}

/** `next`: a same-site path (already checked) to return to after verifying and logging in, e.g. an invitation. */
export async function sendVerificationMail(
  request: Request,
  user: { id: string; email: string; name: string },
  locale: Locale,
  next = "/",
) {
  const token = await createToken("verify_email", { userId: user.id });
  const t = createT(locale);
  const nextParam = next !== "/" ? `&next=${encodeURIComponent(next)}` : "";
  await sendMail({
    to: user.email,
    subject: t("mail.verifySubject"),
    text: t("mail.verifyBody", { name: user.name, link: `${appUrl(request)}/e-mail-bevestigen?token=${token}${nextParam}` }),
  });
}

/**
 * Create an unverified account and mail a verification link. When the address already has an account, mail
 * that account instead: the page shows the same answer either way (no enumeration).
 */
export async function signUp(
  request: Request,
  input: { name: string; email: string; password: string },
  locale: Locale,
  next = "/",
) {
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(input.email);
  const t = createT(locale);
  if (existing) {
    await sendMail({
      to: input.email,
      subject: t("mail.existsSubject"),
      text: t("mail.existsBody", { name: existing.name, link: `${appUrl(request)}/wachtwoord-vergeten` }),
    });
    await logSecurityEvent("auth.signup_existing", { userId: existing.id, request });
    return;
  }
  const id = newUserId();
  await getDb().insert(users).values({ id, email: input.email, name: input.name, passwordHash, locale }).onConflictDoNothing();
  await sendVerificationMail(request, { id, email: input.email, name: input.name }, locale, next);
  await logSecurityEvent("auth.signup", { userId: id, request });
}

/** The address a confirmation link is for, shown before the POST (confirming signs that account in). */
export async function describeVerification(token: string): Promise<string | null> {
  const row = await peekToken("verify_email", token);
  if (!row?.userId) return null;
  const [user] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, row.userId));
  return user?.email ?? null;
}

/**
 * Mark the address verified; null when the link is not valid (unknown, expired, used: single use). `signIn` says
 * whether the confirmation may start a session for this account at once (issue 12: the user just proved the
 * address, so asking for the password again adds nothing). Not for accounts that need a second factor (hub roles,
 * TOTP enrolled): they log in through the login page as before.
 */
export async function verifyEmail(request: Request, token: string): Promise<{ userId: string; signIn: boolean } | null> {
  const row = await consumeToken("verify_email", token);
  if (!row?.userId) return null;
  const [user] = await getDb()
    .update(users)
    .set({ emailVerifiedAt: new Date(), updatedAt: new Date() })
    .where(eq(users.id, row.userId))
    .returning({ platformRole: users.platformRole, totpEnabledAt: users.totpEnabledAt, deletedAt: users.deletedAt });
  if (!user) return null;
  await logSecurityEvent("auth.email_verified", { userId: row.userId, request });
  return { userId: row.userId, signIn: user.platformRole === "user" && !user.totpEnabledAt && !user.deletedAt };
}

export async function requestPasswordReset(request: Request, email: string, locale: Locale): Promise<void> {
  const limit = await hitRateLimit(`reset:${email}`, 5, 3600);
  if (!limit.allowed) return;
  const user = await findUserByEmail(email);
  await logSecurityEvent("auth.reset_requested", { userId: user?.id ?? null, request });
  if (!user) return;
  const token = await createToken("reset_password", { userId: user.id });
  const t = createT(user.locale ?? locale);
  await sendMail({
    to: email,
    subject: t("mail.resetSubject"),
    text: t("mail.resetBody", { name: user.name, link: `${appUrl(request)}/wachtwoord-herstellen?token=${token}` }),
  });
}

/** Set a new password from a reset link; ends every session of the account. Also verifies the address. */
export async function resetPassword(request: Request, token: string, password: string): Promise<boolean> {
  const row = await consumeToken("reset_password", token);
  if (!row?.userId) return false;
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const [user] = await getDb().update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, row.userId)).returning({ email: users.email });
  await getDb()
    .update(users)
    .set({ emailVerifiedAt: now })
    .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt)));
  await endOtherSessions(row.userId, null);
  // The owner proved control of the mailbox: a lock-out by others' failed logins ends here (ADR 0016).
  if (user) await clearAccountLoginFailures(user.email);
  await logSecurityEvent("auth.password_reset", { userId: row.userId, request });
  return true;
}
