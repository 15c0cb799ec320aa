/**
 * Member management for one organisation: list, change role, remove. Every query takes the organisation id from
 * the caller's active organisation (never from a form), so an admin of A cannot touch B's members. An organisation
 * is never left without an admin: the check runs in a transaction that locks the organisation's memberships.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import { emailTokens, memberships, sessions, users } from "../../../db/schema";
import type { MembershipRole } from "../../../shared/vocabulary/organisations";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { speaksFor } from "./speaks-for.server";
import { fail, type Result } from "../errors";
import type { MemberError } from "./errors";

export type MemberResult = Result<object, MemberError>;

export async function listMembers(organisationId: string) {
  return getDb()
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      verifiedAt: memberships.verifiedAt,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
}

/** Open invitations (unused, unexpired) for the organisation. */
export async function listPendingInvites(organisationId: string) {
  const rows = await getDb()
    .select({ email: emailTokens.email, role: emailTokens.role, expiresAt: emailTokens.expiresAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.organisationId, organisationId), eq(emailTokens.purpose, "invite"), isNull(emailTokens.usedAt)))
    .orderBy(asc(emailTokens.email));
  return rows.filter((r) => r.expiresAt.getTime() > Date.now());
}

type Change = { kind: "role"; role: MembershipRole } | { kind: "remove" };

async function changeMembership(actorUserId: string, organisationId: string, targetUserId: string, change: Change): Promise<MemberResult> {
  return getDb().transaction(async (tx) => {
    // An unverified member of a public body does not manage its members, also as its first admin (ADR 0015).
    if (!(await speaksFor(tx, actorUserId, organisationId))) return fail("needsVerification");
    const rows = await tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.organisationId, organisationId))
      .for("update");
    const target = rows.find((r) => r.userId === targetUserId);
    if (!target) return fail("notFound");
    const adminsAfter = rows.filter((r) =>
      r.userId === targetUserId ? change.kind === "role" && change.role === "admin" : r.role === "admin",
    ).length;
    if (adminsAfter === 0) return fail("lastAdmin");
    if (change.kind === "role") {
      if (target.role === change.role) return { ok: true as const };
      await tx
        .update(memberships)
        .set({ role: change.role })
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, targetUserId)));
      await audit(
        { actorUserId, action: "membership.role_changed", entityType: "organisation", entityId: organisationId, data: { userId: targetUserId, from: target.role, to: change.role } },
        tx,
      );
    } else {
      await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, targetUserId)));
      // Sessions that had this organisation active lose it at once (the membership join finds nothing anyway).
      await tx
        .update(sessions)
        .set({ activeOrganisationId: null })
        .where(and(eq(sessions.userId, targetUserId), eq(sessions.activeOrganisationId, organisationId)));
      await audit(
        { actorUserId, action: "membership.removed", entityType: "organisation", entityId: organisationId, data: { userId: targetUserId, role: target.role } },
        tx,
      );
    }
    return { ok: true as const };
  });
}

export const changeRole = (actorUserId: string, organisationId: string, targetUserId: string, role: MembershipRole) =>
  changeMembership(actorUserId, organisationId, targetUserId, { kind: "role", role });

export const removeMember = (actorUserId: string, organisationId: string, targetUserId: string) =>
  changeMembership(actorUserId, organisationId, targetUserId, { kind: "remove" });
