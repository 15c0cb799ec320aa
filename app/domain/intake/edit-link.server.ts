/**
 * The "Bewerken" link on a public challenge or solution page (issue 13): shown to a signed-in member whose active
 * organisation owns (or co-owns) the record, whose role may update it, and who may save it in its current status
 * (an unverified member of a public body edits drafts only, which are never public, so never sees it here). The
 * edit routes check the same again; the link is only a convenience.
 */
import { and, eq } from "drizzle-orm";
import { solutions } from "../../../db/schema";
import { isPublicBodyKind, isSolutionProviderKind } from "../../../shared/vocabulary/organisations";
import type { ChallengeStatus } from "../../../shared/vocabulary/challenges";
import { roleGrants, rolesFor, type Permission } from "../auth/permissions";
import { getSession, type AuthContext } from "../auth/session.server";
import { ownsChallenge } from "../challenges/challenges.repository.server";
import { getDb } from "../db.server";
import { editableStatusesFor } from "./challenge-intake.server";
import { EDITABLE } from "./solution-form";

const may = (ctx: AuthContext, permission: Permission) => !!ctx.membership && rolesFor("user", ctx.membership.role).some((r) => roleGrants(r, permission));

/** The owner's edit page of this challenge, or null when the visitor may not edit it. */
export async function challengeEditHref(request: Request, challenge: { id: string; status: string }): Promise<string | null> {
  const ctx = await getSession(request);
  if (!ctx.user || !ctx.organisation || !ctx.membership || !isPublicBodyKind(ctx.organisation.kind)) return null;
  if (!may(ctx, "challenge.update")) return null;
  if (!editableStatusesFor(ctx.membership.verified).includes(challenge.status as ChallengeStatus)) return null;
  if (!(await ownsChallenge(getDb(), ctx.organisation.id, challenge.id))) return null;
  return `/mijn/opgaven/${challenge.id}`;
}

/** The provider's edit page of this solution, or null when the visitor may not edit it. */
export async function solutionEditHref(request: Request, solution: { id: string; status: string }): Promise<string | null> {
  const ctx = await getSession(request);
  if (!ctx.user || !ctx.organisation || !ctx.membership || !isSolutionProviderKind(ctx.organisation.kind)) return null;
  if (!may(ctx, "solution.update") || !EDITABLE.includes(solution.status)) return null;
  const [own] = await getDb()
    .select({ id: solutions.id })
    .from(solutions)
    .where(and(eq(solutions.id, solution.id), eq(solutions.organisationId, ctx.organisation.id)));
  return own ? `/mijn/oplossingen/${solution.id}` : null;
}
