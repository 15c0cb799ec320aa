/**
 * The only module that knows about lucia (v3 is deprecated upstream; see docs/decisions/0004-lucia-sessions.md).
 * Everything else uses the functions of session.server.ts.
 */
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan } from "lucia";
import { sessions, users } from "../../../db/schema";
import { getDb } from "../db.server";
import { singleton } from "../singleton.server";

function createLucia() {
  const adapter = new DrizzlePostgreSQLAdapter(getDb(), sessions, users);
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(12, "h"),
    sessionCookie: {
      name: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true" ? "__Host-session" : "session",
      attributes: {
        secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
        sameSite: "lax",
      },
    },
    // The drizzle adapter passes the user row with drizzle's (camelCase) keys; only these leave this module.
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
  }
}
