/**
 * Brokers' judgement on suggestions (issue 14): hub staff and the records' owners mark a suggested pair "relevant"
 * or "niet relevant" (with an optional reason). Who may: hub staff (with two-step verification, like every hub
 * action), and members who speak for the challenge's owner or co-owner or for the solution's company (ADR 0015:
 * a member of a public body the hub has not verified may not). The check runs here, inside the writing
 * transaction. A recorded judgement forgets both records' cached suggestions and the feedback the matcher uses.
 */
import { getDb } from "../db.server";
import { audit } from "../audit/audit.server";
import { roleGrants, rolesFor } from "../auth/permissions";
import { getSession, type SessionUser } from "../auth/session.server";
import { speaksFor } from "../organisations/speaks-for.server";
import type { Executor } from "../../../db/client";
import type { JudgeRole, JudgementVerdict } from "../../../shared/vocabulary/judgements";
import { pairJudged } from "./feedback.server";
import { fail, type Result } from "../errors";
import type { JudgementError } from "./errors";
import { insertJudgement, latestVerdictsOf, pairOwners, recordOrganisations } from "./judgements.repository.server";

export type Judge = Pick<SessionUser, "id" | "platformRole" | "totpEnabled">;
export interface JudgementInput {
  challengeId: string;
  solutionId: string;
  verdict: JudgementVerdict;
  reason?: string | null;
}
export type JudgeResult = Result<{ role: JudgeRole }, JudgementError>;

const isBroker = (user: Judge) => user.totpEnabled && rolesFor(user.platformRole, null).some((r) => roleGrants(r, "match.broker"));

async function speaksForAny(tx: Executor, userId: string, organisationIds: string[]) {
  for (const id of organisationIds) if (await speaksFor(tx, userId, id)) return true;
  return false;
}

/** In which capacity the user may judge this pair, or why not. */
export async function judgeRole(tx: Executor, user: Judge, challengeId: string, solutionId: string): Promise<JudgeRole | JudgementError> {
  const owners = await pairOwners(tx, challengeId, solutionId);
  if (!owners) return "notFound";
  if (isBroker(user)) return "staff";
  if (await speaksForAny(tx, user.id, owners.challengeOrganisations)) return "challenge_owner";
  if (await speaksFor(tx, user.id, owners.solutionOrganisation)) return "solution_owner";
  return "forbidden";
}

export async function judgeSuggestion(user: Judge, input: JudgementInput): Promise<JudgeResult> {
  const result = await getDb().transaction(async (tx): Promise<JudgeResult> => {
    const role = await judgeRole(tx, user, input.challengeId, input.solutionId);
    if (role === "forbidden" || role === "notFound") return fail(role);
    const reason = input.reason?.trim() || null;
    const id = await insertJudgement(tx, { challengeId: input.challengeId, solutionId: input.solutionId, judgedBy: user.id, role, verdict: input.verdict, reason });
    await audit(
      { actorUserId: user.id, action: "match.judge", entityType: "match_judgement", entityId: String(id), data: { challengeId: input.challengeId, solutionId: input.solutionId, verdict: input.verdict, role } },
      tx,
    );
    return { ok: true, role };
  });
  if (result.ok) {
    // After the commit: a recompute that starts now sees the judgement.
    pairJudged(input.challengeId, input.solutionId);
  }
  return result;
}

export interface JudgementControls {
  /** Whether the viewer gets the controls on this record's list. */
  enabled: boolean;
  /** The viewer's own latest verdict per listed candidate id. */
  mine: Record<string, JudgementVerdict>;
}

/**
 * For a record's suggestion list: whether the viewer may judge (hub staff, or a member who speaks for the record's
 * organisation: the challenge's owner or co-owner, the solution's company), and what they said before.
 */
export async function judgementControls(
  request: Request,
  record: { kind: "challenge" | "solution"; id: string },
  candidateIds: string[],
): Promise<JudgementControls> {
  const { user } = await getSession(request);
  if (!user) return { enabled: false, mine: {} };
  const enabled = isBroker(user) || (await speaksForAny(getDb(), user.id, await recordOrganisations(getDb(), record)));
  if (!enabled) return { enabled, mine: {} };
  const pairs = candidateIds.map((c) => (record.kind === "challenge" ? { challengeId: record.id, solutionId: c } : { challengeId: c, solutionId: record.id }));
  const verdicts = await myVerdicts(user.id, pairs);
  const mine = Object.fromEntries(
    candidateIds.flatMap((c) => {
      const v = verdicts[record.kind === "challenge" ? `${record.id}:${c}` : `${c}:${record.id}`];
      return v ? [[c, v] as const] : [];
    }),
  );
  return { enabled, mine };
}

/** The user's own latest verdicts on pairs, keyed `challengeId:solutionId`. */
export async function myVerdicts(userId: string, pairs: { challengeId: string; solutionId: string }[]): Promise<Record<string, JudgementVerdict>> {
  const rows = await latestVerdictsOf(getDb(), userId, pairs);
  return Object.fromEntries(rows.map((r) => [`${r.challengeId}:${r.solutionId}`, r.verdict]));
}

/** judgeRole on the app's connection, for the route's access check before it reads the rest of the form. */
export const judgeRoleFor = (user: Judge, pair: { challengeId: string; solutionId: string }) => judgeRole(getDb(), user, pair.challengeId, pair.solutionId);
