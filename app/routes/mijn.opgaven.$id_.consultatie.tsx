/**
 * The owner's side of a market consultation (issue 17, ADR 0026): open it until a date, answer questions (each
 * answer goes to all registered respondents at once), close it, and reach the report. Verified members of an owning
 * body only; there is no form to answer one respondent alone.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationStatus, QuestionList } from "../components/consultation";
import { ErrorSummary, useMessage } from "../components/form";
import { getDb } from "../domain/db.server";
import { challengeScope, loadOwnChallenge, requireChallengeIntake } from "../domain/intake/challenge-intake.server";
import { answer, closeConsultation, consultationOf, isOpen, openConsultation, questionsOf } from "../domain/procurement/consultation.server";
import { respondentCount } from "../domain/procurement/consultation-access.server";
import { dispatchIntent, NO_STORE, replyError } from "../utils/action.server";
import type { DomainError } from "../domain/errors";
import { consultationErrors, type ConsultationError } from "../domain/procurement/errors";
import { pageTitle } from "../i18n/meta";
import { amsterdamDay } from "../utils/format";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["procurement", "consultation"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.consultation") }];

async function owner(request: Request, id: string | undefined) {
  const ctx = await requireChallengeIntake(request, "challenge.publish");
  const challenge = await loadOwnChallenge(challengeScope(ctx), id ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  return { ctx, challenge };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { challenge } = await owner(request, params.id);
  const c = await consultationOf(getDb(), challenge.id);
  return data(
    {
      challenge: { id: challenge.id, title: challenge.values.title, slug: challenge.slug, status: challenge.status },
      consultation: c ? { endsOn: c.endsOn, closedAt: c.closedAt?.toISOString() ?? null, open: isOpen(c) } : null,
      questions: c ? await questionsOf(c.id, null, false) : [],
      respondents: c ? await respondentCount(c.id) : 0,
      today: amsterdamDay(new Date()),
    },
    { headers: NO_STORE },
  );
}

type Result = { intent: string; questionId?: string; values?: Record<string, string>; errors: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { ctx, challenge } = await owner(request, params.id);
  const form = await request.formData();
  const actor = { userId: ctx.user.id, organisationId: ctx.organisation.id };
  const base = `/mijn/opgaven/${challenge.id}/consultatie`;
  const refuse = (intent: string, error: DomainError<ConsultationError>, extra: Partial<Result> = {}) =>
    replyError(consultationErrors, error, { intent, errors: {}, ...(error.error === "forbidden" ? {} : extra) } satisfies Result);
  return dispatchIntent(form, {
    open: async (intent) => {
      const endsOn = String(form.get("endsOn") ?? "");
      const r = await openConsultation(actor, challenge.id, endsOn);
      return r.ok ? redirect(`${base}?melding=geopend`) : refuse(intent, r, { values: { endsOn } });
    },
    answer: async (intent) => {
      const questionId = String(form.get("questionId") ?? "");
      const text = String(form.get("answer") ?? "");
      const r = await answer(actor, challenge.id, questionId, text);
      return r.ok ? redirect(`${base}?melding=gepubliceerd`) : refuse(intent, r, { questionId, values: { answer: text } });
    },
    close: async (intent) => {
      const r = await closeConsultation(actor, challenge.id);
      return r.ok ? redirect(`${base}?melding=gesloten`) : refuse(intent, r);
    },
  });
}

const NOTICES: Record<string, string> = { geopend: "consultation.opened", gepubliceerd: "consultation.published", gesloten: "consultation.closed" };

export default function OwnerConsultation() {
  const { challenge, consultation, questions, respondents, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const tm = useMessage();
  const notice = NOTICES[params.get("melding") ?? ""];
  return (
    <div className="container narrow stack">
      <p className="breadcrumb">
        <Link to={`/mijn/opgaven/${challenge.id}`}>{challenge.title}</Link>
      </p>
      <h1>{t("consultation.title")}</h1>
      {notice && !result ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(notice)}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(result?.errors ?? {})} />
      <p>{t("consultation.equalTreatment")}</p>
      {!consultation ? (
        <Form method="post" className="stack">
          <h2>{t("consultation.openTitle")}</h2>
          <p>{t("consultation.openIntro")}</p>
          <input type="hidden" name="intent" value="open" />
          <div className="field">
            <label htmlFor="endsOn">{t("consultation.endsOn")}</label>
            <input id="endsOn" name="endsOn" type="date" min={today} required defaultValue={result?.values?.endsOn ?? ""} />
          </div>
          <button type="submit">{t("consultation.open")}</button>
        </Form>
      ) : (
        <>
          <ConsultationStatus {...consultation} />
          <p>{t("consultation.respondents", { count: respondents })}</p>
          <p>
            <Link to={`/opgaven/${challenge.slug}/consultatie`}>{t("consultation.title")}</Link>
            {!consultation.open ? (
              <>
                {" · "}
                <Link to={`/opgaven/${challenge.slug}/consultatie/verslag`}>{t("consultation.reportLink")}</Link>
              </>
            ) : null}
          </p>
          <h2>{t("consultation.questionsTitle")}</h2>
          <QuestionList
            questions={questions}
            answerForm={
              consultation.closedAt
                ? undefined
                : (q) => (
                    <Form method="post" className="stack">
                      <input type="hidden" name="intent" value="answer" />
                      <input type="hidden" name="questionId" value={q.id} />
                      <div className="field">
                        <label htmlFor={`answer-${q.id}`}>{t("consultation.answerLabel")}</label>
                        <textarea id={`answer-${q.id}`} name="answer" rows={4} required defaultValue={result?.questionId === q.id ? (result.values?.answer ?? "") : ""} />
                      </div>
                      <button type="submit">{t("consultation.publish")}</button>
                    </Form>
                  )
            }
          />
          {consultation.closedAt ? null : (
            <Form method="post">
              <input type="hidden" name="intent" value="close" />
              <button type="submit" className="secondary">
                {t("consultation.close")}
              </button>
            </Form>
          )}
        </>
      )}
    </div>
  );
}
