/**
 * Status changes of a challenge after intake: hub staff review (publish, request changes, reject) and the owner's
 * lifecycle (close for responses, in pilot, finish with an outcome, withdraw). Each transition names the statuses it
 * may start from; the update only happens when the row is still in one of them, so a stale or doubled action
 * (two staff members, a second click) changes nothing and gets a clear message. Every transition bumps the version
 * (open edit forms then see a conflict), writes the audit log (the record's history) and re-indexes.
 */
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import * as s from "../../../db/schema";
import type { ChallengeStatus } from "../../../shared/vocabulary/challenges";
import { isoTime } from "../../../shared/dates";
import { isUuid } from "../../../shared/vocabulary/ids";
import { enqueueSearchSync } from "../../../search/outbox";
import { audit } from "../audit/audit.server";
import { getDb, getSql } from "../db.server";
import { notify } from "../notifications/notify.server";
import { speaksFor } from "../organisations/speaks-for.server";
import { ownedBy } from "../challenges/challenges.repository.server";
import { fail, type Result } from "../errors";
import type { ChallengeError } from "./errors";

type Status = ChallengeStatus;

export const TRANSITIONS = {
  // hub staff
  publish: { from: ["submitted"], to: "published", by: "staff" },
  requestChanges: { from: ["submitted"], to: "changes_requested", by: "staff" },
  reject: { from: ["submitted"], to: "rejected", by: "staff" },
  // owner
  close: { from: ["published"], to: "closed", by: "owner" },
  pilot: { from: ["published", "closed"], to: "in_pilot", by: "owner" },
  finish: { from: ["published", "closed", "in_pilot"], to: "finished", by: "owner" },
  withdraw: { from: ["draft", "submitted", "changes_requested", "published", "closed", "in_pilot"], to: "withdrawn", by: "owner" },
} as const satisfies Record<string, { from: readonly Status[]; to: Status; by: "staff" | "owner" }>;
export type TransitionName = keyof typeof TRANSITIONS;
export const OWNER_TRANSITIONS = (Object.keys(TRANSITIONS) as TransitionName[]).filter((k) => TRANSITIONS[k].by === "owner");

/** The owner's transitions that can start from `status` (for the buttons on the edit page). */
export const ownerActionsFor = (status: Status) => OWNER_TRANSITIONS.filter((k) => (TRANSITIONS[k].from as readonly Status[]).includes(status));

/** A challenge's status change, or why not (the codes of `challengeErrors`). */
export type ChallengeTransitionResult = Result<{ to: Status }, Exclude<ChallengeError, "notEditable">>;

/**
 * Apply `name` to challenge `id`. `scope` is the acting organisation for owner transitions (owner or co-owner),
 * or "staff" for review transitions (the caller checked challenge.review). An owner transition speaks for the body:
 * the actor needs a verified membership of the acting organisation (ADR 0015), else `needsVerification`.
 */
export async function transitionChallenge(
  actorUserId: string,
  id: string,
  name: TransitionName,
  scope: { organisationId: string } | "staff",
  extra: { comment?: string; outcome?: string; lessonsLearned?: string } = {},
): Promise<ChallengeTransitionResult> {
  const t = TRANSITIONS[name];
  if ((t.by === "staff") !== (scope === "staff")) return fail("notFound");
  if (!isUuid(id)) return fail("notFound");
  return getDb().transaction(async (tx) => {
    if (scope !== "staff" && !(await speaksFor(tx, actorUserId, scope.organisationId))) {
      return fail("needsVerification");
    }
    const scoped = scope === "staff" ? eq(s.challenges.id, id) : and(eq(s.challenges.id, id), ownedBy(scope.organisationId));
    const [row] = await tx
      .select({ status: s.challenges.status, title: s.challenges.title, owner: s.challenges.ownerOrganisationId, createdBy: s.challenges.createdByUserId })
      .from(s.challenges)
      .where(scoped)
      .for("update");
    if (!row) return fail("notFound");
    if (!(t.from as readonly Status[]).includes(row.status)) return fail("stale");
    const now = new Date();
    const values: Partial<s.NewChallenge> = { status: t.to, updatedAt: now };
    if (name === "publish") Object.assign(values, { publishedAt: now, reviewComment: null });
    if (name === "requestChanges" || name === "reject") values.reviewComment = extra.comment ?? null;
    if (name === "finish") Object.assign(values, { outcome: extra.outcome, lessonsLearned: extra.lessonsLearned, finishedAt: now });
    await tx
      .update(s.challenges)
      .set({ ...values, version: sql`${s.challenges.version} + 1` })
      .where(eq(s.challenges.id, id));
    await audit(
      {
        actorUserId,
        action: `challenge.${name}`,
        entityType: "challenge",
        entityId: id,
        data: { from: row.status, to: t.to, ...(extra.comment ? { comment: extra.comment } : {}) },
      },
      tx,
    );
    await enqueueSearchSync(tx, "challenge", [id]);
    if (t.by === "staff") {
      // The body's verified members, and the creator (an unverified creator reads their own record, ADR 0015).
      const members = await tx
        .select({ id: s.memberships.userId })
        .from(s.memberships)
        .where(and(eq(s.memberships.organisationId, row.owner), isNotNull(s.memberships.verifiedAt)));
      const recipients = [...new Set([...members.map((m) => m.id), ...(row.createdBy ? [row.createdBy] : [])])];
      await notify(
        tx,
        recipients.map((userId) => ({
          userId,
          kind: "review_outcome" as const,
          payload: { entityType: "challenge", entityId: id, title: row.title, outcome: t.to },
        })),
      );
    }
    return { ok: true as const, to: t.to as Status };
  });
}

export interface HistoryEntry {
  id: number;
  action: string;
  actor: string | null;
  at: string;
  comment: string | null;
}

/** The audit entries of a challenge, oldest first: created, submitted, changes requested (with the comment), … */
export async function challengeHistory(id: string): Promise<HistoryEntry[]> {
  const rows = await getDb()
    .select({ id: s.auditLog.id, action: s.auditLog.action, actor: s.users.name, at: s.auditLog.createdAt, data: s.auditLog.data })
    .from(s.auditLog)
    .leftJoin(s.users, eq(s.users.id, s.auditLog.actorUserId))
    .where(and(eq(s.auditLog.entityType, "challenge"), eq(s.auditLog.entityId, id)))
    .orderBy(asc(s.auditLog.createdAt), asc(s.auditLog.id));
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actor: r.actor,
    at: r.at.toISOString(),
    comment: typeof r.data?.comment === "string" ? r.data.comment : null,
  }));
}

export interface QueueItem {
  id: string;
  title: string;
  owner: string;
  submittedAt: string | null;
  themes: string[];
}

/** Submitted challenges, oldest submission first, optionally for one theme and/or province (PV code). */
export async function reviewQueue(filter: { theme?: string; province?: string }): Promise<QueueItem[]> {
  const sqlc = getSql();
  const rows = await sqlc`
    select c.id, c.title, c.submitted_at, o.name as owner,
      coalesce((select array_agg(ct.theme_slug order by t.position) from challenge_themes ct
                join themes t on t.slug = ct.theme_slug where ct.challenge_id = c.id), '{}') as themes
    from challenges c join organisations o on o.id = c.owner_organisation_id
    where c.status = 'submitted'
      ${filter.theme ? sqlc`and exists (select 1 from challenge_themes ct where ct.challenge_id = c.id and ct.theme_slug = ${filter.theme})` : sqlc``}
      ${
        filter.province
          ? sqlc`and exists (select 1 from challenge_regions cr join regions r on r.code = cr.region_code
                 where cr.challenge_id = c.id and coalesce(r.province_code, r.code) = ${filter.province})`
          : sqlc``
      }
    order by c.submitted_at asc nulls first, c.id
    limit 500`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    owner: r.owner,
    submittedAt: isoTime(r.submitted_at),
    themes: r.themes,
  }));
}

/** How much intake waits for review: submitted challenges and submitted solutions. */
export async function reviewCounts(): Promise<{ challenges: number; solutions: number }> {
  const [row] = await getSql()`
    select (select count(*)::int from challenges where status = 'submitted') as challenges,
           (select count(*)::int from solutions where status = 'submitted') as solutions`;
  return { challenges: row.challenges, solutions: row.solutions };
}

export async function listProvinces(): Promise<{ code: string; name: string }[]> {
  return getDb().select({ code: s.regions.code, name: s.regions.name }).from(s.regions).where(eq(s.regions.kind, "provincie")).orderBy(asc(s.regions.name));
}

/** Whether the staff member may see the challenge in review: every status except a draft the owner never submitted. */
export async function reviewable(id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const [row] = await getDb()
    .select({ status: s.challenges.status })
    .from(s.challenges)
    .where(and(eq(s.challenges.id, id), inArray(s.challenges.status, ["submitted", "changes_requested", "published", "closed", "in_pilot", "finished", "withdrawn", "rejected"])));
  return !!row;
}
