import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SolutionForm } from "../components/solution-form";
import { requireSolutionOrg } from "../domain/intake/solution-access.server";
import { applyRowIntent, emptySolutionValues, readSolutionForm, type SolutionFormValues } from "../domain/intake/solution-form";
import { createSolution, regionOptions } from "../domain/intake/solution-intake.server";
import { newCreationKey } from "../domain/intake/records.server";
import { listThemes } from "../domain/themes.server";
import { getLocale } from "../i18n/locale.server";
import { intentOf, NO_STORE, reply, replyError } from "../utils/action.server";
import { solutionErrors } from "../domain/intake/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "intake", "solution-intake", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.newSolution") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireSolutionOrg(request, "solution.create");
  const [themes, regions] = await Promise.all([listThemes(), regionOptions()]);
  const values: SolutionFormValues = { ...emptySolutionValues(), lang: await getLocale(request), contactName: ctx.user.name, contactEmail: ctx.user.email };
  return data({ themes, regions, values, creationKey: newCreationKey(), organisation: ctx.organisation.name }, { headers: NO_STORE });
}

type Result = { values: SolutionFormValues; errors: Record<string, string>; creationKey: string; formKey: string };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireSolutionOrg(request, "solution.create");
  const form = await request.formData();
  const intent = intentOf(form) || "save";
  const values = readSolutionForm(form);
  const creationKey = String(form.get("creationKey") ?? "").slice(0, 100) || newCreationKey();
  const formKey = crypto.randomUUID();
  // The no-JavaScript row editor's buttons are intents too; they only re-render the form.
  const rows = applyRowIntent(intent, values);
  if (rows) return reply<Result>({ values: rows, errors: {}, creationKey, formKey });
  const result = await createSolution({ userId: ctx.user.id, organisationId: ctx.organisation.id }, creationKey, values, intent === "submit");
  if (!result.ok) return replyError(solutionErrors, result, { values, creationKey, formKey });
  throw redirect(`/mijn/oplossingen/${result.id}?opgeslagen=${result.status === "submitted" ? "ingediend" : "concept"}`);
}

export default function NewSolution() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/mijn/oplossingen">{t("solutionIntake.backToList")}</Link>
      </p>
      <h1>{t("solutionIntake.newTitle")}</h1>
      <p>{t("solutionIntake.newIntro", { organisation: loaded.organisation })}</p>
      <SolutionForm
        key={result?.formKey ?? "initial"}
        values={result?.values ?? loaded.values}
        errors={result?.errors ?? {}}
        themes={loaded.themes}
        regions={loaded.regions}
        hidden={{ creationKey: result?.creationKey ?? loaded.creationKey }}
        mode="draft"
      />
    </div>
  );
}
