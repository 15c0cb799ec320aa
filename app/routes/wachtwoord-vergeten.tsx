import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { fieldErrors, ForgotSchema, formValues } from "../domain/auth/schemas";
import { requestPasswordReset } from "../domain/auth/signup.server";
import { getLocale } from "../i18n/locale.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.forgotPassword") }];

export const loader = () => null;

/** Same answer whether or not the address has an account. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = ForgotSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ sent: null, values: formValues(form), errors: fieldErrors(parsed.error) }, { status: 400 });
  await requestPasswordReset(request, parsed.data.email, await getLocale(request));
  return { sent: parsed.data.email, values: {}, errors: {} as Record<string, string> };
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const errors = (result?.errors ?? {}) as Record<string, string | undefined>;
  const values = (result?.values ?? {}) as Record<string, string | undefined>;
  return (
    <div className="container narrow">
      <h1>{t("forgot.title")}</h1>
      {result?.sent ? (
        <p role="status">{t("forgot.sent", { email: result.sent })}</p>
      ) : (
        <>
          <p>{t("forgot.intro")}</p>
          <ErrorSummary messages={[errors.email]} />
          <Form method="post" className="form" noValidate>
            <TextField name="email" type="email" label={t("login.email")} autoComplete="email" required defaultValue={values.email} error={errors.email} />
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("forgot.submit")}
              </button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
