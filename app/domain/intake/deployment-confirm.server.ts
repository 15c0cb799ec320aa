/**
 * A public body confirms or disputes the deployments that name it. Routes call
 * requireOrgPermission(request, "deployment.confirm") (a verified membership of a public body); here we check the
 * deployment names the caller's own body. Only deployments of published solutions are listed and decided.
 */
import { and, asc, eq } from "drizzle-orm";
import { organisations, regions, solutionDeployments, solutions } from "../../../db/schema";
import { enqueueSearchSync } from "../../../search/outbox";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { requireOrgOfKind, type InOrganisation } from "../auth/access.server";
import { speaksFor } from "../organisations/speaks-for.server";
import { organisationMemberIds } from "./recipients.server";
import { fail, type Result } from "../errors";
import type { DeploymentError } from "./errors";

/** A verified member of a municipality or province (the bodies deployments can name). */
export const requireBodyMember = (request: Request): Promise<InOrganisation> =>
  requireOrgOfKind(request, "deployment.confirm", (kind) => kind === "gemeente" || kind === "provincie", "org_kind:deployment.confirm");

async function cbsCodeOf(organisationId: string): Promise<string | null> {
  const [row] = await getDb().select({ code: organisations.cbsCode }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.code ?? null;
}

export async function deploymentsNaming(organisationId: string) {
  const code = await cbsCodeOf(organisationId);
  if (!code) return [];
  return getDb()
    .select({
      id: solutionDeployments.id,
      status: solutionDeployments.status,
      since: solutionDeployments.since,
      confirmation: solutionDeployments.confirmation,
      disputeReason: solutionDeployments.disputeReason,
      confirmedAt: solutionDeployments.confirmedAt,
      solutionTitle: solutions.title,
      solutionSlug: solutions.slug,
      lang: solutions.lang,
      organisation: organisations.name,
    })
    .from(solutionDeployments)
    .innerJoin(solutions, eq(solutions.id, solutionDeployments.solutionId))
    .innerJoin(organisations, eq(organisations.id, solutions.organisationId))
    .innerJoin(regions, eq(regions.code, solutionDeployments.regionCode))
    .where(and(eq(solutionDeployments.regionCode, code), eq(solutions.status, "published")))
    .orderBy(asc(solutions.title));
}

export type DeploymentDecision = { intent: "confirm" } | { intent: "dispute"; reason: string };

/**
 * Record the body's answer (who, when, why); `notFound` when the deployment does not name the caller's body, and
 * `forbidden` when the user may not speak for the body (not a verified member, ADR 0015).
 */
export async function decideDeployment(
  userId: string,
  organisationId: string,
  deploymentId: string,
  d: DeploymentDecision,
): Promise<Result<{ confirmation: "confirmed" | "disputed" }, DeploymentError>> {
  const code = await cbsCodeOf(organisationId);
  if (!code) return fail("notFound");
  const db = getDb();
  if (!(await speaksFor(db, userId, organisationId))) return fail("forbidden");
  const [row] = await db
    .select({ id: solutionDeployments.id, solutionId: solutions.id, title: solutions.title, ownerId: solutions.organisationId })
    .from(solutionDeployments)
    .innerJoin(solutions, eq(solutions.id, solutionDeployments.solutionId))
    .where(and(eq(solutionDeployments.id, deploymentId), eq(solutionDeployments.regionCode, code), eq(solutions.status, "published")));
  if (!row) return fail("notFound");
  const confirmation = d.intent === "confirm" ? ("confirmed" as const) : ("disputed" as const);
  await db.transaction(async (tx) => {
    await tx
      .update(solutionDeployments)
      .set({ confirmation, confirmedByUserId: userId, confirmedAt: new Date(), disputeReason: d.intent === "dispute" ? d.reason : null })
      .where(eq(solutionDeployments.id, row.id));
    await audit(
      { actorUserId: userId, action: `deployment.${confirmation}`, entityType: "solution", entityId: row.solutionId, data: { deploymentId: row.id, regionCode: code, ...(d.intent === "dispute" ? { reason: d.reason } : {}) } },
      tx,
    );
    await enqueueSearchSync(tx, "solution", [row.solutionId]);
    const members = await organisationMemberIds(tx, row.ownerId);
    await notify(
      tx,
      members.map((m) => ({
        userId: m,
        kind: "deployment_confirmation" as const,
        payload: { solutionId: row.solutionId, title: row.title, regionCode: code, outcome: confirmation, href: `/mijn/oplossingen/${row.solutionId}` },
      })),
    );
  });
  return { ok: true as const, confirmation };
}
