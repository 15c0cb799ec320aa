import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { passwordProblem } from "../domain/auth/password.server";
import { fieldErrors, ResetSchema } from "../domain/auth/schemas";
import { blankSessionCookie } from "../domain/auth/session.server";
import { resetPassword } from "../domain/auth/signup.server";
import { peekToken } from "../domain/auth/tokens.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.resetPassword") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = (new URL(request.url).searchParams.get("token") ?? "").slice(0, 100);
  return { token, valid: !!(await peekToken("reset_password", token)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = ResetSchema.safeParse(Object.fromEntries(form));
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  if (parsed.success) {
    const problem = passwordProblem(parsed.data.password);
    if (problem) errors.password = problem;
  }
  if (!parsed.success || Object.keys(errors).length) return data({ errors }, { status: 400 });
  if (!(await resetPassword(request, parsed.data.token, parsed.data.password))) {
    return data({ errors: { form: "reset.invalid" } as Record<string, string> }, { status: 400 });
  }
  return redirect("/inloggen?melding=wachtwoord", { headers: { "Set-Cookie": blankSessionCookie() } });
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const { token, valid } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result?.errors ?? {}) as Record<string, string | undefined>;
  return (
    <div className="container narrow">
      <h1>{t("reset.title")}</h1>
      {!valid && !result ? (
        <p className="utrecht-alert utrecht-alert--warning notice">{t("reset.invalid")}</p>
      ) : (
        <>
          <p>{t("reset.intro")}</p>
          <ErrorSummary messages={[errors.form, errors.password, errors.token ? "reset.invalid" : null]} />
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="token" value={token} />
            <TextField
              name="password"
              type="password"
              label={t("reset.password")}
              autoComplete="new-password"
              required
              hint={t("password.hint")}
              error={errors.password}
            />
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("reset.submit")}
              </button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
