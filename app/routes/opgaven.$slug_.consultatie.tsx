/**
 * A challenge's market consultation as respondents see it (issue 17, ADR 0026): its status for everyone; members of
 * companies and knowledge institutions register and ask questions; registered respondents read every published
 * answer (questions anonymised). Owners and hub staff read all questions; owners answer on their own page.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationStatus, QuestionList } from "../components/consultation";
import { ErrorSummary, useMessage } from "../components/form";
import { requireOrgPermission } from "../domain/auth/access.server";
import { getPublicChallenge } from "../domain/challenges/challenges.repository.server";
import { getDb } from "../domain/db.server";
import { consultationViewer, respondentCount } from "../domain/procurement/consultation-access.server";
import { ask, consultationOf, isOpen, questionsOf, register } from "../domain/procurement/consultation.server";
import { getSession } from "../domain/auth/session.server";
import { isSolutionProviderKind } from "../../shared/vocabulary/organisations";
import { bad, dispatchIntent, NO_STORE, replyError } from "../utils/action.server";
import type { DomainError } from "../domain/errors";
import { respondentErrors, type RespondentError } from "../domain/procurement/errors";
import { recordTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["procurement", "consultation"] } satisfies I18nHandle;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: recordTitle(matches, data?.challenge.title, { section: "titles.consultation" }) },
];

async function publicChallenge(slug: string | undefined) {
  const challenge = await getPublicChallenge(slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  return challenge;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const challenge = await publicChallenge(params.slug);
  const c = await consultationOf(getDb(), challenge.id);
  const viewer = await consultationViewer(request, challenge.id, c?.id ?? null);
  const userId = viewer.kind === "provider" ? (await getSession(request)).user?.id ?? null : null;
  const seesAll = viewer.kind === "owner" || viewer.kind === "staff";
  const seesAnswers = seesAll || (viewer.kind === "provider" && viewer.registered);
  return data(
    {
      challenge: { id: challenge.id, title: challenge.title, slug: challenge.slug },
      consultation: c ? { endsOn: c.endsOn, closedAt: c.closedAt?.toISOString() ?? null, open: isOpen(c) } : null,
      viewer,
      respondents: c && seesAll ? await respondentCount(c.id) : null,
      questions: c && seesAnswers ? await questionsOf(c.id, userId, !seesAll) : null,
    },
    { headers: NO_STORE },
  );
}

type Result = { intent: string; values?: Record<string, string>; errors: Record<string, string> };

/** Register and ask: members of companies and knowledge institutions (others 403). */
export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireOrgPermission(request, "match.respond");
  if (!isSolutionProviderKind(ctx.organisation.kind)) throw data({ error: "forbidden" }, { status: 403 });
  const challenge = await publicChallenge(params.slug);
  const form = await request.formData();
  const base = `/opgaven/${challenge.slug}/consultatie`;
  const refuse = (intent: string, error: DomainError<RespondentError>, values?: Record<string, string>) =>
    replyError(respondentErrors, error, { intent, values, errors: {} } satisfies Result);
  return dispatchIntent(form, {
    register: async (intent) => {
      const r = await register({ userId: ctx.user.id, organisationId: ctx.organisation.id, organisationKind: ctx.organisation.kind }, challenge.id);
      return r.ok ? redirect(`${base}?melding=aangemeld`) : refuse(intent, r);
    },
    ask: async (intent) => {
      const question = String(form.get("question") ?? "");
      if (!question.trim()) return bad<Result>({ intent, values: { question }, errors: { question: "consultation.errors.question" } });
      const r = await ask(ctx.user.id, challenge.id, question);
      return r.ok ? redirect(`${base}?melding=gevraagd`) : refuse(intent, r, { question });
    },
  });
}

const NOTICES: Record<string, string> = { aangemeld: "consultation.registered", gevraagd: "consultation.askedDone" };

export default function ChallengeConsultation() {
  const { challenge, consultation, viewer, respondents, questions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const tm = useMessage();
  const notice = NOTICES[params.get("melding") ?? ""];
  return (
    <div className="container narrow stack">
      <p className="breadcrumb">
        <Link to={`/opgaven/${challenge.slug}`}>{challenge.title}</Link>
      </p>
      <h1>{t("consultation.title")}</h1>
      {notice && !result ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(notice)}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(result?.errors ?? {})} />
      {!consultation ? (
        <p>{t("consultation.notOpen")}</p>
      ) : (
        <>
          <ConsultationStatus {...consultation} />
          <p>{t("consultation.equalTreatment")}</p>
          {respondents !== null ? <p>{t("consultation.respondents", { count: respondents })}</p> : null}
          {viewer.kind === "owner" ? (
            <p>
              {t("consultation.ownerView")} <Link to={`/mijn/opgaven/${challenge.id}/consultatie`}>{t("consultation.manage")}</Link>
            </p>
          ) : null}
          {viewer.kind === "anonymous" && consultation.open ? (
            <p>
              <Link to={`/inloggen?redirectTo=${encodeURIComponent(`/opgaven/${challenge.slug}/consultatie`)}`}>{t("consultation.signInToRegister")}</Link>
            </p>
          ) : null}
          {viewer.kind === "other" && consultation.open ? <p>{t("consultation.providersOnly")}</p> : null}
          {viewer.kind === "provider" && !viewer.registered && consultation.open ? (
            <Form method="post" className="stack">
              <p>{t("consultation.registerIntro")}</p>
              <input type="hidden" name="intent" value="register" />
              <button type="submit">{t("consultation.register")}</button>
            </Form>
          ) : null}
          {viewer.kind === "provider" && viewer.registered ? <p>{t("consultation.registered")}</p> : null}
          {viewer.kind === "provider" && viewer.registered && consultation.open ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="ask" />
              <div className="field">
                <label htmlFor="question">{t("consultation.askLabel")}</label>
                <p id="question-hint" className="field-hint">
                  {t("consultation.askHint")}
                </p>
                <textarea id="question" name="question" rows={4} required aria-describedby="question-hint" defaultValue={result?.values?.question ?? ""} />
              </div>
              <button type="submit">{t("consultation.ask")}</button>
            </Form>
          ) : null}
          {questions ? (
            <section aria-labelledby="qa-title">
              <h2 id="qa-title">{t("consultation.questionsTitle")}</h2>
              <QuestionList questions={questions} />
            </section>
          ) : null}
          {(viewer.kind === "owner" || viewer.kind === "staff") && !consultation.open ? (
            <p>
              <Link to={`/opgaven/${challenge.slug}/consultatie/verslag`}>{t("consultation.reportLink")}</Link>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
