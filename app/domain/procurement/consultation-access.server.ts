/**
 * Who sees what of a market consultation (ADR 0026). The page under the public challenge shows everyone its status;
 * the questions and answers only to registered respondents (published answers and their own open questions), to
 * verified members of an owning body and to hub staff. The report is for the owners and hub staff.
 */
import { data } from "@remix-run/node";
import { count, eq } from "drizzle-orm";
import { consultationRespondents } from "../../../db/schema";
import { requireUser } from "../auth/access.server";
import { roleGrants, rolesFor } from "../auth/permissions";
import { getSession, type AuthContext } from "../auth/session.server";
import { ownsChallenge } from "../challenges/challenges.repository.server";
import { getDb } from "../db.server";
import { isSolutionProviderKind } from "../../../shared/vocabulary/organisations";
import { isRespondent } from "./consultation.server";

export type ConsultationViewer =
  | { kind: "anonymous" }
  | { kind: "other" }
  | { kind: "provider"; registered: boolean }
  | { kind: "owner" }
  | { kind: "staff" };

const isStaff = (ctx: AuthContext) => !!ctx.user?.totpEnabled && rolesFor(ctx.user.platformRole, null).some((r) => roleGrants(r, "match.broker"));
const isVerifiedOwner = async (ctx: AuthContext, challengeId: string) =>
  !!ctx.organisation && !!ctx.membership?.verified && (await ownsChallenge(getDb(), ctx.organisation.id, challengeId));

export async function consultationViewer(request: Request, challengeId: string, consultationId: string | null): Promise<ConsultationViewer> {
  const ctx = await getSession(request);
  if (!ctx.user || !ctx.session) return { kind: "anonymous" };
  if (isStaff(ctx)) return { kind: "staff" };
  if (await isVerifiedOwner(ctx, challengeId)) return { kind: "owner" };
  if (ctx.organisation && isSolutionProviderKind(ctx.organisation.kind)) {
    return { kind: "provider", registered: consultationId ? await isRespondent(consultationId, ctx.user.id) : false };
  }
  return { kind: "other" };
}

/** The report: verified members of an owning body and hub staff; anyone else signed in gets 403. */
export async function requireReportAccess(request: Request, challengeId: string): Promise<void> {
  const ctx = await requireUser(request);
  if (isStaff(ctx) || (await isVerifiedOwner(ctx, challengeId))) return;
  throw data({ error: "forbidden" }, { status: 403 });
}

export async function respondentCount(consultationId: string): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(consultationRespondents).where(eq(consultationRespondents.consultationId, consultationId));
  return row?.n ?? 0;
}
