/**
 * Hub staff verify who may speak for a public body: approve or reject unverified memberships, and register a body's
 * e-mail domain so that joins from that domain verify at once (membership.server.ts). Every change is audit-logged.
 *
 * The loop is closed by notifications (notify.server.ts; the mailer mails them per the user's settings): a new
 * unverified membership tells every hub staff member ("membership_pending"), and each decision tells the member
 * ("membership_decision", a rejection with its reason).
 */
import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { memberships, organisations, sessions, users } from "../../../db/schema";
import { PUBLIC_BODY_KINDS } from "../../../shared/vocabulary/organisations";
import { audit } from "../audit/audit.server";
import { RejectReasonSchema } from "../auth/schemas";
import { hubStaff } from "../users/users.repository.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { fail, type Result } from "../errors";
import type { VerificationError } from "./errors";

const publicBody = inArray(organisations.kind, [...PUBLIC_BODY_KINDS]);

const pendingOf = (userId: string, organisationId: string) =>
  and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), isNull(memberships.verifiedAt));

export const VERIFICATION_PATH = "/hub/verificatie";

/**
 * Tell every hub staff member that this membership waits for verification. Call it in the transaction that created
 * an unverified public-body membership (joining a body, accepting an invitation without the body's domain).
 */
export async function notifyHubOfPendingMembership(tx: Executor, input: { userId: string; organisationId: string }): Promise<void> {
  const [row] = await tx
    .select({ name: users.name, organisation: organisations.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(pendingOf(input.userId, input.organisationId), publicBody));
  if (!row) return;
  const staff = await hubStaff(tx);
  await notify(
    tx,
    staff
      .filter((s) => s.id !== input.userId)
      .map((s) => ({
        userId: s.id,
        kind: "staff_attention" as const,
        payload: { event: "membership_pending", name: row.name, organisation: row.organisation, organisationId: input.organisationId, href: VERIFICATION_PATH },
      })),
  );
}

/** Tell the member the outcome; a rejection carries the reason. Links to the member's organisations page. */
async function notifyMember(
  tx: Executor,
  input: { userId: string; organisationId: string; organisation: string; outcome: "verified" | "rejected"; reason?: string },
): Promise<void> {
  const { userId, ...payload } = input;
  await notify(tx, [{ userId, kind: "membership_decision", payload: { ...payload, href: "/organisatie/kiezen" } }]);
}

/** Unverified public-body memberships, the longest waiting first, with whole days waited (server clock). */
export async function listPendingMemberships() {
  return getDb()
    .select({
      userId: memberships.userId,
      organisationId: memberships.organisationId,
      name: users.name,
      email: users.email,
      organisation: organisations.name,
      since: memberships.createdAt,
      waitingDays: sql<number>`floor(extract(epoch from (now() - ${memberships.createdAt})) / 86400)::int`,
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

export type HubResult = Result<object, VerificationError>;

export type MembershipDecision = { approve: true } | { approve: false; reason: string };

/** Approve, or reject with a reason (required, at most REJECT_REASON_MAX characters); the member is notified. */
export async function decideMembership(actorUserId: string, input: { userId: string; organisationId: string }, decision: MembershipDecision): Promise<HubResult> {
  const approve = decision.approve;
  const reason = approve ? undefined : RejectReasonSchema.safeParse(decision.reason);
  if (reason && !reason.success) return fail(reason.error.issues[0]?.message === "hub.reasonTooLong" ? "reasonTooLong" : "reasonRequired");
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ role: memberships.role, organisation: organisations.name })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(pendingOf(input.userId, input.organisationId), publicBody))
      .for("update");
    if (!row) return fail("notPending");
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
        data: { userId: input.userId, role: row.role, ...(reason?.success ? { reason: reason.data } : {}) },
      },
      tx,
    );
    await notifyMember(tx, {
      userId: input.userId,
      organisationId: input.organisationId,
      organisation: row.organisation,
      ...(reason?.success ? { outcome: "rejected" as const, reason: reason.data } : { outcome: "verified" as const }),
    });
    return { ok: true as const };
  });
}

/** Register (or change) a public body's e-mail domain; members waiting with an address on it are verified now. */
export async function registerEmailDomain(actorUserId: string, input: { organisationId: string; emailDomain: string }): Promise<HubResult> {
  return getDb().transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id, name: organisations.name, emailDomain: organisations.emailDomain })
      .from(organisations)
      .where(and(eq(organisations.id, input.organisationId), publicBody))
      .for("update");
    if (!org) return fail("organisationRequired");
    const [taken] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.emailDomain, input.emailDomain), ne(organisations.id, org.id), isNotNull(organisations.emailDomain)));
    if (taken) return fail("domainTaken");
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
    for (const v of verified) await notifyMember(tx, { userId: v.userId, organisationId: org.id, organisation: org.name, outcome: "verified" });
    return { ok: true as const };
  });
}
