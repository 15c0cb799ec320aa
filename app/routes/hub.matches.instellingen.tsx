import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField, useMessage } from "../components/form";
import { requireHubPermission } from "../domain/auth/access.server";
import { roleGrants } from "../domain/auth/permissions";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { getStaleSettings, saveStaleSettings } from "../domain/brokering/manage.server";
import { StaleSettingsSchema } from "../domain/brokering/schemas";
import { STALE_STATES } from "../domain/brokering/states";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "brokering", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.brokeringSettings") }];

/** Every broker may read the thresholds; only a hub admin changes them. */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireHubPermission(request, "match.broker");
  const canEdit = ctx.user.platformRole === "hub_admin" && roleGrants("hub_admin", "hubSettings.update");
  return data({ settings: await getStaleSettings(), canEdit }, { headers: NO_STORE });
}

type Result = { done?: string; values: Record<string, string>; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "hubSettings.update");
  const form = await request.formData();
  const parsed = StaleSettingsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ values: formValues(form), errors: fieldErrors(parsed.error) } as Result, { status: 400, headers: NO_STORE });
  await saveStaleSettings(ctx.user.id, parsed.data);
  return data({ done: "brokering.settingsSaved", values: {}, errors: {} } as Result, { headers: NO_STORE });
}

export default function BrokeringSettings() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { settings, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errors = result?.errors ?? {};
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link to="/hub/matches">{t("brokering.backToList")}</Link>
      </p>
      <h1>{t("brokering.settingsTitle")}</h1>
      <p>{t("brokering.settingsIntro")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(errors)} />
      {!canEdit ? <p className="utrecht-alert utrecht-alert--warning notice">{t("brokering.settingsAdminOnly")}</p> : null}
      <Form method="post" className="form" noValidate>
        {STALE_STATES.map((state) => (
          <TextField
            key={state}
            name={state}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            label={t("brokering.settingsDays", { state: t(`brokering.states.${state}`) })}
            defaultValue={result?.values[state] ?? String(settings[state])}
            error={errors[state]}
            readOnly={!canEdit}
          />
        ))}
        {canEdit ? (
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("brokering.settingsSave")}
            </button>
          </div>
        ) : null}
      </Form>
    </div>
  );
}
