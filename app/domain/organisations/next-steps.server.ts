/**
 * The "what happens next" page after joining or registering an organisation (issue 12): which of four cases the
 * active membership is in, and how long hub verification usually takes.
 */
import { isPublicBodyKind, isSolutionProviderKind } from "../../../shared/vocabulary/organisations";

export type NextStep = "pendingVerification" | "postChallenge" | "publishSolution" | "explore";

/** The typical time hub staff take to verify a membership, in working days: `VERIFICATION_WORKDAYS`, default 2. */
export function typicalVerificationWorkdays(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.VERIFICATION_WORKDAYS);
  return Number.isInteger(n) && n >= 1 && n <= 30 ? n : 2;
}

export function nextStepFor(organisation: { kind: string }, membership: { verified: boolean }): NextStep {
  if (isPublicBodyKind(organisation.kind)) return membership.verified ? "postChallenge" : "pendingVerification";
  if (isSolutionProviderKind(organisation.kind)) return "publishSolution";
  return "explore";
}
