/** Access for solution intake: the permission, and an active organisation that is a company or knowledge institution. */
import { data } from "@remix-run/node";
import { requireOrgPermission, type InOrganisation } from "../auth/access.server";
import { logSecurityEvent } from "../auth/security-log.server";
import { isSolutionProviderKind } from "../../../shared/vocabulary/organisations";

export async function requireSolutionOrg(request: Request, permission: "solution.create" | "solution.update"): Promise<InOrganisation> {
  const ctx = await requireOrgPermission(request, permission);
  if (!isSolutionProviderKind(ctx.organisation.kind)) {
    await logSecurityEvent("access.denied", { userId: ctx.user.id, request, data: { reason: `org_kind:${permission}`, method: request.method } });
    throw data({ error: "forbidden" }, { status: 403 });
  }
  return ctx;
}
