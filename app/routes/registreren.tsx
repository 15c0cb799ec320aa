import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { useSharedValidation } from "../components/shared-validation";
import { requireAnonymous } from "../domain/auth/access.server";
import { passwordProblem } from "../domain/auth/password.server";
import { addressKey, hitRateLimit, signupLimits } from "../domain/auth/rate-limit.server";
import { fieldErrors, formValues, SignupSchema } from "../domain/auth/schemas";
import { clientIp } from "../domain/auth/security-log.server";
import { signUp } from "../domain/auth/signup.server";
import { devOutboxEnabled } from "../domain/mail/mail.server";
import { getLocale } from "../i18n/locale.server";
import { safeRedirectPath } from "../utils/redirect";
import { keepRetryAfter, retryAfterHeader } from "../utils/retry-after";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team", "onboarding"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.signup") }];
export const headers = keepRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  // Where the visitor came from (e.g. an invitation link): carried through verification and login.
  return { redirectTo: safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")) };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = await request.formData();
  const values = formValues(form);
  const next = safeRedirectPath(form.get("redirectTo"));
  const parsed = SignupSchema.safeParse(Object.fromEntries(form));
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const candidate = form.get("password");
  if (typeof candidate === "string" && !errors.password) {
    const problem = passwordProblem(candidate, [String(form.get("email") ?? "").split("@")[0], String(form.get("name") ?? "")]);
    if (problem) errors.password = problem;
  }
  if (!parsed.success || Object.keys(errors).length) return data({ sent: null, values, errors }, { status: 400 });
  const { perIp, windowSeconds } = signupLimits();
  const limit = await hitRateLimit(`signup:ip:${addressKey(clientIp(request))}`, perIp, windowSeconds);
  if (!limit.allowed) {
    return data({ sent: null, values, errors: { form: "auth.signupRateLimited" } }, { status: 429, headers: retryAfterHeader(limit.retryAfterSeconds) });
  }
  await signUp(request, parsed.data, await getLocale(request), next);
  // Without a mail server (npm start on the embedded defaults), say where the mail is (ADR 0007).
  return { sent: parsed.data.email, outbox: devOutboxEnabled(request), values: {}, errors: {} as Record<string, string> };
}

const NO_ERRORS = {};

export default function Signup() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const { redirectTo } = useLoaderData<typeof loader>();
  const back = redirectTo !== "/" ? `?redirectTo=${encodeURIComponent(redirectTo)}` : "";
  const values = (result?.values ?? {}) as Record<string, string | undefined>;
  const { formProps, errors } = useSharedValidation(SignupSchema, (result?.errors ?? NO_ERRORS) as Record<string, string | undefined>);
  if (result?.sent) {
    return (
      <div className="container narrow">
        <h1>{t("signup.checkMailTitle")}</h1>
        <p role="status">{t("signup.checkMail", { email: result.sent })}</p>
        {"outbox" in result && result.outbox ? (
          <p className="utrecht-alert utrecht-alert--info notice">
            {t("onboarding.outboxHint")} <Link to={`/ontwikkeling/mail?aan=${encodeURIComponent(result.sent)}`}>{t("onboarding.outboxLink")}</Link>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>{t("signup.title")}</h1>
      <p>{t("signup.intro")}</p>
      <ErrorSummary messages={[errors.form, errors.name, errors.email, errors.password]} />
      <Form method="post" className="form" {...formProps}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField name="name" label={t("signup.name")} autoComplete="name" required defaultValue={values.name} error={errors.name} />
        <TextField name="email" type="email" label={t("login.email")} autoComplete="email" required defaultValue={values.email} error={errors.email} />
        <TextField
          name="password"
          type="password"
          label={t("login.password")}
          autoComplete="new-password"
          required
          hint={t("password.hint")}
          error={errors.password}
        />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("signup.submit")}
          </button>
        </div>
      </Form>
      <p>
        {t("signup.haveAccount")} <Link to={`/inloggen${back}`}>{t("login.title")}</Link>
      </p>
    </div>
  );
}
