import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../components/form";
import { landingAfterVerification } from "../domain/auth/landing.server";
import { signInAfterVerification } from "../domain/auth/login.server";
import { describeVerification, verifyEmail } from "../domain/auth/signup.server";
import { safeRedirectPath } from "../utils/redirect";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "onboarding"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.verifyEmail") }];

/** The link only shows a button: the state change happens in the POST (mail scanners follow links). */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const token = (params.get("token") ?? "").slice(0, 100);
  // Confirming signs the account in, so the page names it: nobody confirms (and enters) someone else's account unaware.
  return data(
    { token, next: safeRedirectPath(params.get("next")), email: await describeVerification(token) },
    { headers: { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const token = String(form.get("token") ?? "");
  // Back to where sign-up started (e.g. an invitation); checked before the token is used.
  const next = safeRedirectPath(form.get("next"));
  const verified = await verifyEmail(request, token);
  if (!verified) return data({ error: "verify.invalid" }, { status: 400 });
  if (verified.signIn) {
    // The address is proven: this account is signed in at once, and a new user goes on to choose an organisation.
    const headers = new Headers();
    for (const c of await signInAfterVerification(request, verified.userId)) headers.append("Set-Cookie", c);
    return redirect(await landingAfterVerification(verified.userId, next), { headers });
  }
  // Accounts with a second factor log in through the login page, as before.
  return redirect(`/inloggen?melding=bevestigd${next !== "/" ? `&redirectTo=${encodeURIComponent(next)}` : ""}`);
}

export default function VerifyEmail() {
  const { t } = useTranslation();
  const { token, next, email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <h1>{t("verify.title")}</h1>
      <ErrorSummary messages={[result?.error]} />
      <p>{email ? t("onboarding.verifyFor", { email }) : t("verify.intro")}</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="next" value={next} />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("verify.submit")}
        </button>
      </Form>
    </div>
  );
}
