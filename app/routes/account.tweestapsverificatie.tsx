import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { requireUser } from "../domain/auth/access.server";
import { homeFor } from "../domain/auth/landing.server";
import { fieldErrors, TotpCodeSchema } from "../domain/auth/schemas";
import { logSecurityEvent } from "../domain/auth/security-log.server";
import { endOtherSessions } from "../domain/auth/session.server";
import { disableTotp, enableTotp, newTotpSecret, totpUri } from "../domain/auth/totp.server";
import { dispatchIntent, NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.twoFactor") }];

/** Shows a fresh secret without storing it (no state change in a loader); the POST stores it once a code matches. */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request, { allowWithoutTotp: true });
  const enabled = ctx.user.totpEnabled;
  const secret = enabled ? null : newTotpSecret();
  return data(
    {
      enabled,
      staff: ctx.user.platformRole !== "user",
      secret,
      uri: secret ? totpUri(secret, ctx.user.email) : null,
    },
    { headers: NO_STORE },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request, { allowWithoutTotp: true });
  const form = await request.formData();
  const parsed = TotpCodeSchema.safeParse(Object.fromEntries(form));
  const secret = String(form.get("secret") ?? "").slice(0, 64);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), secret }, { status: 400 });
  const code = parsed.data.code;
  const invalid = () => data({ errors: { code: "forms.invalid" } as Record<string, string>, secret }, { status: 400 });
  return dispatchIntent(
    form,
    {
      enable: async () => {
        if (ctx.user.totpEnabled) return invalid();
        if (!(await enableTotp(ctx.user.id, secret, code))) {
          return data({ errors: { code: "totp.codeWrong" } as Record<string, string>, secret }, { status: 400 });
        }
        await endOtherSessions(ctx.user.id, ctx.session.id);
        await logSecurityEvent("auth.totp_enabled", { userId: ctx.user.id, request });
        // Hub roles enrol because they must: on to their home, where the work is.
        return redirect(ctx.user.platformRole === "user" ? "/account" : homeFor(ctx.user.platformRole));
      },
      disable: async () => {
        if (!ctx.user.totpEnabled) return invalid();
        if (ctx.user.platformRole !== "user") return data({ errors: { code: "totp.requiredForStaff" } as Record<string, string>, secret }, { status: 403 });
        if (!(await disableTotp(ctx.user.id, code))) {
          return data({ errors: { code: "totp.codeWrong" } as Record<string, string>, secret }, { status: 400 });
        }
        await logSecurityEvent("auth.totp_disabled", { userId: ctx.user.id, request });
        return redirect("/account");
      },
    },
    invalid,
  );
}

export default function TwoFactor() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result?.errors ?? {}) as Record<string, string | undefined>;
  // Keep the secret the user already added to their app when the code was wrong.
  const secret = result?.secret || loaded.secret;
  return (
    <div className="container narrow">
      <h1>{t("totp.enrolTitle")}</h1>
      {loaded.staff && !loaded.enabled ? <p className="utrecht-alert utrecht-alert--warning notice">{t("totp.required")}</p> : null}
      <ErrorSummary messages={[errors.code]} />
      {loaded.enabled ? (
        <>
          <p role="status">{t("totp.enabled")}</p>
          {loaded.staff ? (
            <p>{t("totp.requiredForStaff")}</p>
          ) : (
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value="disable" />
              <TextField name="code" label={t("totp.code")} inputMode="numeric" autoComplete="one-time-code" error={errors.code} />
              <div>
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t("totp.disable")}
                </button>
              </div>
            </Form>
          )}
        </>
      ) : (
        <>
          <p>{t("totp.enrolIntro")}</p>
          <dl>
            <dt>{t("totp.secret")}</dt>
            <dd>
              <code data-testid="totp-secret">{secret}</code>
            </dd>
            <dt>{t("totp.uri")}</dt>
            <dd>
              <code className="break">{loaded.uri}</code>
            </dd>
          </dl>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="enable" />
            <input type="hidden" name="secret" value={secret ?? ""} />
            <TextField name="code" label={t("totp.code")} inputMode="numeric" autoComplete="one-time-code" error={errors.code} />
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("totp.enrol")}
              </button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
