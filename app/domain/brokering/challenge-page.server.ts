/**
 * The brokering part of the public challenge page: what the signed-in visitor may do there ("ik kan helpen" for a
 * member of a company or knowledge institution, "interessant" on a suggestion for the challenge's owner), and the
 * engine's suggestion a response or interest records. The page's action is in the route (app/routes/opgaven.$slug.tsx).
 */
import { roleGrants, rolesFor } from "../auth/permissions";
import { getSession } from "../auth/session.server";
import { ownsChallenge, type PublicChallenge } from "../challenges/challenges.repository.server";
import { getDb } from "../db.server";
import { solutionsForChallenge } from "../matching.server";
import { matchStatesForChallenge } from "./matches.repository.server";
import { publishedSolutionsOf, type EngineSuggestion } from "./respond.server";
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

/** The engine's suggestion of this solution for the challenge, if it makes one (recorded with a response or interest). */
export async function engineSuggestion(challenge: PublicChallenge, solutionId: string): Promise<EngineSuggestion | null> {
  const suggestions = await solutionsForChallenge(challenge, 10);
  const hit = suggestions.results.find((r) => r.document.id === solutionId);
  return hit ? { score: hit.score, explanation: hit.explanation } : null;
}
