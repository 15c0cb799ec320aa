import { and, eq, ne } from "drizzle-orm";
import { memberships, organisations, sessions, users } from "../../../db/schema";
import { getDb } from "../db.server";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, getLucia } from "./lucia.server";
import { hashPassword, verifyPassword } from "./password.server";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  platformRole: "user" | "hub_staff" | "hub_admin";
  locale: "nl" | "en";
  emailVerified: boolean;
  totpEnabled: boolean;
}
export interface ActiveOrganisation {
  id: string;
  name: string;
  slug: string;
  kind: string;
  verified: boolean;
}
export interface ActiveMembership {
  role: "member" | "admin";
  verified: boolean;
}
export interface AuthContext {
  user: SessionUser | null;
  session: { id: string; createdAt: Date; mfaPending: boolean } | null;
  /** A session whose password step passed but whose TOTP step is due (only /inloggen/code uses this). */
  pendingUserId: string | null;
  organisation: ActiveOrganisation | null;
  membership: ActiveMembership | null;
  setCookie: string | null;
}

/** A real hash to verify against when the e-mail is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export function sessionIdFrom(request: Request): string | null {
  return getLucia().readSessionCookie(request.headers.get("Cookie") ?? "");
}

const EMPTY: Omit<AuthContext, "setCookie"> = { user: null, session: null, pendingUserId: null, organisation: null, membership: null };

/**
 * The caller, their session and their active organisation and membership, in one query. Applies the idle
 * and absolute timeouts, slides the idle expiry (at most one extra write per half idle period). Background requests
 * pass `slide: false`: an open tab polling on its own must not keep an idle session alive.
 */
export async function getSession(request: Request, options: { slide?: boolean } = {}): Promise<AuthContext> {
  const id = sessionIdFrom(request);
  if (!id) return { ...EMPTY, setCookie: null };
  const db = getDb();
  const [row] = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        platformRole: users.platformRole,
        locale: users.locale,
        emailVerifiedAt: users.emailVerifiedAt,
        totpEnabledAt: users.totpEnabledAt,
        deletedAt: users.deletedAt,
      },
      membership: { role: memberships.role, verifiedAt: memberships.verifiedAt },
      organisation: {
        id: organisations.id,
        name: organisations.name,
        slug: organisations.slug,
        kind: organisations.kind,
        verified: organisations.verified,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, sessions.userId), eq(memberships.organisationId, sessions.activeOrganisationId)),
    )
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(sessions.id, id));
  const lucia = getLucia();
  const blank = lucia.createBlankSessionCookie().serialize();
  if (!row) return { ...EMPTY, setCookie: blank };
  const now = Date.now();
  const expired =
    row.session.expiresAt.getTime() <= now ||
    row.session.createdAt.getTime() + ABSOLUTE_TIMEOUT_MS <= now ||
    row.user.deletedAt !== null;
  if (expired) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return { ...EMPTY, setCookie: blank };
  }
  let setCookie: string | null = null;
  if (options.slide !== false && row.session.expiresAt.getTime() - now < IDLE_TIMEOUT_MS / 2) {
    const expiresAt = new Date(Math.min(now + IDLE_TIMEOUT_MS, row.session.createdAt.getTime() + ABSOLUTE_TIMEOUT_MS));
    await db.update(sessions).set({ expiresAt, lastSeenAt: new Date(now) }).where(eq(sessions.id, id));
    setCookie = lucia.createSessionCookie(id).serialize();
  }
  const session = { id, createdAt: row.session.createdAt, mfaPending: row.session.mfaPending };
  if (row.session.mfaPending) return { ...EMPTY, session, pendingUserId: row.user.id, setCookie };
  const { emailVerifiedAt, totpEnabledAt, deletedAt: _deleted, ...user } = row.user;
  const hasOrg = row.organisation?.id && row.membership?.role;
  return {
    user: { ...user, emailVerified: emailVerifiedAt !== null, totpEnabled: totpEnabledAt !== null },
    session,
    pendingUserId: null,
    organisation: hasOrg ? row.organisation : null,
    membership: hasOrg ? { role: row.membership!.role, verified: row.membership!.verifiedAt !== null } : null,
    setCookie,
  };
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request)).user;
}

/** Check e-mail and password; returns the user id or null. Same work whether or not the e-mail exists. */
export async function authenticate(email: string, password: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  const ok = await verifyPassword(row?.passwordHash ?? (await getDummyHash()), password);
  return ok && row?.passwordHash ? row.id : null;
}

/**
 * A brand-new session (new random id: no fixation) for the user. The active organisation starts as the
 * user's first membership. `mfaPending` sessions only unlock the TOTP step.
 */
export async function createSessionCookie(
  userId: string,
  options: { request?: Request; mfaPending?: boolean } = {},
): Promise<string> {
  const [first] = await getDb()
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name)
    .limit(1);
  const lucia = getLucia();
  const session = await lucia.createSession(userId, {
    mfaPending: options.mfaPending ?? false,
    userAgent: options.request?.headers.get("user-agent")?.slice(0, 200) ?? null,
    activeOrganisationId: first?.organisationId ?? null,
  });
  return lucia.createSessionCookie(session.id).serialize();
}

/** End the caller's session on the server and clear the cookie. */
export async function destroySession(request: Request): Promise<string> {
  const lucia = getLucia();
  const id = sessionIdFrom(request);
  if (id) await lucia.invalidateSession(id);
  return lucia.createBlankSessionCookie().serialize();
}

/** End every session of a user except `keepSessionId` (password change, TOTP change). */
export async function endOtherSessions(userId: string, keepSessionId: string | null): Promise<void> {
  const db = getDb();
  if (keepSessionId) await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
  else await db.delete(sessions).where(eq(sessions.userId, userId));
}

export const blankSessionCookie = () => getLucia().createBlankSessionCookie().serialize();

/** The organisations a user belongs to, for the header and the organisation switcher. */
export async function userOrganisations(userId: string) {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      kind: organisations.kind,
      role: memberships.role,
      verifiedAt: memberships.verifiedAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}
