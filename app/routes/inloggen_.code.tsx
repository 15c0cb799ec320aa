import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { clearRateLimit, reserveFailures, TOTP_LIMITS, totpBucket } from "../domain/auth/rate-limit.server";
import { fieldErrors, TotpCodeSchema } from "../domain/auth/schemas";
import { logSecurityEvent } from "../domain/auth/security-log.server";
import { createSessionCookie, destroySession, getSession } from "../domain/auth/session.server";
import { verifyUserTotp } from "../domain/auth/totp.server";
import { landingPath } from "../domain/auth/landing.server";
import { safeRedirectPath } from "../utils/redirect";
import { keepRetryAfter, retryAfterHeader } from "../utils/retry-after";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.loginCode") }];
export const headers = keepRetryAfter;

/** Only a session whose password step passed (mfa pending) reaches this page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await getSession(request);
  if (!ctx.pendingUserId) throw redirect(ctx.user ? "/" : "/inloggen");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await getSession(request);
  if (!ctx.pendingUserId) throw redirect("/inloggen");
  const form = await request.formData();
  const parsed = TotpCodeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error) }, { status: 400 });
  const target = safeRedirectPath(parsed.data.redirectTo);
  // Wrong codes only are counted (a success clears them); a blocked attempt is not checked and not counted.
  const bucket = totpBucket(ctx.pendingUserId);
  const limit = await reserveFailures([{ bucket, limit: TOTP_LIMITS.perUser, windowSeconds: TOTP_LIMITS.windowSeconds }]);
  if (!limit.allowed) {
    await logSecurityEvent("auth.totp_rate_limited", { userId: ctx.pendingUserId, request });
    return data({ errors: { code: "totp.rateLimited" } as Record<string, string> }, { status: 429, headers: retryAfterHeader(limit.retryAfterSeconds) });
  }
  if (!(await verifyUserTotp(ctx.pendingUserId, parsed.data.code))) {
    await logSecurityEvent("auth.totp_failed", { userId: ctx.pendingUserId, request });
    return data({ errors: { code: "totp.codeWrong" } as Record<string, string> }, { status: 400 });
  }
  await clearRateLimit(bucket);
  const headers = new Headers();
  headers.append("Set-Cookie", await destroySession(request));
  headers.set("Set-Cookie", await createSessionCookie(ctx.pendingUserId, { request }));
  await logSecurityEvent("auth.login", { userId: ctx.pendingUserId, request, data: { totp: true } });
  return redirect(await landingPath(ctx.pendingUserId, target), { headers });
}

export default function TotpStep() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors = (result?.errors ?? {}) as Record<string, string | undefined>;
  return (
    <div className="container narrow">
      <h1>{t("totp.title")}</h1>
      <p>{t("totp.intro")}</p>
      <ErrorSummary messages={[errors.code]} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="redirectTo" value={safeRedirectPath(params.get("redirectTo"))} />
        <TextField name="code" label={t("totp.code")} inputMode="numeric" autoComplete="one-time-code" required error={errors.code} />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("totp.submit")}
          </button>
        </div>
      </Form>
    </div>
  );
}
