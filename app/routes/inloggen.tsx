import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { requireAnonymous } from "../domain/auth/access.server";
import { logIn } from "../domain/auth/login.server";
import { LoginSchema } from "../domain/auth/schemas";
import { safeRedirectPath } from "../utils/redirect";
import { keepRetryAfter, retryAfterHeader } from "../utils/retry-after";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.login") }];
export const headers = keepRetryAfter;

const NOTICES: Record<string, string> = { bevestigd: "auth.verified", wachtwoord: "auth.resetDone", verwijderd: "auth.deleted" };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return { notice: NOTICES[new URL(request.url).searchParams.get("melding") ?? ""] ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = Object.fromEntries(await request.formData());
  const parsed = LoginSchema.safeParse(form);
  const email = typeof form.email === "string" ? form.email.slice(0, 254) : "";
  const noErrors = {} as Record<string, string | undefined>;
  if (!parsed.success) {
    const fieldErrors = parsed.error.flatten().fieldErrors;
    return data(
      { email, formError: null, minutes: 0, errors: { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] } },
      { status: 400 },
    );
  }
  // Checked before any side effect: a hostile target falls back to "/" and cannot fail once a session exists.
  const target = safeRedirectPath(parsed.data.redirectTo);
  const outcome = await logIn(request, parsed.data.email, parsed.data.password);
  if (outcome.kind === "rate_limited") {
    const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60));
    return data(
      { email, formError: "auth.rateLimited", minutes, errors: noErrors },
      { status: 429, headers: retryAfterHeader(outcome.retryAfterSeconds) },
    );
  }
  if (outcome.kind === "failed") return data({ email, formError: "login.failed", minutes: 0, errors: noErrors }, { status: 401 });
  if (outcome.kind === "unverified") return data({ email, formError: "auth.unverified", minutes: 0, errors: noErrors }, { status: 403 });
  const headers = new Headers();
  for (const c of outcome.cookies) headers.append("Set-Cookie", c);
  if (outcome.needsTotp) return redirect(`/inloggen/code?redirectTo=${encodeURIComponent(target)}`, { headers });
  return redirect(target, { headers });
}

export default function Login() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const { notice } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const redirectTo = safeRedirectPath(params.get("redirectTo"));
  const navigation = useNavigation();
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = (actionData?.errors ?? {}) as Record<string, string | undefined>;
  const messages = [actionData?.formError, errors.email, errors.password].filter(Boolean) as string[];
  useEffect(() => {
    if (messages.length) summaryRef.current?.focus();
  }, [actionData]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="container narrow">
      <h1>{t("login.title")}</h1>
      {notice ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t(notice as "auth.verified")}
        </p>
      ) : null}
      <p>{t("login.intro")}</p>
      {messages.length ? (
        <div className="utrecht-alert utrecht-alert--error error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>{t("login.errorSummary")}</h2>
          <ul>
            {messages.map((m) => (
              <li key={m}>{t(m as "login.failed", { minutes: actionData?.minutes ?? 0 })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <div className="field">
          <label htmlFor="email">{t("login.email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={actionData?.email ?? ""}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "email-error" : undefined}
          />
          {errors.email ? (
            <p id="email-error" className="field-error utrecht-form-field-error-message">
              {t(errors.email as "forms.emailInvalid")}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="password">{t("login.password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? "password-error" : undefined}
          />
          {errors.password ? (
            <p id="password-error" className="field-error utrecht-form-field-error-message">
              {t(errors.password as "login.passwordRequired")}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={navigation.state === "submitting"}>
            {t("login.submit")}
          </button>
        </div>
      </Form>
      <p>
        <Link to="/wachtwoord-vergeten">{t("auth.forgot")}</Link>
      </p>
      <p>
        {t("auth.noAccount")}{" "}
        <Link to={`/registreren${redirectTo !== "/" ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`}>{t("auth.signupLink")}</Link>
      </p>
    </div>
  );
}
