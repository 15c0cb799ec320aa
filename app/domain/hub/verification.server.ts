/**
 * Hub staff verify who may speak for a public body: approve or reject unverified memberships, and register a body's
 * e-mail domain so that joins from that domain verify at once (membership.server.ts). Every change is audit-logged.
 */
import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { memberships, organisations, sessions, users } from "../../../db/schema";
import { PUBLIC_BODY_KINDS } from "../../../shared/vocabulary/organisations";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";

const publicBody = inArray(organisations.kind, [...PUBLIC_BODY_KINDS]);

export async function listPendingMemberships() {
  return getDb()
    .select({
      userId: memberships.userId,
      organisationId: memberships.organisationId,
      name: users.name,
      email: users.email,
      organisation: organisations.name,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(isNull(memberships.verifiedAt), publicBody, isNull(users.deletedAt)))
    .orderBy(asc(memberships.createdAt));
}

export async function listPublicBodies() {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, emailDomain: organisations.emailDomain })
    .from(organisations)
    .where(publicBody)
    .orderBy(asc(organisations.name));
}

export type HubResult = { ok: true } | { ok: false; field: string; error: string };
const pendingOf = (userId: string, organisationId: string) =>
  and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), isNull(memberships.verifiedAt));

export async function decideMembership(actorUserId: string, input: { userId: string; organisationId: string }, approve: boolean): Promise<HubResult> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(pendingOf(input.userId, input.organisationId), publicBody))
      .for("update");
    if (!row) return { ok: false as const, field: "member", error: "hub.notPending" };
    if (approve) {
      await tx.update(memberships).set({ verifiedAt: new Date() }).where(pendingOf(input.userId, input.organisationId));
    } else {
      await tx.delete(memberships).where(pendingOf(input.userId, input.organisationId));
      await tx
        .update(sessions)
        .set({ activeOrganisationId: null })
        .where(and(eq(sessions.userId, input.userId), eq(sessions.activeOrganisationId, input.organisationId)));
    }
    await audit(
      {
        actorUserId,
        action: approve ? "membership.verified" : "membership.rejected",
        entityType: "organisation",
        entityId: input.organisationId,
        data: { userId: input.userId, role: row.role },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Register (or change) a public body's e-mail domain; members waiting with an address on it are verified now. */
export async function registerEmailDomain(actorUserId: string, input: { organisationId: string; emailDomain: string }): Promise<HubResult> {
  return getDb().transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id, emailDomain: organisations.emailDomain })
      .from(organisations)
      .where(and(eq(organisations.id, input.organisationId), publicBody))
      .for("update");
    if (!org) return { ok: false as const, field: "organisationId", error: "hub.organisationRequired" };
    const [taken] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.emailDomain, input.emailDomain), ne(organisations.id, org.id), isNotNull(organisations.emailDomain)));
    if (taken) return { ok: false as const, field: "emailDomain", error: "hub.domainTaken" };
    await tx.update(organisations).set({ emailDomain: input.emailDomain, updatedAt: new Date() }).where(eq(organisations.id, org.id));
    const verified = await tx
      .update(memberships)
      .set({ verifiedAt: new Date() })
      .where(
        and(
          eq(memberships.organisationId, org.id),
          isNull(memberships.verifiedAt),
          sql`${memberships.userId} in (select ${users.id} from ${users} where split_part(${users.email}, '@', 2) = ${input.emailDomain})`,
        ),
      )
      .returning({ userId: memberships.userId });
    await audit(
      {
        actorUserId,
        action: "organisation.email_domain_set",
        entityType: "organisation",
        entityId: org.id,
        data: { from: org.emailDomain, to: input.emailDomain, verifiedUserIds: verified.map((v) => v.userId) },
      },
      tx,
    );
    return { ok: true as const };
  });
}
