import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, useMessage } from "../components/form";
import { decideDeployment, deploymentsNaming, requireBodyMember } from "../domain/intake/deployment-confirm.server";
import { DeploymentDecisionSchema } from "../domain/intake/solution-form";
import { useFormat } from "../utils/format";
import { bad, NO_STORE, parseForm, reply, replyError } from "../utils/action.server";
import { deploymentErrors } from "../domain/intake/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "intake", "solution-intake", "hub-team", "joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.deployments") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireBodyMember(request);
  const rows = await deploymentsNaming(ctx.organisation.id);
  return data(
    { organisation: ctx.organisation.name, deployments: rows.map((r) => ({ ...r, confirmedAt: r.confirmedAt?.toISOString() ?? null })) },
    { headers: NO_STORE },
  );
}

type Result = { deploymentId: string; reason?: string; errors: Record<string, string>; done?: string };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireBodyMember(request);
  const form = await request.formData();
  const deploymentId = String(form.get("deploymentId") ?? "").slice(0, 100);
  const reason = typeof form.get("reason") === "string" ? String(form.get("reason")).slice(0, 2000) : undefined;
  const parsed = parseForm(form, DeploymentDecisionSchema);
  if (!parsed.ok) return bad<Result>({ deploymentId, reason, errors: parsed.errors });
  const result = await decideDeployment(ctx.user.id, ctx.organisation.id, parsed.data.deploymentId, parsed.data);
  if (!result.ok) return replyError(deploymentErrors, result, { deploymentId, reason });
  return reply<Result>({ deploymentId, errors: {}, done: `deploymentConfirm.done.${result.confirmation}` });
}

export default function Mentions() {
  const { t } = useTranslation();
  const tm = useMessage();
  const f = useFormat();
  const { organisation, deployments } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  return (
    <div className="container narrow">
      <h1>{t("deploymentConfirm.title")}</h1>
      <p>{t("deploymentConfirm.intro", { organisation })}</p>
      <p>
        <Link to="/mijn/buren">{t("peers.title")}</Link>
      </p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(result?.errors ?? {})} />
      {deployments.length === 0 ? <p>{t("deploymentConfirm.none")}</p> : null}
      <ul className="plain-list record-list">
        {deployments.map((d) => {
          const errors = result?.deploymentId === d.id ? result.errors : {};
          return (
            <li key={d.id}>
              <h2>
                <Link to={`/oplossingen/${d.solutionSlug}`} lang={d.lang}>
                  {d.solutionTitle}
                </Link>
              </h2>
              <p className="card-meta">
                {d.organisation} · {t(`deploymentStatus.${d.status}`)}
                {d.since ? `, ${t("solutions.since", { date: f.date(d.since) })}` : ""}
              </p>
              <p>
                {t("deploymentConfirm.state")} <strong>{t(`solutionIntake.confirmation.${d.confirmation}`)}</strong>
                {d.confirmedAt ? ` (${f.date(d.confirmedAt)})` : ""}
                {d.disputeReason ? <span className="pre-wrap"> — {d.disputeReason}</span> : null}
              </p>
              {d.confirmation === "confirmed" ? null : (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="confirm" />
                  <input type="hidden" name="deploymentId" value={d.id} />
                  <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-label={`${t("deploymentConfirm.confirm")}: ${d.solutionTitle}`}>
                    {t("deploymentConfirm.confirm")}
                  </button>
                </Form>
              )}
              <Form method="post" className="form" noValidate>
                <input type="hidden" name="intent" value="dispute" />
                <input type="hidden" name="deploymentId" value={d.id} />
                <div className="field">
                  <label htmlFor={`reason-${d.id}`}>{t("deploymentConfirm.reason", { title: d.solutionTitle })}</label>
                  <textarea
                    id={`reason-${d.id}`}
                    name="reason"
                    rows={2}
                    defaultValue={result?.deploymentId === d.id ? result.reason : ""}
                    aria-invalid={errors.reason ? true : undefined}
                    aria-describedby={errors.reason ? `reason-${d.id}-error` : undefined}
                  />
                  {errors.reason ? (
                    <p id={`reason-${d.id}-error`} className="field-error utrecht-form-field-error-message">
                      {tm(errors.reason)}
                    </p>
                  ) : null}
                </div>
                <div>
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`${t("deploymentConfirm.dispute")}: ${d.solutionTitle}`}>
                    {t("deploymentConfirm.dispute")}
                  </button>
                </div>
              </Form>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
