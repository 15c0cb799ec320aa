/** Access for solution intake: the permission, and an active organisation that is a company or knowledge institution. */
import { requireOrgOfKind, type InOrganisation } from "../auth/access.server";
import { isSolutionProviderKind } from "../../../shared/vocabulary/organisations";

export const requireSolutionOrg = (request: Request, permission: "solution.create" | "solution.update"): Promise<InOrganisation> =>
  requireOrgOfKind(request, permission, isSolutionProviderKind, `org_kind:${permission}`);
