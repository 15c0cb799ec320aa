/**
 * Where a user lands after logging in: the page they asked for (redirectTo), else their role's home: hub staff and
 * hub admins go to /hub (the day's work), everyone else to the public home page. "/" counts as not asked for: the
 * header's login link passes the current page, and the home page is exactly where hub staff should not land.
 */
import { eq } from "drizzle-orm";
import { memberships, users } from "../../../db/schema";
import { safeRedirectPath } from "../../utils/redirect";
import { getDb } from "../db.server";

export const HUB_HOME = "/hub";

export function homeFor(platformRole: string): string {
  return platformRole === "hub_staff" || platformRole === "hub_admin" ? HUB_HOME : "/";
}

export async function landingPath(userId: string, redirectTo: unknown): Promise<string> {
  const asked = safeRedirectPath(redirectTo, "");
  if (asked && asked !== "/") return asked;
  const [user] = await getDb().select({ platformRole: users.platformRole }).from(users).where(eq(users.id, userId));
  return homeFor(user?.platformRole ?? "user");
}

/** The organisation chooser as the first step of a new account, with its explanation (`welkom`). */
export const CHOOSE_FIRST_ORGANISATION = "/organisatie/kiezen?welkom=1";

/**
 * Where a just-confirmed account lands, signed in: where sign-up started (`next`, e.g. an invitation), else, with
 * no organisation yet, the chooser with a short explanation, else the role's home.
 */
export async function landingAfterVerification(userId: string, next: unknown): Promise<string> {
  const asked = safeRedirectPath(next, "");
  if (asked && asked !== "/") return asked;
  const [member] = await getDb().select({ id: memberships.organisationId }).from(memberships).where(eq(memberships.userId, userId)).limit(1);
  return member ? landingPath(userId, null) : CHOOSE_FIRST_ORGANISATION;
}
