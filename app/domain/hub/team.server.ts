/**
 * The hub team: who has a hub role, and how someone gets one. A hub admin invites an address as broker (hub staff)
 * or hub admin; the mail's link opens /uitnodiging like an organisation invitation (an `invite` token without an
 * organisation, whose role is a hub role). Accepting, signed in with that address, grants the role; the next page
 * asks the new broker to set up two-step verification, which every hub role needs (access.server.ts).
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { emailTokens, users } from "../../../db/schema";
import { HUB_ROLES, isHubRole } from "../../../shared/vocabulary/accounts";
import { createI18n } from "../../i18n/config";
import { audit } from "../audit/audit.server";
import { createToken } from "../auth/tokens.server";
import { getDb } from "../db.server";
import type { Executor } from "../../../db/client";
import { activeHubStaff } from "../users/users.repository.server";
import { appUrl, sendMail } from "../mail/mail.server";

export type HubRole = (typeof HUB_ROLES)[number];

export interface HubTeamMember {
  id: string;
  name: string;
  email: string;
  role: HubRole;
  totp: boolean;
}

/** Everyone with a hub role, by name, with whether their second factor is set up. */
export async function listHubTeam(): Promise<HubTeamMember[]> {
  const rows = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.platformRole, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(activeHubStaff())
    .orderBy(asc(users.name));
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role as HubRole, totp: !!r.totpEnabledAt }));
}

/** Open (unused, unexpired) invitations to the hub team, newest first. */
export async function openHubInvites(): Promise<{ email: string; role: HubRole; expiresAt: Date }[]> {
  const rows = await getDb()
    .select({ email: emailTokens.email, role: emailTokens.role, expiresAt: emailTokens.expiresAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.purpose, "invite"), isNull(emailTokens.organisationId), inArray(emailTokens.role, [...HUB_ROLES]), isNull(emailTokens.usedAt)));
  const now = Date.now();
  return rows
    .filter((r) => r.email && r.expiresAt.getTime() > now)
    .sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())
    .map((r) => ({ email: r.email!, role: r.role as HubRole, expiresAt: r.expiresAt }));
}

/** Invite an address to the hub team (the caller is a hub admin: the route checks hubRole.assign). */
export async function inviteToHub(
  request: Request,
  actor: { userId: string; name: string },
  input: { email: string; role: HubRole },
  locale: "nl" | "en",
): Promise<{ ok: true } | { ok: false; field: string; error: string }> {
  const db = getDb();
  const [existing] = await db.select({ role: users.platformRole }).from(users).where(and(eq(users.email, input.email), isNull(users.deletedAt)));
  if (existing && (existing.role === input.role || existing.role === "hub_admin")) return { ok: false, field: "email", error: "hubTeam.alreadyInTeam" };
  // A new invitation replaces an open one for the same address.
  await db
    .delete(emailTokens)
    .where(and(eq(emailTokens.purpose, "invite"), isNull(emailTokens.organisationId), eq(emailTokens.email, input.email), isNull(emailTokens.usedAt)));
  const token = await createToken("invite", { email: input.email, role: input.role, invitedByUserId: actor.userId });
  const t = createI18n(locale).t;
  await sendMail({
    to: input.email,
    subject: t("hubTeam.mailSubject"),
    text: t("hubTeam.mailBody", { inviter: actor.name, role: t(`hubTeam.roles.${input.role}`), link: `${appUrl(request)}/uitnodiging?token=${token}` }),
  });
  await audit({ actorUserId: actor.userId, action: "hub_role.invited", entityType: "user", entityId: actor.userId, data: { email: input.email, role: input.role } });
  return { ok: true };
}

/** Whether an invitation token row is one to the hub team (rather than to an organisation). */
export const isHubInvite = (row: { organisationId: string | null; role: string | null }) => !row.organisationId && isHubRole(row.role);

/**
 * Grant the invited hub role to the accepting user (inside the acceptance's transaction). Never lowers a role: a hub
 * admin invited as broker stays admin. The user's other sessions keep working; every page now asks for TOTP first.
 */
export async function grantHubRole(tx: Executor, userId: string, role: HubRole, invitedBy: string | null): Promise<void> {
  const [user] = await tx.select({ role: users.platformRole }).from(users).where(eq(users.id, userId)).for("update");
  if (!user || user.role === "hub_admin" || user.role === role) return;
  await tx.update(users).set({ platformRole: role }).where(eq(users.id, userId));
  await audit({ actorUserId: userId, action: "hub_role.granted", entityType: "user", entityId: userId, data: { role, invitedBy, via: "invitation" } }, tx);
}
