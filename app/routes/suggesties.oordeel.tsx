import { redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "../components/form";
import { VerdictButtons, type JudgementReply } from "../components/match-judgement";
import { requireUser } from "../domain/auth/access.server";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { judgeRoleFor, judgeSuggestion } from "../domain/judgements/judgements.server";
import { JudgementPairSchema, JudgementSchema } from "../domain/judgements/schemas";
import { JUDGEMENT_REASON_MAX } from "../../shared/vocabulary/judgements";
import { bad, raise, reply } from "../utils/action.server";
import { judgementErrors } from "../domain/judgements/errors";
import { safeRedirectPath } from "../utils/redirect";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team", "judgements"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.judgement") }];

/**
 * A judgement of a suggestion (hub staff, the records' owners). Access first (401 anonymous, 404 no such public
 * pair, 403 not theirs), then the form (400). Without JavaScript: back to the list; with it: data for the fetcher.
 */
export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request);
  const form = await request.formData();
  const input = Object.fromEntries(form);
  const pair = JudgementPairSchema.safeParse(input);
  if (!pair.success) raise(judgementErrors, "notFound");
  const role = await judgeRoleFor(ctx.user, pair.data);
  if (role === "notFound" || role === "forbidden") raise(judgementErrors, role);
  const parsed = JudgementSchema.safeParse(input);
  if (!parsed.success) return bad<JudgementReply>({ errors: fieldErrors(parsed.error), values: formValues(form) });
  const result = await judgeSuggestion(ctx.user, parsed.data);
  if (!result.ok) raise(judgementErrors, result.error);
  if (parsed.data.client) return reply<JudgementReply>({ ok: true, verdict: parsed.data.verdict });
  return redirect(safeRedirectPath(parsed.data.redirectTo));
}

/** Only seen without JavaScript when the form was invalid: the form again, with what was typed. */
export default function JudgementPage() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>() as JudgementReply | undefined;
  const failed = result && !result.ok ? result : null;
  const back = safeRedirectPath(failed?.values.redirectTo);
  return (
    <div className="container narrow">
      <h1>{t("judgements.pageTitle")}</h1>
      {failed ? (
        <>
          <p>{t("judgements.pageIntro")}</p>
          <ErrorSummary messages={Object.values(failed.errors)} />
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="challengeId" value={failed.values.challengeId} />
            <input type="hidden" name="solutionId" value={failed.values.solutionId} />
            <input type="hidden" name="redirectTo" value={back} />
            <TextField name="reason" label={t("judgements.reason")} defaultValue={failed.values.reason} error={failed.errors.reason} maxLength={JUDGEMENT_REASON_MAX} />
            <VerdictButtons />
          </Form>
        </>
      ) : (
        <p>{t("judgements.pageEmpty")}</p>
      )}
      <p>
        <Link to={back}>{t("judgements.back")}</Link>
      </p>
    </div>
  );
}
