import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { authenticate, createSessionCookie, getUser } from "../domain/auth/session.server";
import { safeRedirectPath } from "../utils/redirect";

export const meta: MetaFunction = () => [{ title: "Inloggen · Opgavenmarkt" }];

/** Error values are translation keys, so the server and the browser show the same message in either language. */
const LoginSchema = z.object({
  email: z.string().trim().toLowerCase().email("login.emailInvalid").max(254, "login.emailInvalid"),
  password: z.string().min(1, "login.passwordRequired").max(1024, "login.passwordRequired"),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = LoginSchema.safeParse(form);
  const email = typeof form.email === "string" ? form.email.slice(0, 254) : "";
  if (!parsed.success) {
    const fieldErrors = parsed.error.flatten().fieldErrors;
    return data(
      { email, formError: null, errors: { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] } },
      { status: 400 },
    );
  }
  const userId = await authenticate(parsed.data.email, parsed.data.password);
  if (!userId) {
    console.info(JSON.stringify({ event: "auth.login_failed", at: new Date().toISOString() }));
    return data({ email, formError: "login.failed", errors: {} as Record<string, string | undefined> }, { status: 401 });
  }
  console.info(JSON.stringify({ event: "auth.login", userId, at: new Date().toISOString() }));
  return redirect(safeRedirectPath(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await createSessionCookie(userId) },
  });
}

export default function Login() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
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
      <p>{t("login.intro")}</p>
      {messages.length ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>{t("login.errorSummary")}</h2>
          <ul>
            {messages.map((m) => (
              <li key={m}>{t(m as "login.failed")}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="redirectTo" value={safeRedirectPath(params.get("redirectTo"))} />
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
            <p id="email-error" className="field-error">
              {t(errors.email as "login.emailInvalid")}
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
            <p id="password-error" className="field-error">
              {t(errors.password as "login.passwordRequired")}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("login.submit")}
          </button>
        </div>
      </Form>
    </div>
  );
}
