import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { deleteAccount } from "../domain/account/account.server";
import { requireUser } from "../domain/auth/access.server";
import { blankSessionCookie } from "../domain/auth/session.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.deleteAccount") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { allowWithoutTotp: true });
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request, { allowWithoutTotp: true });
  const password = String((await request.formData()).get("password") ?? "").slice(0, 1024);
  if (!password) return data({ errors: { password: "account.currentRequired" }, name: null }, { status: 400 });
  const result = await deleteAccount(request, ctx.user.id, password);
  if (result === "wrong_password") return data({ errors: { password: "account.currentWrong" }, name: null }, { status: 400 });
  if (typeof result === "object") return data({ errors: { form: "account.soleAdmin" }, name: result.soleAdmin }, { status: 409 });
  return redirect("/inloggen?melding=verwijderd", { headers: { "Set-Cookie": blankSessionCookie() } });
}

export default function DeleteAccount() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const errors = (result?.errors ?? {}) as Record<string, string | undefined>;
  return (
    <div className="container narrow">
      <h1>{t("account.delete")}</h1>
      <p>{t("account.deleteIntro")}</p>
      {errors.form ? (
        <div className="utrecht-alert utrecht-alert--error error-summary" role="alert">
          <h2>{t("forms.errorSummary")}</h2>
          <p>{t("account.soleAdmin", { name: result?.name ?? "" })}</p>
        </div>
      ) : (
        <ErrorSummary messages={[errors.password]} />
      )}
      <Form method="post" className="form" noValidate>
        <TextField name="password" type="password" label={t("account.deleteConfirm")} autoComplete="current-password" error={errors.password} />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action utrecht-button--danger">
            {t("account.deleteSubmit")}
          </button>
        </div>
      </Form>
    </div>
  );
}
