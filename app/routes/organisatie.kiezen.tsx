import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, SelectField, TextField } from "../components/form";
import { useSharedValidation } from "../components/shared-validation";
import { requireUser } from "../domain/auth/access.server";
import { CompanySchema, formValues, PublicBodySchema } from "../domain/auth/schemas";
import { userOrganisations } from "../domain/auth/session.server";
import { joinPublicBody, listPublicBodyOptions, registerCompany, switchOrganisation } from "../domain/organisations/membership.server";
import { PUBLIC_BODY_KINDS } from "../../shared/vocabulary/organisations";
import { safeRedirectPath } from "../utils/redirect";

/** The page that sent the user here to choose an organisation (checked, ADR 0016), or "" for none. */
const askedFor = (value: unknown) => {
  const path = safeRedirectPath(value, "");
  return path === "/" ? "" : path;
};
/** After joining or registering: what happens next, carrying the page the user came for. */
const nextStepPath = (redirectTo: string) => `/organisatie/volgende-stap${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`;
import { bad, dispatchIntent, parseForm, replyError } from "../utils/action.server";
import { organisationErrors } from "../domain/organisations/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team", "onboarding"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.chooseOrganisation") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  const [mine, bodies] = await Promise.all([userOrganisations(ctx.user.id), listPublicBodyOptions()]);
  const params = new URL(request.url).searchParams;
  return {
    welcome: params.get("welkom") === "1" && mine.length === 0,
    redirectTo: askedFor(params.get("redirectTo")),
    activeId: ctx.organisation?.id ?? null,
    mine: mine.map((o) => ({ ...o, verified: o.verifiedAt !== null, verifiedAt: undefined })),
    bodies,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request);
  const form = await request.formData();
  const values = formValues(form);
  const caller = { userId: ctx.user.id, email: ctx.user.email, sessionId: ctx.session.id, request };
  const redirectTo = askedFor(form.get("redirectTo"));
  return dispatchIntent(
    form,
    {
      switch: async () => {
        if (!(await switchOrganisation(caller, String(form.get("organisationId") ?? "")))) throw data(null, { status: 403 });
        return redirect("/organisatie/kiezen");
      },
      join: async (intent: string) => {
        const parsed = parseForm(form, PublicBodySchema);
        if (!parsed.ok) return bad({ intent, values, errors: parsed.errors });
        const result = await joinPublicBody(caller, parsed.data.cbsCode);
        if (!result.ok) return replyError(organisationErrors, result, { intent, values });
        return redirect(nextStepPath(redirectTo));
      },
      company: async (intent: string) => {
        const parsed = parseForm(form, CompanySchema);
        if (!parsed.ok) return bad({ intent, values, errors: parsed.errors });
        const result = await registerCompany(caller, parsed.data);
        if (!result.ok) return replyError(organisationErrors, result, { intent, values });
        return redirect(nextStepPath(redirectTo));
      },
    },
    () => bad({ intent: null, values, errors: { form: "forms.invalid" } as Record<string, string> }),
  );
}

const NO_ERRORS = {};

export default function ChooseOrganisation() {
  const { t } = useTranslation();
  const { mine, bodies, activeId, welcome, redirectTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = (result?.values ?? {}) as Record<string, string | undefined>;
  // Each form checks its own fields in the browser with the schema its intent parses on the server.
  const serverErrors = (result?.errors ?? NO_ERRORS) as Record<string, string | undefined>;
  const join = useSharedValidation(PublicBodySchema, result?.intent === "join" ? serverErrors : NO_ERRORS);
  const company = useSharedValidation(CompanySchema, result?.intent === "company" ? serverErrors : NO_ERRORS);
  const errors: Record<string, string | undefined> = { form: serverErrors.form, ...join.errors, ...company.errors };
  return (
    <div className="container narrow">
      <h1>{t("org.chooseTitle")}</h1>
      {welcome ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t("onboarding.welcome")}
        </p>
      ) : null}
      {redirectTo && !activeId ? (
        <p className="utrecht-alert utrecht-alert--info notice" role="status">
          {t("onboarding.needsOrganisation")}
        </p>
      ) : null}
      <p>{t("org.chooseIntro")}</p>
      <ErrorSummary messages={[errors.form, errors.cbsCode, errors.kvkNumber, errors.name]} />
      {mine.length ? (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t("org.yours")}</h2>
          <ul className="org-list">
            {mine.map((o) => (
              <li key={o.id}>
                {o.name} ({o.role === "admin" ? t("org.roleAdmin") : t("org.roleMember")}
                {o.verified ? "" : `, ${t("org.unverified")}`})
                {o.id === activeId ? (
                  <strong> · {t("org.active")}</strong>
                ) : (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="switch" />
                    <input type="hidden" name="organisationId" value={o.id} />
                    <button type="submit" className="link-button" aria-label={`${t("org.switch")}: ${o.name}`}>
                      {t("org.switch")}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="body-heading">
        <h2 id="body-heading">{t("org.publicBodyTitle")}</h2>
        <p>{t("org.publicBodyIntro")}</p>
        <Form method="post" className="form" {...join.formProps}>
          <input type="hidden" name="intent" value="join" />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <SelectField
            name="cbsCode"
            label={t("org.body")}
            placeholder={t("org.bodyPlaceholder")}
            defaultValue={values.cbsCode}
            error={errors.cbsCode}
          >
            {PUBLIC_BODY_KINDS.map((kind) => (
              <optgroup key={kind} label={t(`kinds.${kind}`)}>
                {bodies
                  .filter((b) => b.kind === kind)
                  .map((b) => (
                    <option key={b.code} value={b.code}>
                      {b.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </SelectField>
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("org.join")}
            </button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="company-heading">
        <h2 id="company-heading">{t("org.companyTitle")}</h2>
        <p>{t("org.companyIntro")}</p>
        <Form method="post" className="form" {...company.formProps}>
          <input type="hidden" name="intent" value="company" />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField name="kvkNumber" label={t("org.kvk")} hint={t("org.kvkHint")} inputMode="numeric" defaultValue={values.kvkNumber} error={errors.kvkNumber} />
          <TextField name="name" label={t("org.name")} autoComplete="organization" defaultValue={values.name} error={errors.name} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("org.register")}
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}
