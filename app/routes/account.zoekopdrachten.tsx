/**
 * Followed searches (issue 17): confirm following a search from /opgaven or /oplossingen (?volg=<kind>&<query>),
 * change how often, stop. A company member is offered its default: open challenges in its solutions' themes.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AlertSearch } from "../components/alert-search";
import { ErrorSummary, useMessage } from "../components/form";
import { companySuggestion, createAlert, deleteAlert, listAlerts, parseAlertQuery, setAlertFrequency } from "../domain/alerts/alerts.server";
import { CreateAlertSchema, DeleteAlertSchema, FrequencySchema } from "../domain/alerts/schemas";
import { requireUser } from "../domain/auth/access.server";
import { fieldErrors } from "../domain/auth/schemas";
import { dispatchIntent, NO_STORE, reply } from "../utils/action.server";
import { ALERT_FREQUENCIES, ALERT_KINDS, ALERT_LIST_PATH, type AlertFrequency, type AlertKind } from "../../shared/vocabulary/alerts";
import { isSolutionProviderKind } from "../../shared/vocabulary/organisations";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team", "joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.alerts") }];

type Result = { intent: string; done?: string; errors: Record<string, string> };

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  const url = new URL(request.url);
  const kind = url.searchParams.get("volg");
  let proposal: { kind: AlertKind; query: string } | null = null;
  if ((ALERT_KINDS as readonly string[]).includes(kind ?? "")) {
    url.searchParams.delete("volg");
    const { canonical } = await parseAlertQuery(kind as AlertKind, url.searchParams.toString());
    proposal = { kind: kind as AlertKind, query: canonical };
  }
  const alerts = await listAlerts(ctx.user.id);
  const suggested = ctx.organisation && isSolutionProviderKind(ctx.organisation.kind) ? await companySuggestion(ctx.organisation.id) : null;
  const suggestion = suggested !== null && !alerts.some((a) => a.kind === "challenges" && a.query === suggested) ? suggested : null;
  return data(
    { proposal, suggestion, alerts: alerts.map((a) => ({ id: a.id, kind: a.kind, query: a.query, frequency: a.frequency })) },
    { headers: NO_STORE },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request);
  const form = await request.formData();
  const input = Object.fromEntries(form);
  const fail = (intent: string, errors: Record<string, string>, status = 400) => reply<Result>({ intent, errors }, status);
  return dispatchIntent(
    form,
    {
      create: async (intent) => {
        const parsed = CreateAlertSchema.safeParse(input);
        if (!parsed.success) return fail(intent, fieldErrors(parsed.error));
        const result = await createAlert(ctx.user.id, parsed.data.kind, parsed.data.query, parsed.data.frequency);
        if (!result.ok) return fail(intent, { form: `alerts.errors.${result.error}` }, 409);
        return reply<Result>({ intent, errors: {}, done: `alerts.done.${result.outcome}` });
      },
      frequency: async (intent) => {
        const parsed = FrequencySchema.safeParse(input);
        if (!parsed.success) return fail(intent, fieldErrors(parsed.error));
        if (!(await setAlertFrequency(ctx.user.id, parsed.data.id, parsed.data.frequency))) return fail(intent, { form: "alerts.errors.notFound" }, 404);
        return reply<Result>({ intent, errors: {}, done: "alerts.done.saved" });
      },
      delete: async (intent) => {
        const parsed = DeleteAlertSchema.safeParse(input);
        if (!parsed.success) return fail(intent, fieldErrors(parsed.error));
        if (!(await deleteAlert(ctx.user.id, parsed.data.id))) return fail(intent, { form: "alerts.errors.notFound" }, 404);
        return reply<Result>({ intent, errors: {}, done: "alerts.done.deleted" });
      },
    },
    (intent) => fail(intent, { form: "forms.invalid" }),
  );
}

function FrequencyChoice({ name, idPrefix, value }: { name: string; idPrefix: string; value: AlertFrequency }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-list">
      <legend>{t("alerts.frequency")}</legend>
      {ALERT_FREQUENCIES.map((f) => (
        <div key={f}>
          <input type="radio" id={`${idPrefix}-${f}`} name={name} value={f} defaultChecked={f === value} />{" "}
          <label htmlFor={`${idPrefix}-${f}`}>{t(`alerts.frequencies.${f}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

function FollowForm({ id, kind, query, title, intro, submit }: { id: string; kind: AlertKind; query: string; title: string; intro: string; submit: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="form-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      <p>{intro}</p>
      <p>
        <AlertSearch kind={kind} query={query} />
      </p>
      <Form method="post" className="form">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="query" value={query} />
        <FrequencyChoice name="frequency" idPrefix={id} value="daily" />
        <div>
          <button type="submit" name="intent" value="create" className="utrecht-button utrecht-button--primary-action">
            {submit}
          </button>
        </div>
      </Form>
    </section>
  );
}

export default function Alerts() {
  const { proposal, suggestion, alerts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const { t } = useTranslation();
  const tm = useMessage();
  const followed = (kind: string, query: string) => alerts.some((a) => a.kind === kind && a.query === query);
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link to="/account">{t("nav.account")}</Link>
      </p>
      <h1>{t("alerts.title")}</h1>
      <p>{t("alerts.intro")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(result?.errors ?? {})} />
      {proposal && !followed(proposal.kind, proposal.query) ? (
        <FollowForm id="follow" kind={proposal.kind} query={proposal.query} title={t("alerts.followTitle")} intro={t("alerts.followIntro")} submit={t("alerts.follow")} />
      ) : null}
      {suggestion !== null && !followed("challenges", suggestion) ? (
        <FollowForm id="suggested" kind="challenges" query={suggestion} title={t("alerts.suggestionTitle")} intro={t("alerts.suggestion")} submit={t("alerts.suggestionFollow")} />
      ) : null}
      {alerts.length ? (
        <ul className="alert-list">
          {alerts.map((a) => (
            <li key={a.id} className="form-section">
              <p>
                <AlertSearch kind={a.kind} query={a.query} /> · <Link to={`${ALERT_LIST_PATH[a.kind]}${a.query ? `?${a.query}` : ""}`}>{t("alerts.view")}</Link>
              </p>
              <Form method="post" className="form">
                <input type="hidden" name="id" value={a.id} />
                <FrequencyChoice name="frequency" idPrefix={`f-${a.id}`} value={a.frequency} />
                <div className="actions">
                  <button type="submit" name="intent" value="frequency" className="utrecht-button utrecht-button--secondary-action">
                    {t("alerts.save")}
                  </button>{" "}
                  <button type="submit" name="intent" value="delete" className="utrecht-button utrecht-button--secondary-action">
                    {t("alerts.delete")}
                  </button>
                </div>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("alerts.none")}</p>
      )}
    </div>
  );
}
