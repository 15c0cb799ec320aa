/**
 * The brokering part of the public challenge page: what the signed-in visitor may do there ("ik kan helpen" for a
 * member of a company or knowledge institution, "interessant" on a suggestion for the challenge's owner), and the
 * action that handles both.
 */
import { data } from "@remix-run/node";
import type { InOrganisation, SignedIn } from "../auth/access.server";
import { roleGrants, rolesFor } from "../auth/permissions";
import { fieldErrors, formValues } from "../auth/schemas";
import { getSession } from "../auth/session.server";
import { ownsChallenge, type PublicChallenge } from "../challenges/challenges.repository.server";
import { getDb } from "../db.server";
import { solutionsForChallenge } from "../matching.server";
import { matchStatesForChallenge } from "./queries.server";
import { setContactMode } from "./manage.server";
import { markInterest, publishedSolutionsOf, respondToChallenge, type EngineSuggestion } from "./respond.server";
import { ContactModeSchema, InterestSchema, RespondSchema } from "./schemas";
import type { MatchState } from "./states";
import { isSolutionProviderKind } from "../../../shared/vocabulary/organisations";

export type ChallengeViewer =
  | { kind: "anonymous" }
  | { kind: "none" }
  | { kind: "provider"; organisationName: string; solutions: { id: string; title: string; lang: string }[]; responded: string[] }
  | { kind: "owner"; states: Record<string, MatchState> }
  /** A member of the owning body whose membership the hub has not verified: may not speak for it yet (ADR 0015). */
  | { kind: "unverifiedOwner" }
  | { kind: "staff" };

export async function challengeViewer(request: Request, challenge: PublicChallenge): Promise<ChallengeViewer> {
  const ctx = await getSession(request);
  if (!ctx.user || !ctx.session) return { kind: "anonymous" };
  const hubRoles = rolesFor(ctx.user.platformRole, null);
  if (ctx.user.totpEnabled && hubRoles.some((r) => roleGrants(r, "match.broker"))) return { kind: "staff" };
  if (!ctx.organisation || !ctx.membership) return { kind: "none" };
  if (!rolesFor("user", ctx.membership.role).some((r) => roleGrants(r, "match.respond"))) return { kind: "none" };
  if (isSolutionProviderKind(ctx.organisation.kind)) {
    const [solutions, states] = await Promise.all([publishedSolutionsOf(ctx.organisation.id), matchStatesForChallenge(challenge.id)]);
    return {
      kind: "provider",
      organisationName: ctx.organisation.name,
      solutions,
      responded: solutions.filter((s) => states[s.id] && states[s.id] !== "suggested").map((s) => s.title),
    };
  }
  if (await ownsChallenge(getDb(), ctx.organisation.id, challenge.id)) {
    return ctx.membership.verified ? { kind: "owner", states: await matchStatesForChallenge(challenge.id) } : { kind: "unverifiedOwner" };
  }
  return { kind: "none" };
}

export type ChallengeActionResult = { intent: string; done?: string; values: Record<string, string>; errors: Record<string, string> };
const NO_STORE = { "Cache-Control": "private, no-store" };
const reply = (result: ChallengeActionResult, status = 200) => data(result, { status, headers: NO_STORE });
const forbidden = () => {
  throw data({ error: "forbidden" }, { status: 403 });
};

async function engineSuggestion(challenge: PublicChallenge, solutionId: string): Promise<EngineSuggestion | null> {
  const suggestions = await solutionsForChallenge(challenge, 10);
  const hit = suggestions.results.find((r) => r.document.id === solutionId);
  return hit ? { score: hit.score, explanation: hit.explanation } : null;
}

/** The page's action, for a caller already checked for "match.respond". */
export async function challengeAction(ctx: InOrganisation, request: Request, challenge: PublicChallenge) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const values = formValues(form);
  const input = Object.fromEntries(form);
  if (intent === "respond") {
    if (!isSolutionProviderKind(ctx.organisation.kind)) return forbidden();
    const parsed = RespondSchema.safeParse(input);
    if (!parsed.success) return reply({ intent, values, errors: fieldErrors(parsed.error) }, 400);
    const result = await respondToChallenge(
      { userId: ctx.user.id, organisationId: ctx.organisation.id, organisationKind: ctx.organisation.kind },
      { challengeId: challenge.id, ...parsed.data },
      await engineSuggestion(challenge, parsed.data.solutionId),
    );
    if (!result.ok) {
      if (result.error === "forbidden") return forbidden();
      const field = result.error === "solutionInvalid" ? "solutionId" : "form";
      return reply({ intent, values, errors: { [field]: `brokering.${result.error === "notFound" ? "closedForResponses" : result.error}` } }, 400);
    }
    return reply({ intent, values: {}, errors: {}, done: result.outcome === "already" ? "brokering.respond.already" : "brokering.respond.done" });
  }
  if (intent === "interest") {
    if (!ctx.membership.verified) return forbidden();
    const parsed = InterestSchema.safeParse(input);
    if (!parsed.success) return reply({ intent, values, errors: fieldErrors(parsed.error) }, 400);
    const result = await markInterest(
      { userId: ctx.user.id, organisationId: ctx.organisation.id },
      { challengeId: challenge.id, solutionId: parsed.data.solutionId },
      await engineSuggestion(challenge, parsed.data.solutionId),
    );
    if (!result.ok) {
      if (result.error === "forbidden") return forbidden();
      return reply({ intent, values, errors: { form: `brokering.${result.error === "notFound" ? "solutionInvalid" : result.error}` } }, 400);
    }
    return reply({ intent, values: {}, errors: {}, done: result.outcome === "already" ? "brokering.interest.already" : "brokering.interest.done" });
  }
  return reply({ intent, values, errors: { form: "forms.invalid" } }, 400);
}

/** Hub staff set whether providers reach the owner directly or via the hub (a caller checked for "match.broker"). */
export async function challengeStaffAction(ctx: SignedIn, request: Request, challenge: PublicChallenge) {
  const form = await request.formData();
  const values = formValues(form);
  const parsed = ContactModeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return reply({ intent: "contactMode", values, errors: fieldErrors(parsed.error) }, 400);
  await setContactMode(ctx.user.id, challenge.id, parsed.data.contactMode);
  return reply({ intent: "contactMode", values: {}, errors: {}, done: "brokering.contactModeSaved" });
}
