import { redirect } from "@remix-run/node";
import { eq } from "drizzle-orm";
import type { Session, User } from "lucia";
import { memberships, organisations, users } from "../../../db/schema";
import { getDb } from "../db.server";
import { getLucia } from "./lucia.server";
import { hashPassword, verifyPassword } from "./password.server";

export type SessionUser = User;

/** A real hash to verify against when the e-mail is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

function sessionIdFrom(request: Request): string | null {
  return getLucia().readSessionCookie(request.headers.get("Cookie") ?? "");
}

/** The signed-in user and session, or nulls. Refreshes the cookie when lucia extends the session. */
export async function getSession(
  request: Request,
): Promise<{ user: SessionUser | null; session: Session | null; setCookie: string | null }> {
  const id = sessionIdFrom(request);
  if (!id) return { user: null, session: null, setCookie: null };
  const lucia = getLucia();
  const { user, session } = await lucia.validateSession(id);
  if (!session) return { user: null, session: null, setCookie: lucia.createBlankSessionCookie().serialize() };
  return { user, session, setCookie: session.fresh ? lucia.createSessionCookie(session.id).serialize() : null };
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request)).user;
}

/** Throws a redirect to the login page (with a relative redirectTo) when nobody is signed in. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/inloggen?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
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

export async function createSessionCookie(userId: string): Promise<string> {
  const lucia = getLucia();
  const session = await lucia.createSession(userId, {});
  return lucia.createSessionCookie(session.id).serialize();
}

export async function destroySession(request: Request): Promise<string> {
  const lucia = getLucia();
  const id = sessionIdFrom(request);
  if (id) await lucia.invalidateSession(id);
  return lucia.createBlankSessionCookie().serialize();
}

/** The organisations a user belongs to, for the header and access checks. */
export async function userOrganisations(userId: string) {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}
