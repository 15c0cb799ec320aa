import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "../domain/auth/access.server";
import { nextStepFor, typicalVerificationWorkdays } from "../domain/organisations/next-steps.server";
import { safeRedirectPath } from "../utils/redirect";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["onboarding"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.nextStep") }];

/**
 * Where joining or registering an organisation lands (issue 12): per case, what happens next and the one thing to
 * do now. `redirectTo` (checked) is the page that sent the user to choose an organisation; it is offered as a link.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  if (!ctx.organisation || !ctx.membership) throw redirect("/organisatie/kiezen");
  const asked = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "");
  return {
    organisation: ctx.organisation.name,
    step: nextStepFor(ctx.organisation, ctx.membership),
    workdays: typicalVerificationWorkdays(),
    continueTo: asked && asked !== "/" ? asked : null,
  };
}

export default function NextStep() {
  const { t } = useTranslation();
  const { organisation, step, workdays, continueTo } = useLoaderData<typeof loader>();
  const primary = {
    pendingVerification: { to: "/mijn/opgaven/nieuw", label: t("onboarding.next.pendingAction") },
    postChallenge: { to: "/mijn/opgaven/nieuw", label: t("onboarding.next.verifiedAction") },
    publishSolution: { to: "/mijn/oplossingen/nieuw", label: t("onboarding.next.providerAction") },
    explore: { to: "/opgaven", label: t("onboarding.next.otherAction") },
  }[step];
  return (
    <div className="container narrow">
      <h1>{t("onboarding.next.title")}</h1>
      <p>{t("onboarding.next.joined", { organisation })}</p>
      {step === "pendingVerification" ? (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">{t("onboarding.next.pendingTitle")}</h2>
          <p>
            {t("onboarding.next.pendingWho", { organisation })} {t("onboarding.next.pendingWhen", { count: workdays })}
          </p>
          <p>{t("onboarding.next.pendingTold")}</p>
          <p>{t("onboarding.next.pendingMay")}</p>
        </section>
      ) : (
        <p>
          {step === "postChallenge"
            ? t("onboarding.next.verifiedText")
            : step === "publishSolution"
              ? t("onboarding.next.providerText")
              : t("onboarding.next.otherText")}
        </p>
      )}
      <p>
        <Link to={primary.to} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {primary.label}
        </Link>
      </p>
      <p>
        {continueTo ? (
          <>
            <Link to={continueTo}>{t("onboarding.next.continue")}</Link>
            {" · "}
          </>
        ) : null}
        <Link to="/organisatie/leden">{t("onboarding.next.members", { organisation })}</Link>
        {" · "}
        <Link to="/account">{t("onboarding.next.account")}</Link>
      </p>
    </div>
  );
}
