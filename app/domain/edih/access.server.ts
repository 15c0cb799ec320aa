/**
 * Who reads EDIH services and reports (ADR 0025): hub roles see everything; members of a hub partner organisation
 * (the hub's member organisations, kind `hub-partner`, as their active organisation) see their own services and the
 * hub's totals. Everyone else gets 403; anonymous callers are sent to log in.
 */
import { data } from "@remix-run/node";
import { isHubRole } from "../../../shared/vocabulary/accounts";
import { requireHubPermission, requireUser, type SignedIn } from "../auth/access.server";
import { logSecurityEvent } from "../auth/security-log.server";

export async function requireEdihReader(request: Request): Promise<{ ctx: SignedIn; partnerId: string | null }> {
  const ctx = await requireUser(request);
  if (isHubRole(ctx.user.platformRole)) return { ctx: await requireHubPermission(request, "hub.view"), partnerId: null };
  if (ctx.organisation?.kind === "hub-partner" && ctx.membership) return { ctx, partnerId: ctx.organisation.id };
  await logSecurityEvent("access.denied", { userId: ctx.user.id, request, data: { reason: "edih.report", method: request.method } });
  throw data({ error: "forbidden" }, { status: 403 });
}
