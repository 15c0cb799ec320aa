import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeForm } from "../components/challenge-form";
import { parseChallengeForm, readIntent } from "../domain/intake/challenge-form.server";
import {
  challengeScope,
  createChallenge,
  intakeOptions,
  loadOwnChallenge,
  requireChallengeIntake,
  saveChallenge,
} from "../domain/intake/challenge-intake.server";
import type { ChallengeFormValues } from "../domain/intake/challenge-schema";
import { suggestForDraft } from "../domain/intake/challenge-suggest.server";
import type { DraftSuggestions } from "../domain/intake/challenge-suggest.server";
import { newCreationKey } from "../domain/intake/records.server";
import { useFormat } from "../utils/format";
import { bad, NO_STORE, reply, replyError } from "../utils/action.server";
import { challengeErrors } from "../domain/intake/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "intake", "solution-intake", "hub-team", "owners"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.newChallenge") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireChallengeIntake(request, "challenge.create");
  const options = await intakeOptions(ctx.organisation.id);
  const values: ChallengeFormValues = {
    title: "",
    summary: "",
    problemStatement: "",
    localContext: "",
    affected: "",
    desiredOutcome: "",
    successCriteria: "",
    timeline: "",
    responseDeadline: "",
    contactName: ctx.user.name,
    contactRole: "",
    contactEmail: ctx.user.email,
    budgetMin: "",
    budgetMax: "",
    procurementRoute: "onbekend",
    visibility: "public",
    lang: "nl",
    themes: [],
    sdgs: [],
    regions: options.ownRegion ? [options.ownRegion] : [],
    coOwners: [],
    launchingCustomerIntent: false,
  };
  return data({ options, values, creationKey: newCreationKey(), verified: ctx.membership.verified }, { headers: NO_STORE });
}

type Result = { values: ChallengeFormValues; errors: Record<string, string>; creationKey: string; suggestions?: DraftSuggestions };

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = readIntent(form);
  // Submitting needs a verified membership (challenge.publish); drafting does not.
  const ctx = await requireChallengeIntake(request, intent === "submit" ? "challenge.publish" : "challenge.create");
  const key = String(form.get("creationKey") ?? "");
  const creationKey = /^[0-9a-f-]{36}$/.test(key) ? key : newCreationKey();
  const { values, input, errors } = await parseChallengeForm(form, ctx.organisation.id, intent === "submit");
  if (intent === "suggest") {
    const suggestions = await suggestForDraft(ctx.organisation.id, values.title, `${values.summary}\n${values.problemStatement}\n${values.desiredOutcome}`);
    return reply<Result>({ values, errors: {}, creationKey, suggestions });
  }
  if (!intent) return bad<Result>({ values, errors: { form: "forms.invalid" }, creationKey });
  if (!input) return bad<Result>({ values, errors, creationKey });
  const made = await createChallenge(ctx, input, creationKey);
  if (!made.ok) return replyError(challengeErrors, made, { values, creationKey });
  const { id, created } = made;
  if (intent === "submit" && created) {
    const current = await loadOwnChallenge(challengeScope(ctx), id);
    if (current) await saveChallenge(ctx, current, current.version, input, { submit: true });
    return redirect(`/mijn/opgaven/${id}?melding=submitted`);
  }
  return redirect(`/mijn/opgaven/${id}?melding=created`);
}

export default function NewChallenge() {
  const loaderData = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const { t } = useTranslation();
  const f = useFormat();
  const { options } = loaderData;
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/mijn/opgaven">{t("intake.mineTitle")}</Link>
      </p>
      <h1>{t("intake.newTitle")}</h1>
      <p>{t("intake.formIntro")}</p>
      {!loaderData.verified ? <p className="utrecht-alert utrecht-alert--warning notice">{t("intake.unverified")}</p> : null}
      <ChallengeForm
        values={result?.values ?? loaderData.values}
        errors={result?.errors ?? {}}
        themes={options.themes.map((slug) => ({ slug, label: f.theme(slug) }))}
        regions={options.regions}
        publicBodies={options.publicBodies}
        procurementRoutes={options.procurementRoutes}
        creationKey={result?.creationKey ?? loaderData.creationKey}
        canSubmit={loaderData.verified}
        canChooseCoOwners={loaderData.verified}
        isNew
        suggestions={result?.suggestions ?? null}
      />
    </div>
  );
}
