/**
 * Invitations by e-mail: an organisation admin invites an address with a role; the link (an `invite` token, 7 days,
 * single use) opens /uitnodiging, where the signed-in person with that address accepts. Accepting is a POST.
 */
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { emailTokens, memberships, organisations, users } from "../../../db/schema";
import { isPublicBodyKind, type MembershipRole } from "../../../shared/vocabulary/organisations";
import { createI18n } from "../../i18n/config";
import { audit } from "../audit/audit.server";
import { consumeToken, createToken, peekToken } from "../auth/tokens.server";
import { getDb } from "../db.server";
import type { Executor } from "../../../db/client";
import { grantHubRole, isHubInvite, type HubRole } from "../hub/team.server";
import { notifyHubOfPendingMembership } from "../hub/verification.server";
import { appUrl, sendMail } from "../mail/mail.server";

type Locale = "nl" | "en";
const domainOf = (email: string) => email.split("@")[1]?.toLowerCase() ?? "";

export async function inviteMember(
  request: Request,
  actor: { userId: string; name: string },
  organisation: { id: string; name: string },
  input: { email: string; role: MembershipRole },
  locale: Locale,
): Promise<{ ok: true } | { ok: false; field: string; error: string }> {
  const db = getDb();
  const [member] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisation.id), eq(users.email, input.email)));
  if (member) return { ok: false, field: "email", error: "members.alreadyMember" };
  // A new invitation replaces any open one for the same address.
  await db
    .delete(emailTokens)
    .where(and(eq(emailTokens.purpose, "invite"), eq(emailTokens.organisationId, organisation.id), eq(emailTokens.email, input.email), isNull(emailTokens.usedAt)));
  const token = await createToken("invite", { email: input.email, organisationId: organisation.id, role: input.role, invitedByUserId: actor.userId });
  const t = createI18n(locale).t;
  await sendMail({
    to: input.email,
    subject: t("mail.inviteSubject", { organisation: organisation.name }),
    text: t("mail.inviteBody", {
      inviter: actor.name,
      organisation: organisation.name,
      link: `${appUrl(request)}/uitnodiging?token=${token}`,
    }),
  });
  await audit({ actorUserId: actor.userId, action: "membership.invited", entityType: "organisation", entityId: organisation.id, data: { email: input.email, role: input.role } });
  return { ok: true };
}

/** What the invitation page shows before the POST: the organisation (or the hub role) and the invited address. */
export async function describeInvite(token: string): Promise<{ organisation: string; email: string; hubRole: null } | { organisation: null; email: string; hubRole: HubRole } | null> {
  const row = await peekToken("invite", token);
  if (!row?.email) return null;
  if (isHubInvite(row)) return { organisation: null, email: row.email, hubRole: row.role as HubRole };
  if (!row.organisationId) return null;
  const [org] = await getDb().select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
  return org ? { organisation: org.name, email: row.email, hubRole: null } : null;
}

export type AcceptResult = { ok: true; organisationId: string; hub?: undefined } | { ok: true; hub: HubRole; organisationId?: undefined } | { ok: false; error: string };

/**
 * Accept as the signed-in user. The account's address must be the invited one (a forwarded link does not work for
 * someone else). A public-body membership is verified at once when the invitation came from an admin of the body
 * who is verified at the moment of acceptance (they vouch for a named address, ADR 0015), or when the address is on
 * the body's registered e-mail domain; otherwise it waits for the hub.
 */
export async function acceptInvite(caller: { userId: string; email: string }, token: string): Promise<AcceptResult> {
  const peek = await peekToken("invite", token);
  if (!peek?.email || (!peek.organisationId && !isHubInvite(peek))) return { ok: false, error: "invite.invalid" };
  if (peek.email !== caller.email.toLowerCase()) return { ok: false, error: "invite.otherAddress" };
  const row = await consumeToken("invite", token);
  if (row && isHubInvite(row)) {
    const role = row.role as HubRole;
    await getDb().transaction((tx) => grantHubRole(tx, caller.userId, role, row.invitedByUserId));
    return { ok: true, hub: role };
  }
  if (!row?.organisationId) return { ok: false, error: "invite.invalid" };
  const organisationId = row.organisationId;
  const db = getDb();
  const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!org) return { ok: false, error: "invite.invalid" };
  const publicBody = isPublicBodyKind(org.kind);
  const onDomain = !!org.emailDomain && org.emailDomain.toLowerCase() === domainOf(caller.email);
  const role: MembershipRole = row.role === "admin" ? "admin" : "member";
  await db.transaction(async (tx) => {
    const vouchedBy = publicBody && !onDomain && row.invitedByUserId ? await verifiedAdmin(tx, row.invitedByUserId, organisationId) : null;
    const verified = !publicBody || onDomain || !!vouchedBy;
    const inserted = await tx
      .insert(memberships)
      .values({ userId: caller.userId, organisationId, role, verifiedAt: verified ? new Date() : null })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (!inserted.length) return;
    await audit({ actorUserId: caller.userId, action: "membership.invite_accepted", entityType: "organisation", entityId: organisationId, data: { role, verified, ...(vouchedBy ? { verifiedBy: "invitation", invitedBy: vouchedBy } : {}) } }, tx);
    // Off the body's domain and without a verified admin's word, an invited member waits for the hub like one who joined.
    if (!verified) await notifyHubOfPendingMembership(tx, { userId: caller.userId, organisationId });
  });
  return { ok: true, organisationId };
}

/** The inviter's id when they are, right now, a verified admin of the organisation (read under a share lock). */
async function verifiedAdmin(tx: Executor, userId: string, organisationId: string): Promise<string | null> {
  const [m] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), eq(memberships.role, "admin"), isNotNull(memberships.verifiedAt)))
    .for("share");
  return m?.userId ?? null;
}
