/** The account page's use cases: password change, own sessions, data export, deletion. Scoped by user id. */
import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import * as s from "../../../db/schema";
import { hashPassword, verifyPassword } from "../auth/password.server";
import { logSecurityEvent } from "../auth/security-log.server";
import { endOtherSessions } from "../auth/session.server";
import { getDb } from "../db.server";

async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const [row] = await getDb().select({ hash: s.users.passwordHash }).from(s.users).where(eq(s.users.id, userId));
  return !!row?.hash && (await verifyPassword(row.hash, password));
}

/** Change the password after checking the current one; every other session of the user ends (ASVS 3.3.3). */
export async function changePassword(
  request: Request,
  caller: { userId: string; sessionId: string },
  current: string,
  next: string,
): Promise<"ok" | "wrong_current"> {
  if (!(await passwordMatches(caller.userId, current))) {
    await logSecurityEvent("auth.password_change_failed", { userId: caller.userId, request });
    return "wrong_current";
  }
  await getDb().update(s.users).set({ passwordHash: await hashPassword(next), updatedAt: new Date() }).where(eq(s.users.id, caller.userId));
  await endOtherSessions(caller.userId, caller.sessionId);
  await logSecurityEvent("auth.password_changed", { userId: caller.userId, request });
  return "ok";
}

/** The language a signed-in user last chose: their mail (notifications, digests) is written in it. */
export async function rememberLocale(userId: string, locale: "nl" | "en"): Promise<void> {
  await getDb().update(s.users).set({ locale }).where(eq(s.users.id, userId));
}

export async function listSessions(userId: string) {
  return getDb()
    .select({ id: s.sessions.id, createdAt: s.sessions.createdAt, lastSeenAt: s.sessions.lastSeenAt, userAgent: s.sessions.userAgent })
    .from(s.sessions)
    .where(and(eq(s.sessions.userId, userId), eq(s.sessions.mfaPending, false)))
    .orderBy(desc(s.sessions.createdAt));
}

/** A non-secret handle for a session (the id itself is a bearer token and is never shown). */
export const sessionHandle = (sessionId: string) => createHash("sha256").update(sessionId).digest("hex").slice(0, 24);

/** Revoke one of the caller's own sessions by its handle (a handle of someone else's session matches nothing). */
export async function revokeSession(request: Request, userId: string, handle: string): Promise<boolean> {
  const own = await getDb().select({ id: s.sessions.id }).from(s.sessions).where(eq(s.sessions.userId, userId));
  const sessionId = own.find((row) => sessionHandle(row.id) === handle)?.id;
  if (!sessionId) return false;
  const gone = await getDb()
    .delete(s.sessions)
    .where(and(eq(s.sessions.userId, userId), eq(s.sessions.id, sessionId)))
    .returning({ id: s.sessions.id });
  if (gone.length) await logSecurityEvent("auth.session_revoked", { userId, request });
  return gone.length > 0;
}

/** Everything kept about the user, as one JSON-ready object (GDPR art. 15/20). No hashes, secrets or session ids. */
export async function exportUserData(userId: string) {
  const db = getDb();
  const [user] = await db
    .select({
      id: s.users.id,
      email: s.users.email,
      name: s.users.name,
      platformRole: s.users.platformRole,
      locale: s.users.locale,
      emailVerifiedAt: s.users.emailVerifiedAt,
      totpEnabledAt: s.users.totpEnabledAt,
      createdAt: s.users.createdAt,
    })
    .from(s.users)
    .where(eq(s.users.id, userId));
  const [memberships, sessions, messages, challenges, solutions, events] = await Promise.all([
    db
      .select({ organisation: s.organisations.name, kind: s.organisations.kind, role: s.memberships.role, since: s.memberships.createdAt })
      .from(s.memberships)
      .innerJoin(s.organisations, eq(s.organisations.id, s.memberships.organisationId))
      .where(eq(s.memberships.userId, userId)),
    db
      .select({ createdAt: s.sessions.createdAt, lastSeenAt: s.sessions.lastSeenAt, userAgent: s.sessions.userAgent })
      .from(s.sessions)
      .where(eq(s.sessions.userId, userId)),
    db.select().from(s.messages).where(eq(s.messages.authorUserId, userId)),
    db.select({ id: s.challenges.id, title: s.challenges.title }).from(s.challenges).where(eq(s.challenges.createdByUserId, userId)),
    db.select({ id: s.solutions.id, title: s.solutions.title }).from(s.solutions).where(eq(s.solutions.createdByUserId, userId)),
    db
      .select({ event: s.securityEvents.event, at: s.securityEvents.createdAt })
      .from(s.securityEvents)
      .where(eq(s.securityEvents.userId, userId))
      .orderBy(desc(s.securityEvents.createdAt))
      .limit(500),
  ]);
  return { exportedAt: new Date().toISOString(), user, memberships, sessions, messages, challenges, solutions, securityEvents: events };
}

/**
 * Delete the account: personal data is erased (name, e-mail, password, TOTP secret), memberships, sessions and
 * tokens go; the row stays as "former user" so messages keep an author. Users are not in the search index.
 * Refused while the user is the only admin of an organisation that has other members.
 */
export async function deleteAccount(request: Request, userId: string, password: string): Promise<"ok" | "wrong_password" | { soleAdmin: string }> {
  if (!(await passwordMatches(userId, password))) return "wrong_password";
  const db = getDb();
  const adminOf = await db
    .select({ organisationId: s.memberships.organisationId, name: s.organisations.name })
    .from(s.memberships)
    .innerJoin(s.organisations, eq(s.organisations.id, s.memberships.organisationId))
    .where(and(eq(s.memberships.userId, userId), eq(s.memberships.role, "admin")));
  for (const org of adminOf) {
    const members = await db.select({ userId: s.memberships.userId, role: s.memberships.role }).from(s.memberships).where(eq(s.memberships.organisationId, org.organisationId));
    if (members.length > 1 && !members.some((m) => m.userId !== userId && m.role === "admin")) return { soleAdmin: org.name };
  }
  const [{ email }] = await db.select({ email: s.users.email }).from(s.users).where(eq(s.users.id, userId));
  await db.transaction(async (tx) => {
    // The person as contact of challenges and solutions is personal data too: the fields are emptied
    // (contact details are not indexed, so the search index needs no change).
    for (const table of [s.challenges, s.solutions]) {
      await tx
        .update(table)
        .set({ contactName: "", contactRole: "", contactEmail: "", updatedAt: new Date() })
        .where(sql`lower(${table.contactEmail}) = ${email}`);
    }
    await tx
      .update(s.users)
      .set({
        email: `verwijderd-${userId.toLowerCase()}@opgavenmarkt.invalid`,
        name: "Voormalig gebruiker",
        passwordHash: null,
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        emailVerifiedAt: null,
        platformRole: "user",
        deletedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(s.users.id, userId));
    await tx.delete(s.memberships).where(eq(s.memberships.userId, userId));
    await tx.delete(s.emailTokens).where(eq(s.emailTokens.userId, userId));
    await tx.delete(s.sessions).where(eq(s.sessions.userId, userId));
    await tx.delete(s.notifications).where(eq(s.notifications.userId, userId));
  });
  await logSecurityEvent("auth.account_deleted", { userId, request });
  return "ok";
}
