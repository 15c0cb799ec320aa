/**
 * Market consultation mode with equal treatment (issue 17, ADR 0026). The owner opens a published challenge for
 * consultation until a date; members of companies and knowledge institutions register and ask questions; the owner
 * answers, and every answer is published to all registered respondents at once, with the question anonymised (the
 * asker is stored for the record, never shown), and each respondent is notified (in-app, and by mail per their
 * settings: notify.server.ts). There is no way to answer one respondent alone. Introductions the hub makes on the
 * challenge while the consultation is open are logged (`recordIntroduction`, called from the brokering introduction).
 *
 * Every write checks its rules inside its transaction: the owner speaks for an owning body (speaks-for.server.ts),
 * the respondent is registered, the consultation is still open.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { challenges, consultationIntroductions, consultationQuestions, consultationRespondents, consultations, matches, organisations, solutions } from "../../../db/schema";
import { getDb } from "../db.server";
import { ownsChallenge } from "../challenges/challenges.repository.server";
import { challengeOwners } from "../brokering/parties.server";
import { notify } from "../notifications/notify.server";
import { speaksFor } from "../organisations/speaks-for.server";
import { isSolutionProviderKind } from "../../../shared/vocabulary/organisations";
import { CONSULTATION_ANSWER_MAX, CONSULTATION_QUESTION_MAX } from "../../../shared/vocabulary/procurement";
import { isoTime } from "../../../shared/dates";
import { amsterdamDay } from "../../utils/format";
import { fail, type Result } from "../errors";
import type { ConsultationError, RespondentError } from "./errors";

type Owned<T extends object = object> = Result<T, ConsultationError>;
type Responded = Result<object, RespondentError>;

export interface ConsultationRow {
  id: string;
  challengeId: string;
  endsOn: string;
  closedAt: Date | null;
  createdAt: Date;
}
/** A consultation runs up to and including its end date, a day in Amsterdam (YYYY-MM-DD). */
export const isOpen = (c: Pick<ConsultationRow, "endsOn" | "closedAt">, today = amsterdamDay(new Date())) => c.closedAt === null && c.endsOn >= today;

export async function consultationOf(tx: Executor, challengeId: string, lock = false): Promise<ConsultationRow | null> {
  const q = tx.select().from(consultations).where(eq(consultations.challengeId, challengeId));
  const [row] = lock ? await q.for("update") : await q;
  return row ?? null;
}

type Owner = { userId: string; organisationId: string };
const speaksForChallenge = async (tx: Executor, actor: Owner, challengeId: string) =>
  (await speaksFor(tx, actor.userId, actor.organisationId)) && (await ownsChallenge(tx, actor.organisationId, challengeId));

/** Opens a consultation on a published challenge until `endsOn` (today or later; one consultation per challenge). */
export async function openConsultation(actor: Owner, challengeId: string, endsOn: string): Promise<Owned> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn) || Number.isNaN(Date.parse(endsOn)) || endsOn < amsterdamDay(new Date())) return fail("endsOn");
  return getDb().transaction(async (tx) => {
    if (!(await speaksForChallenge(tx, actor, challengeId))) return fail("forbidden");
    const [c] = await tx.select({ status: challenges.status }).from(challenges).where(eq(challenges.id, challengeId)).for("update");
    if (c?.status !== "published") return fail("notPublished");
    if (await consultationOf(tx, challengeId)) return fail("exists");
    await tx.insert(consultations).values({ challengeId, endsOn, openedByUserId: actor.userId });
    return { ok: true } as const;
  });
}

/** Closes the consultation before its end date (the report is then final). */
export async function closeConsultation(actor: Owner, challengeId: string): Promise<Owned> {
  return getDb().transaction(async (tx) => {
    if (!(await speaksForChallenge(tx, actor, challengeId))) return fail("forbidden");
    const c = await consultationOf(tx, challengeId, true);
    if (!c) return fail("notFound");
    if (c.closedAt) return { ok: true } as const;
    await tx.update(consultations).set({ closedAt: new Date() }).where(eq(consultations.id, c.id));
    return { ok: true } as const;
  });
}

type Respondent = { userId: string; organisationId: string; organisationKind: string };

/** Registers a member of a company or knowledge institution (again: no change). */
export async function register(r: Respondent, challengeId: string): Promise<Responded> {
  if (!isSolutionProviderKind(r.organisationKind)) return fail("notProvider");
  return getDb().transaction(async (tx) => {
    const c = await consultationOf(tx, challengeId, true);
    if (!c) return fail("notFound");
    if (!isOpen(c)) return fail("closed");
    if (!(await speaksFor(tx, r.userId, r.organisationId))) return fail("forbidden");
    await tx.insert(consultationRespondents).values({ consultationId: c.id, userId: r.userId, organisationId: r.organisationId }).onConflictDoNothing();
    return { ok: true } as const;
  });
}

const isRegistered = async (tx: Executor, consultationId: string, userId: string) =>
  (await tx.select({ one: sql`1` }).from(consultationRespondents).where(and(eq(consultationRespondents.consultationId, consultationId), eq(consultationRespondents.userId, userId)))).length > 0;

/** A registered respondent's question while the consultation is open; the owners hear of it (without the asker). */
export async function ask(userId: string, challengeId: string, text: string): Promise<Responded> {
  const question = text.trim();
  if (!question || question.length > CONSULTATION_QUESTION_MAX) return fail("question");
  return getDb().transaction(async (tx) => {
    const c = await consultationOf(tx, challengeId, true);
    if (!c) return fail("notFound");
    if (!isOpen(c)) return fail("closed");
    if (!(await isRegistered(tx, c.id, userId))) return fail("notRegistered");
    await tx.insert(consultationQuestions).values({ consultationId: c.id, askedByUserId: userId, question });
    const [ch] = await tx.select({ title: challenges.title, id: challenges.id }).from(challenges).where(eq(challenges.id, challengeId));
    const owners = await challengeOwners(tx, challengeId);
    await notify(tx, owners.map((o) => ({ userId: o.id, kind: "consultation_question" as const, payload: { challengeTitle: ch.title, href: `/mijn/opgaven/${ch.id}/consultatie` } })));
    return { ok: true } as const;
  });
}

/**
 * The owner's answer to a question: published to every registered respondent at once and notified to each of them
 * (nobody else). Until the owner closes the consultation, questions of its last days can still be answered; an
 * answer cannot be changed afterwards (everyone has read the same text).
 */
export async function answer(actor: Owner, challengeId: string, questionId: string, text: string): Promise<Owned<{ notified: number }>> {
  const body = text.trim();
  if (!body || body.length > CONSULTATION_ANSWER_MAX) return fail("answer");
  return getDb().transaction(async (tx) => {
    if (!(await speaksForChallenge(tx, actor, challengeId))) return fail("forbidden");
    const c = await consultationOf(tx, challengeId, true);
    if (!c) return fail("notFound");
    if (c.closedAt) return fail("closed");
    const updated = await tx
      .update(consultationQuestions)
      .set({ answer: body, answeredAt: new Date(), answeredByUserId: actor.userId })
      .where(and(eq(consultationQuestions.id, questionId), eq(consultationQuestions.consultationId, c.id), isNull(consultationQuestions.answer)))
      .returning({ id: consultationQuestions.id });
    if (!updated.length) return fail("answered");
    const [ch] = await tx.select({ title: challenges.title, slug: challenges.slug }).from(challenges).where(eq(challenges.id, challengeId));
    const respondents = await tx.select({ userId: consultationRespondents.userId }).from(consultationRespondents).where(eq(consultationRespondents.consultationId, c.id));
    await notify(
      tx,
      respondents.map((r) => ({ userId: r.userId, kind: "consultation_answer" as const, payload: { challengeTitle: ch.title, questionId, href: `/opgaven/${ch.slug}/consultatie` } })),
    );
    return { ok: true, notified: respondents.length } as const;
  });
}

/**
 * Logs an introduction hub staff made on the match's challenge while its consultation is open (no-op otherwise).
 * The one hook in brokering (introduce.server.ts), in the introduction's transaction.
 */
export async function recordIntroduction(tx: Executor, input: { matchId: string; threadId: string; brokerUserId: string }): Promise<void> {
  const [row] = await tx
    .select({ consultationId: consultations.id, endsOn: consultations.endsOn, closedAt: consultations.closedAt, org: organisations.name, title: solutions.title })
    .from(matches)
    .innerJoin(consultations, eq(consultations.challengeId, matches.challengeId))
    .innerJoin(solutions, eq(solutions.id, matches.solutionId))
    .innerJoin(organisations, eq(organisations.id, solutions.organisationId))
    .where(eq(matches.id, input.matchId));
  if (!row || !isOpen(row)) return;
  await tx.insert(consultationIntroductions).values({
    consultationId: row.consultationId,
    matchId: input.matchId,
    threadId: input.threadId,
    brokerUserId: input.brokerUserId,
    solutionOrganisation: row.org,
    solutionTitle: row.title,
  });
}

export interface QuestionView {
  id: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  /** The viewer asked it (shown only to the asker). */
  mine: boolean;
}

/** The questions in the order asked, anonymised. `answeredOnly` for respondents: they see published answers (and their own open questions). */
export async function questionsOf(consultationId: string, viewerId: string | null, answeredOnly: boolean): Promise<QuestionView[]> {
  const rows = await getDb().select().from(consultationQuestions).where(eq(consultationQuestions.consultationId, consultationId)).orderBy(asc(consultationQuestions.askedAt));
  return rows
    .filter((q) => !answeredOnly || q.answer !== null || (viewerId !== null && q.askedByUserId === viewerId))
    .map((q) => ({
      id: q.id,
      question: q.question,
      askedAt: isoTime(q.askedAt),
      answer: q.answer,
      answeredAt: q.answeredAt ? isoTime(q.answeredAt) : null,
      mine: viewerId !== null && q.askedByUserId === viewerId,
    }));
}

export async function isRespondent(consultationId: string, userId: string) {
  return isRegistered(getDb(), consultationId, userId);
}

export interface ConsultationReport {
  challenge: { id: string; title: string; slug: string; owner: string };
  consultation: { openedAt: string; endsOn: string; closedAt: string | null };
  questions: QuestionView[];
  respondents: { organisation: string; registeredAt: string }[];
  introductions: { organisation: string; solution: string; introducedAt: string }[];
}

/** The report for the tender file: every question and answer with timestamps, respondent organisations, introductions. */
export async function consultationReport(challengeId: string): Promise<ConsultationReport | null> {
  const db = getDb();
  const [row] = await db
    .select({ c: consultations, title: challenges.title, slug: challenges.slug, owner: organisations.name })
    .from(consultations)
    .innerJoin(challenges, eq(challenges.id, consultations.challengeId))
    .innerJoin(organisations, eq(organisations.id, challenges.ownerOrganisationId))
    .where(eq(consultations.challengeId, challengeId));
  if (!row) return null;
  const [questions, respondents, introductions] = await Promise.all([
    questionsOf(row.c.id, null, false),
    db
      .select({ organisation: organisations.name, registeredAt: sql<Date>`min(${consultationRespondents.registeredAt})` })
      .from(consultationRespondents)
      .innerJoin(organisations, eq(organisations.id, consultationRespondents.organisationId))
      .where(eq(consultationRespondents.consultationId, row.c.id))
      .groupBy(organisations.name)
      .orderBy(organisations.name),
    db.select().from(consultationIntroductions).where(eq(consultationIntroductions.consultationId, row.c.id)).orderBy(asc(consultationIntroductions.introducedAt)),
  ]);
  return {
    challenge: { id: challengeId, title: row.title, slug: row.slug, owner: row.owner },
    consultation: { openedAt: isoTime(row.c.createdAt), endsOn: row.c.endsOn, closedAt: row.c.closedAt ? isoTime(row.c.closedAt) : null },
    questions,
    respondents: respondents.map((r) => ({ organisation: r.organisation, registeredAt: isoTime(r.registeredAt) })),
    introductions: introductions.map((i) => ({ organisation: i.solutionOrganisation, solution: i.solutionTitle, introducedAt: isoTime(i.introducedAt) })),
  };
}
