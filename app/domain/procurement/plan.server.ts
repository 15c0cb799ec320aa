/**
 * The owner's procurement plan for a challenge: the answers to the advice questions and the chosen route and stage
 * (issue 17). Writes check, inside their transaction, that the caller speaks for an owning body (ADR 0015), so a
 * route that forgets its access check still cannot change the plan.
 */
import { eq, inArray } from "drizzle-orm";
import { challengeProcurement, consultations } from "../../../db/schema";
import { isOpen } from "./consultation.server";
import { getDb } from "../db.server";
import { ownsChallenge } from "../challenges/challenges.repository.server";
import { speaksFor } from "../organisations/speaks-for.server";
import { adviseRoutes, isAdviceRoute, isStageOf, type AdviceInput, type AdviceRoute } from "./route-advice";
import { CONTRACT_KINDS, MARKET_READINESS } from "../../../shared/vocabulary/procurement";
import { fail, type Result } from "../errors";
import type { PlanError } from "./errors";

export interface Plan extends AdviceInput {
  route: AdviceRoute | null;
  stage: string | null;
}

/** The advice form's field messages (i18n keys). */
type AdviceFieldError = "procurement.errors.value" | "procurement.errors.choice";

const oneOf = <T extends string>(list: readonly T[], v: FormDataEntryValue | null): T | null =>
  typeof v === "string" && (list as readonly string[]).includes(v) ? (v as T) : null;
const yesNo = (v: FormDataEntryValue | null) => (v === "yes" ? true : v === "no" ? false : null);

/** The advice questions from a form: the answers, or field errors (the raw values are kept to re-render the form). */
export function parseAdviceForm(form: FormData): { input: AdviceInput | null; errors: Record<string, AdviceFieldError>; values: Record<string, string> } {
  const values = Object.fromEntries(["valueEur", "kind", "market", "rdNeeded", "othersInterested"].map((k) => [k, String(form.get(k) ?? "")]));
  const digits = values.valueEur.replace(/[\s.]/g, "");
  const valueEur = /^\d{1,10}$/.test(digits) ? Number(digits) : NaN;
  const kind = oneOf(CONTRACT_KINDS, form.get("kind"));
  const market = oneOf(MARKET_READINESS, form.get("market"));
  const rdNeeded = yesNo(form.get("rdNeeded"));
  const othersInterested = yesNo(form.get("othersInterested"));
  const errors: Record<string, AdviceFieldError> = {};
  if (!Number.isSafeInteger(valueEur) || valueEur > 2_000_000_000) errors.valueEur = "procurement.errors.value";
  if (!kind) errors.kind = "procurement.errors.choice";
  if (!market) errors.market = "procurement.errors.choice";
  if (rdNeeded === null) errors.rdNeeded = "procurement.errors.choice";
  if (othersInterested === null) errors.othersInterested = "procurement.errors.choice";
  if (Object.keys(errors).length) return { input: null, errors, values };
  return { input: { valueEur, kind: kind!, market: market!, rdNeeded: rdNeeded!, othersInterested: othersInterested! }, errors, values };
}

export async function loadPlan(challengeId: string): Promise<Plan | null> {
  const [row] = await getDb().select().from(challengeProcurement).where(eq(challengeProcurement.challengeId, challengeId));
  if (!row) return null;
  return {
    valueEur: row.valueEur,
    kind: row.contractKind,
    market: row.market,
    rdNeeded: row.rdNeeded,
    othersInterested: row.othersInterested,
    route: row.route,
    stage: row.stage,
  };
}

/** The chosen route and stage of several challenges (public page, hub pipeline): only those with a route. */
export async function chosenRoutes(challengeIds: string[]): Promise<Map<string, { route: AdviceRoute; stage: string }>> {
  const out = new Map<string, { route: AdviceRoute; stage: string }>();
  if (!challengeIds.length) return out;
  const rows = await getDb()
    .select({ id: challengeProcurement.challengeId, route: challengeProcurement.route, stage: challengeProcurement.stage })
    .from(challengeProcurement)
    .where(inArray(challengeProcurement.challengeId, challengeIds));
  for (const r of rows) if (r.route && r.stage) out.set(r.id, { route: r.route, stage: r.stage });
  return out;
}

type Actor = { userId: string; organisationId: string };
export type SaveResult = Result<object, PlanError>;

/** Stores the answers. A chosen route that no longer fits them is cleared (with its stage). */
export async function saveAnswers(actor: Actor, challengeId: string, input: AdviceInput): Promise<SaveResult> {
  return getDb().transaction(async (tx) => {
    if (!(await speaksFor(tx, actor.userId, actor.organisationId)) || !(await ownsChallenge(tx, actor.organisationId, challengeId))) return fail<PlanError>("forbidden");
    const [current] = await tx.select().from(challengeProcurement).where(eq(challengeProcurement.challengeId, challengeId)).for("update");
    const fits = adviseRoutes(input).routes.some((r) => r.route === current?.route);
    const keep = current?.route && fits ? { route: current.route, stage: current.stage } : { route: null, stage: null };
    const row = {
      valueEur: input.valueEur,
      contractKind: input.kind,
      market: input.market,
      rdNeeded: input.rdNeeded,
      othersInterested: input.othersInterested,
      ...keep,
      updatedByUserId: actor.userId,
      updatedAt: new Date(),
    };
    await tx.insert(challengeProcurement).values({ challengeId, ...row }).onConflictDoUpdate({ target: challengeProcurement.challengeId, set: row });
    return { ok: true } as const;
  });
}

/** Chooses a route among those the stored answers advise, at one of its stages (its first when none is given). */
export async function chooseRoute(actor: Actor, challengeId: string, route: unknown, stage: unknown): Promise<SaveResult> {
  return getDb().transaction(async (tx) => {
    if (!(await speaksFor(tx, actor.userId, actor.organisationId)) || !(await ownsChallenge(tx, actor.organisationId, challengeId))) return fail<PlanError>("forbidden");
    const [current] = await tx.select().from(challengeProcurement).where(eq(challengeProcurement.challengeId, challengeId)).for("update");
    if (!current || !isAdviceRoute(route)) return fail<PlanError>("route");
    const advice = adviseRoutes({ valueEur: current.valueEur, kind: current.contractKind, market: current.market, rdNeeded: current.rdNeeded, othersInterested: current.othersInterested });
    const fit = advice.routes.find((r) => r.route === route);
    if (!fit) return fail<PlanError>("route");
    const chosenStage = stage === undefined || stage === null || stage === "" ? fit.stages[0] : stage;
    if (!isStageOf(route, chosenStage)) return fail<PlanError>("stage");
    await tx
      .update(challengeProcurement)
      .set({ route, stage: chosenStage, updatedByUserId: actor.userId, updatedAt: new Date() })
      .where(eq(challengeProcurement.challengeId, challengeId));
    return { ok: true } as const;
  });
}

/** What the public challenge page shows of procurement: the chosen route and stage, and a consultation if any. */
export async function procurementSummary(challengeId: string) {
  const [chosen, consultation] = await Promise.all([
    chosenRoutes([challengeId]),
    getDb().select({ endsOn: consultations.endsOn, closedAt: consultations.closedAt }).from(consultations).where(eq(consultations.challengeId, challengeId)),
  ]);
  const c = consultation[0];
  return {
    route: chosen.get(challengeId) ?? null,
    consultation: c ? { endsOn: c.endsOn, closedAt: c.closedAt?.toISOString() ?? null, open: isOpen(c) } : null,
  };
}
