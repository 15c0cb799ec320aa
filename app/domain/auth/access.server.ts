/**
 * The one access check every loader and action calls (ADR 0006). Each helper reads the caller, their session and
 * active organisation in a single query (session.server.ts) and returns them, or throws: a redirect to the login
 * page for an anonymous GET, 401 for an anonymous POST, 403 when the role does not allow the action. These guards are
 * the only domain code that stops a request; they do it through `raise` (app/utils/action.server.ts, ADR 0021).
 */
import { redirect } from "@remix-run/node";
import { raise } from "../../utils/action.server";
import { accessErrors } from "./errors";
import { type AuthContext, getSession } from "./session.server";
import { HUB_ENTITIES, NEEDS_VERIFIED_PUBLIC_BODY, type Permission, roleGrants, rolesFor } from "./permissions";
import { logSecurityEvent } from "./security-log.server";
import { isPublicBodyKind } from "../../../shared/vocabulary/organisations";

export type SignedIn = AuthContext & { user: NonNullable<AuthContext["user"]>; session: NonNullable<AuthContext["session"]> };
export type InOrganisation = SignedIn & {
  organisation: NonNullable<AuthContext["organisation"]>;
  membership: NonNullable<AuthContext["membership"]>;
};

const isGet = (request: Request) => request.method === "GET" || request.method === "HEAD";

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  if (!isGet(request)) raise(accessErrors, "unauthorized");
  throw redirect(`/inloggen?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

async function deny(request: Request, ctx: AuthContext, reason: string): Promise<never> {
  await logSecurityEvent("access.denied", { userId: ctx.user?.id, request, data: { reason, method: request.method } });
  return raise(accessErrors, "forbidden");
}

/** Hub staff must have TOTP on; until they do, only the enrolment page (and logout) is open to them. */
export async function requireUser(request: Request, options: { allowWithoutTotp?: boolean } = {}): Promise<SignedIn> {
  const ctx = await getSession(request);
  if (!ctx.user || !ctx.session) {
    if (ctx.user === null && ctx.session === null) await logSecurityEvent("access.anonymous", { request, data: { method: request.method } });
    return loginRedirect(request);
  }
  if (ctx.user.platformRole !== "user" && !ctx.user.totpEnabled && !options.allowWithoutTotp) {
    if (isGet(request)) throw redirect("/account/tweestapsverificatie");
    return deny(request, ctx, "totp_required");
  }
  return ctx as SignedIn;
}

/** Anonymous-only pages (login, sign-up): a signed-in user goes home. */
export async function requireAnonymous(request: Request): Promise<void> {
  const ctx = await getSession(request);
  if (ctx.user) throw redirect("/");
}

/** The caller with an active organisation whose role grants `permission`. */
export async function requireOrgPermission(request: Request, permission: Permission): Promise<InOrganisation> {
  const ctx = await requireUser(request);
  if (!ctx.organisation || !ctx.membership) {
    // The chooser says why the user is there and sends them on afterwards (issue 12).
    if (isGet(request)) {
      const url = new URL(request.url);
      throw redirect(`/organisatie/kiezen?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
    }
    return deny(request, ctx, `no_organisation:${permission}`);
  }
  const roles = rolesFor("user", ctx.membership.role);
  if (!roles.some((r) => roleGrants(r, permission))) return deny(request, ctx, `role:${permission}`);
  if (
    NEEDS_VERIFIED_PUBLIC_BODY.includes(permission) &&
    isPublicBodyKind(ctx.organisation.kind) &&
    !ctx.membership.verified
  ) {
    return deny(request, ctx, `unverified:${permission}`);
  }
  return ctx as InOrganisation;
}

/** The caller with a hub role (staff or admin) that grants `permission`. */
export async function requireHubPermission(request: Request, permission: Permission): Promise<SignedIn> {
  const ctx = await requireUser(request);
  const entity = permission.split(".")[0] as (typeof HUB_ENTITIES)[number] | string;
  const roles = rolesFor(ctx.user.platformRole, null).filter((r) => r === "hub_staff" || r === "hub_admin");
  if (!HUB_ENTITIES.includes(entity as (typeof HUB_ENTITIES)[number]) && !roles.length) return deny(request, ctx, `hub:${permission}`);
  if (!roles.some((r) => roleGrants(r, permission))) return deny(request, ctx, `hub:${permission}`);
  return ctx;
}

/**
 * `requireOrgPermission`, and the active organisation must be of a kind `isKind` accepts (only public bodies post
 * challenges; only companies and knowledge institutions post solutions). With `logAs`, a refusal is logged as
 * access.denied with that reason.
 */
export async function requireOrgOfKind(
  request: Request,
  permission: Permission,
  isKind: (kind: string) => boolean,
  logAs?: string,
): Promise<InOrganisation> {
  const ctx = await requireOrgPermission(request, permission);
  if (isKind(ctx.organisation.kind)) return ctx;
  if (logAs) return deny(request, ctx, logAs);
  return raise(accessErrors, "forbidden");
}
