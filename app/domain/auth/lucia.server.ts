/**
 * The only module that knows about lucia (v3 is deprecated upstream; see docs/decisions/0004-lucia-sessions.md).
 * Everything else uses the functions of session.server.ts. lucia creates session ids, writes the session row and
 * builds the cookies; session.server.ts validates sessions itself in one query (ADR 0006).
 */
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan } from "lucia";
import { sessions, users } from "../../../db/schema";
import { getDb } from "../db.server";
import { singleton } from "../singleton.server";

/** Idle timeout: a session unused this long ends (ASVS 3.3.2). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** Absolute timeout: a session ends this long after login, however active (ASVS 3.3.2). */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export const secureCookies = () => process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true";

function createLucia() {
  const adapter = new DrizzlePostgreSQLAdapter(getDb(), sessions, users);
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(IDLE_TIMEOUT_MS / 60_000, "m"),
    sessionCookie: {
      name: secureCookies() ? "__Host-session" : "session",
      attributes: { secure: secureCookies(), sameSite: "lax" },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      name: attributes.name,
      platformRole: attributes.platformRole,
      locale: attributes.locale,
    }),
  });
}

export const getLucia = () => singleton("lucia", createLucia);

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      platformRole: "user" | "hub_staff" | "hub_admin";
      locale: "nl" | "en";
    };
    DatabaseSessionAttributes: {
      mfaPending: boolean;
      userAgent: string | null;
      activeOrganisationId: string | null;
    };
  }
}
