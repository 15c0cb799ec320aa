import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, useMessage } from "../components/form";
import { requireUser } from "../domain/auth/access.server";
import { getEmailPreference, setEmailPreference } from "../domain/notifications/list.server";
import { NOTIFICATION_EMAIL_MODES } from "../../shared/vocabulary/accounts";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["messaging"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.emailPreferences") }];

const PreferenceSchema = z.object({ mode: z.enum(NOTIFICATION_EMAIL_MODES, { message: "preferences.invalid" }) });

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  return data({ mode: await getEmailPreference(ctx.user.id) }, { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request);
  const parsed = PreferenceSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ done: null, error: "preferences.invalid" }, { status: 400, headers: NO_STORE });
  await setEmailPreference(ctx.user.id, parsed.data.mode);
  return data({ done: "preferences.saved", error: null }, { headers: NO_STORE });
}

export default function NotificationPreferences() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { mode } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link to="/account">{t("nav.account")}</Link>
      </p>
      <h1>{t("preferences.title")}</h1>
      <p>{t("preferences.intro")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={[result?.error]} />
      <Form method="post" className="form">
        <fieldset className="choice-list" aria-describedby={result?.error ? "mode-error" : undefined}>
          <legend>{t("preferences.legend")}</legend>
          {NOTIFICATION_EMAIL_MODES.map((m) => (
            <div key={m}>
              <input type="radio" id={`mode-${m}`} name="mode" value={m} defaultChecked={m === mode} />{" "}
              <label htmlFor={`mode-${m}`}>{t(`preferences.${m}`)}</label>
            </div>
          ))}
          {result?.error ? (
            <p id="mode-error" className="field-error utrecht-form-field-error-message">
              {tm(result.error)}
            </p>
          ) : null}
        </fieldset>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("preferences.save")}
          </button>
        </div>
      </Form>
    </div>
  );
}
