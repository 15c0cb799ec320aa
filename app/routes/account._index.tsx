import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { changePassword, listSessions, revokeSession, sessionHandle } from "../domain/account/account.server";
import { requireUser } from "../domain/auth/access.server";
import { passwordProblem } from "../domain/auth/password.server";
import { ChangePasswordSchema, fieldErrors } from "../domain/auth/schemas";
import { userOrganisations } from "../domain/auth/session.server";
import { dispatchIntent, NO_STORE } from "../utils/action.server";
import { describeUserAgent } from "../domain/account/user-agent.server";
import { useFormat } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "messaging", "hub-team", "joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.account") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  const [sessions, organisations] = await Promise.all([listSessions(ctx.user.id), userOrganisations(ctx.user.id)]);
  return data(
    {
      user: { name: ctx.user.name, email: ctx.user.email, totpEnabled: ctx.user.totpEnabled },
      organisations: organisations.map((o) => ({ id: o.id, name: o.name, role: o.role })),
      sessions: sessions.map((s) => ({
        // Sessions are referred to by a hash: a session id is a bearer token and never goes into a page.
        key: sessionHandle(s.id),
        current: s.id === ctx.session.id,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        agent: describeUserAgent(s.userAgent),
      })),
    },
    { headers: NO_STORE },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request);
  const form = await request.formData();
  return dispatchIntent(
    form,
    {
      revoke: async (intent: string) => {
        const handle = String(form.get("session") ?? "");
        if (handle === sessionHandle(ctx.session.id)) return redirect("/uitloggen");
        await revokeSession(request, ctx.user.id, handle.slice(0, 100));
        return { intent, done: "account.revoked", errors: {} as Record<string, string> };
      },
      password: async (intent: string) => {
        const parsed = ChangePasswordSchema.safeParse(Object.fromEntries(form));
        const errors = parsed.success ? {} : fieldErrors(parsed.error);
        const candidate = form.get("password");
        if (typeof candidate === "string" && !errors.password) {
          const problem = passwordProblem(candidate, [ctx.user.email.split("@")[0], ctx.user.name]);
          if (problem) errors.password = problem;
        }
        if (!parsed.success || Object.keys(errors).length) return data({ intent, done: null, errors }, { status: 400 });
        const result = await changePassword(request, { userId: ctx.user.id, sessionId: ctx.session.id }, parsed.data.currentPassword, parsed.data.password);
        if (result === "wrong_current") return data({ intent, done: null, errors: { currentPassword: "account.currentWrong" } }, { status: 400 });
        return { intent, done: "account.passwordChanged", errors: {} as Record<string, string> };
      },
    },
    () => data({ intent: null, done: null, errors: { form: "forms.invalid" } as Record<string, string> }, { status: 400 }),
  );
}

export default function Account() {
  const { t } = useTranslation();
  const { user, sessions, organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result?.errors ?? {}) as Record<string, string | undefined>;
  const { dateTime: when } = useFormat();
  return (
    <div className="container narrow">
      <h1>{t("account.title")}</h1>
      <p>
        {user.name} · {user.email}
      </p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t(result.done as "account.revoked")}
        </p>
      ) : null}
      <ErrorSummary messages={[errors.form, errors.currentPassword, errors.password]} />

      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">{t("account.organisations")}</h2>
        <ul>
          {organisations.map((o) => (
            <li key={o.id}>
              {o.name} ({o.role === "admin" ? t("org.roleAdmin") : t("org.roleMember")})
            </li>
          ))}
        </ul>
        <p>
          <Link to="/organisatie/kiezen">{t("org.chooseTitle")}</Link>
          {organisations.length ? (
            <>
              {" · "}
              <Link to="/organisatie/leden">{t("members.manage")}</Link>
            </>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">{t("preferences.title")}</h2>
        <p>
          <Link to="/account/meldingen">{t("notifications.preferencesLink")}</Link>
        </p>
        <p>
          <Link to="/account/zoekopdrachten">{t("alerts.title")}</Link>
        </p>
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t("account.changePassword")}</h2>
        <p>{t("account.changePasswordIntro")}</p>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="password" />
          <TextField name="currentPassword" type="password" label={t("account.currentPassword")} autoComplete="current-password" error={errors.currentPassword} />
          <TextField name="password" type="password" label={t("account.newPassword")} autoComplete="new-password" hint={t("password.hint")} error={errors.password} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("account.changePassword")}
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("account.sessions")}</h2>
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.key}>
              <p>
                <strong>
                  {s.agent.browser && s.agent.system
                    ? t("account.browserOn", { browser: s.agent.browser, system: s.agent.system })
                    : (s.agent.browser ?? s.agent.system ?? t("account.unknownBrowser"))}
                </strong>
                {s.current ? ` · ${t("account.thisSession")}` : ""}
              </p>
              <p className="muted">
                {t("account.started")} {when(s.createdAt)} · {t("account.lastSeen")} {when(s.lastSeenAt)}
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="session" value={s.key} />
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t("account.revoke")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tfa-heading">
        <h2 id="tfa-heading">{t("account.twoFactor")}</h2>
        <p>{user.totpEnabled ? t("account.twoFactorOn") : t("account.twoFactorOff")}</p>
        <p>
          <Link to="/account/tweestapsverificatie">{t("account.manageTwoFactor")}</Link>
        </p>
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("account.export")}</h2>
        <p>{t("account.exportIntro")}</p>
        <p>
          <a href="/account/gegevens" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" download>
            {t("account.exportButton")}
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t("account.delete")}</h2>
        <p>{t("account.deleteIntro")}</p>
        <p>
          <Link to="/account/verwijderen">{t("account.delete")}</Link>
        </p>
      </section>
    </div>
  );
}
