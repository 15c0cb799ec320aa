/**
 * Procurement route advice for one challenge (issue 17, ADR 0026): verified members of an owning body answer the
 * questions, get the routes that fit and choose one with its current stage. Server-rendered, works without JS.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdviceQuestions, AdviceResult, ChosenRoute, Disclaimer } from "../components/procurement-advice";
import { ErrorSummary } from "../components/form";
import { challengeScope, loadOwnChallenge, requireChallengeIntake } from "../domain/intake/challenge-intake.server";
import { chooseRoute, loadPlan, parseAdviceForm, saveAnswers } from "../domain/procurement/plan.server";
import { adviseRoutes } from "../domain/procurement/route-advice";
import { thresholdsCurrent } from "../domain/procurement/thresholds";
import { bad, dispatchIntent, NO_STORE, replyError } from "../utils/action.server";
import type { DomainError } from "../domain/errors";
import { planErrors, type PlanError } from "../domain/procurement/errors";
import { pageTitle } from "../i18n/meta";
import { amsterdamDay } from "../utils/format";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["procurement", "consultation"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.procurement") }];

const notFound = () => new Response("Not found", { status: 404 });

/** Verified members of an owning body only (unverified members, companies and hub staff get 403; others 404). */
async function owner(request: Request, id: string | undefined) {
  const ctx = await requireChallengeIntake(request, "challenge.publish");
  const challenge = await loadOwnChallenge(challengeScope(ctx), id ?? "");
  if (!challenge) throw notFound();
  return { ctx, challenge };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { challenge } = await owner(request, params.id);
  const plan = await loadPlan(challenge.id);
  return data(
    {
      challenge: { id: challenge.id, title: challenge.values.title },
      plan,
      advice: plan ? adviseRoutes(plan) : null,
      thresholdsCurrent: thresholdsCurrent(amsterdamDay(new Date())),
    },
    { headers: NO_STORE },
  );
}

type Result = { intent: string; values?: Record<string, string>; errors: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { ctx, challenge } = await owner(request, params.id);
  const form = await request.formData();
  const actor = { userId: ctx.user.id, organisationId: ctx.organisation.id };
  const back = `/mijn/opgaven/${challenge.id}/inkoop?melding=opgeslagen`;
  const refused = (intent: string, error: DomainError<PlanError>) => replyError(planErrors, error, { intent, errors: {} } satisfies Result);
  return dispatchIntent(form, {
    advise: async (intent) => {
      const { input, errors, values } = parseAdviceForm(form);
      if (!input) return bad<Result>({ intent, values, errors });
      const saved = await saveAnswers(actor, challenge.id, input);
      return saved.ok ? redirect(back) : refused(intent, saved);
    },
    choose: async (intent) => {
      const saved = await chooseRoute(actor, challenge.id, form.get("route"), null);
      return saved.ok ? redirect(back) : refused(intent, saved);
    },
    stage: async (intent) => {
      const saved = await chooseRoute(actor, challenge.id, form.get("route"), String(form.get("stage") ?? "-"));
      return saved.ok ? redirect(back) : refused(intent, saved);
    },
  });
}

export default function ProcurementAdvice() {
  const { challenge, plan, advice, thresholdsCurrent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const values = result?.values ?? (plan
    ? { valueEur: String(plan.valueEur), kind: plan.kind, market: plan.market, rdNeeded: plan.rdNeeded ? "yes" : "no", othersInterested: plan.othersInterested ? "yes" : "no" }
    : {});
  return (
    <div className="container narrow stack">
      <p className="breadcrumb">
        <Link to={`/mijn/opgaven/${challenge.id}`}>{challenge.title}</Link>
      </p>
      <h1>{t("procurement.title")}</h1>
      {params.get("melding") === "opgeslagen" && !result ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t("procurement.saved")}
        </p>
      ) : null}
      <p>{t("procurement.intro")}</p>
      <Disclaimer />
      <ErrorSummary messages={Object.values(result?.errors ?? {})} />
      <ChosenRoute route={plan?.route ?? null} stage={plan?.stage ?? null} error={result?.intent === "stage" ? result.errors.route : undefined} />
      <AdviceQuestions values={values} errors={result?.intent === "advise" ? result.errors : {}} />
      {advice ? <AdviceResult advice={advice} chosen={{ route: plan?.route ?? null, stage: plan?.stage ?? null }} thresholdsCurrent={thresholdsCurrent} /> : null}
    </div>
  );
}
