/**
 * Review of submitted solutions by hub staff (routes call requireHubPermission(request, "solution.review")), and
 * the history of a solution from the audit log (shown to staff and to the owner).
 */
import { and, asc, desc, eq, exists, sql } from "drizzle-orm";
import { auditLog, organisations, solutions, solutionThemes, users } from "../../../db/schema";
import { enqueueSearchSync } from "../../../search/outbox";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { updateVersioned, VersionConflictError } from "./records.server";
import { organisationMemberIds } from "./recipients.server";
import { isUuid } from "../../../shared/vocabulary/ids";
import { fail, type Result } from "../errors";
import type { SolutionReviewError } from "./errors";

/** Submitted solutions, oldest submission first; optionally only those with `theme`. */
export async function reviewQueue(theme: string | null) {
  const db = getDb();
  const themeFilter = theme
    ? exists(db.select({ x: sql`1` }).from(solutionThemes).where(and(eq(solutionThemes.solutionId, solutions.id), eq(solutionThemes.themeSlug, theme))))
    : undefined;
  return db
    .select({ id: solutions.id, title: solutions.title, lang: solutions.lang, submittedAt: solutions.submittedAt, organisation: organisations.name })
    .from(solutions)
    .innerJoin(organisations, eq(organisations.id, solutions.organisationId))
    .where(and(eq(solutions.status, "submitted"), themeFilter))
    .orderBy(asc(solutions.submittedAt), asc(solutions.createdAt));
}

export async function solutionHistory(id: string) {
  if (!isUuid(id)) return [];
  return getDb()
    .select({ id: auditLog.id, action: auditLog.action, data: auditLog.data, at: auditLog.createdAt, actor: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entityType, "solution"), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(100);
}

export async function solutionVersion(id: string): Promise<number> {
  const [row] = await getDb().select({ version: solutions.version }).from(solutions).where(eq(solutions.id, id));
  return row?.version ?? 0;
}

export type ReviewDecision = { intent: "publish" | "request_changes" | "reject"; version: number; comment?: string };
const OUTCOME = { publish: "published", request_changes: "changes_requested", reject: "rejected" } as const;

/**
 * Apply a review decision to a submitted solution. A decision made on an older version, or on a record that is
 * no longer waiting for review (another reviewer was quicker), changes nothing and says so.
 */
export async function decideSolution(staffUserId: string, id: string, d: ReviewDecision): Promise<Result<{ status: string }, SolutionReviewError>> {
  if (!isUuid(id)) return fail("notFound");
  const db = getDb();
  const [current] = await db.select().from(solutions).where(eq(solutions.id, id));
  if (!current) return fail("notFound");
  if (current.status !== "submitted" || current.version !== d.version) return fail("stale");
  const status = OUTCOME[d.intent];
  try {
    await db.transaction(async (tx) => {
      await updateVersioned(tx, solutions, id, d.version, {
        status,
        reviewComment: d.intent === "publish" ? null : (d.comment ?? null),
        ...(d.intent === "publish" ? { publishedAt: current.publishedAt ?? new Date() } : {}),
      });
      await audit(
        { actorUserId: staffUserId, action: `solution.${status}`, entityType: "solution", entityId: id, data: d.comment && d.intent !== "publish" ? { comment: d.comment } : {} },
        tx,
      );
      await enqueueSearchSync(tx, "solution", [id]);
      const members = await organisationMemberIds(tx, current.organisationId);
      await notify(
        tx,
        members.map((userId) => ({
          userId,
          kind: "review_outcome" as const,
          payload: { entityType: "solution", entityId: id, title: current.title, outcome: status, href: `/mijn/oplossingen/${id}` },
        })),
      );
    });
  } catch (err) {
    if (err instanceof VersionConflictError) return fail("stale");
    throw err;
  }
  return { ok: true as const, status };
}
