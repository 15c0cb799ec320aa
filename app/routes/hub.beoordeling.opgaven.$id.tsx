import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeHistory } from "../components/challenge-history";
import { CHALLENGE_PROSE, ChallengeView } from "../components/challenge-view";
import { withProse } from "../components/markdown.server";
import { ErrorSummary, useMessage } from "../components/form";
import { MarkdownField } from "../components/markdown-field";
import { requireHubPermission } from "../domain/auth/access.server";
import { getChallengeById } from "../domain/challenges/challenges.repository.server";
import { challengeHistory, reviewable, transitionChallenge } from "../domain/intake/challenge-lifecycle.server";
import { challengeFieldErrors, ReviewCommentSchema } from "../domain/intake/challenge-schema";
import { bad, dispatchIntent, NO_STORE, parseForm, replyError } from "../utils/action.server";
import { challengeErrors } from "../domain/intake/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "intake", "solution-intake", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.reviewChallenge") }];

/** Reload the record after every action, also a refused one (409: someone else changed it), so the page is current. */
export const shouldRevalidate = () => true;
const notFound = () => new Response("Not found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireHubPermission(request, "challenge.review");
  const id = params.id ?? "";
  if (!(await reviewable(id))) throw notFound();
  const [challenge, history] = await Promise.all([getChallengeById(id), challengeHistory(id)]);
  if (!challenge) throw notFound();
  return data({ challenge: withProse(challenge, CHALLENGE_PROSE), history }, { headers: NO_STORE });
}

type Result = { intent: string; errors: Record<string, string>; values: Record<string, string> };
const DONE: Record<string, string> = { publish: "review.published", requestChanges: "review.changesRequested", reject: "review.rejected" };

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "challenge.review");
  const id = params.id ?? "";
  if (!(await reviewable(id))) throw notFound();
  const form = await request.formData();
  /** Publish, request changes or reject; the last two need a comment (its field is named per decision). */
  const decide = async (intent: string) => {
    let comment: string | undefined;
    if (intent !== "publish") {
      const raw = String(form.get("comment") ?? "");
      const parsed = parseForm(form, ReviewCommentSchema, { input: { comment: raw }, errorsOf: challengeFieldErrors });
      if (!parsed.ok) return bad<Result>({ intent, errors: { [`${intent}-comment`]: parsed.errors.comment }, values: { [intent]: raw } });
      comment = parsed.data.comment;
    }
    const result = await transitionChallenge(ctx.user.id, id, intent as "publish", "staff", { comment });
    if (!result.ok) return replyError(challengeErrors, result, { intent, values: {} });
    return redirect(`/hub/beoordeling/opgaven/${id}?besluit=${intent}`);
  };
  return dispatchIntent(form, { publish: decide, requestChanges: decide, reject: decide }, (intent) => bad<Result>({ intent, errors: { form: "forms.invalid" }, values: {} }));
}

export default function ReviewChallenge() {
  const { challenge, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const tm = useMessage();
  const done = params.get("besluit");
  const errors = result?.errors ?? {};
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/hub/beoordeling/opgaven">{t("review.back")}</Link>
      </p>
      {done && DONE[done] ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(DONE[done])}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(errors)} />
      <p>
        {t("review.recordTitle")} · {t("intake.status")}: <span className="status">{t(`challengeStatus.${challenge.status}` as "challengeStatus.draft")}</span>
      </p>
      <section aria-label={t("review.preview")} className="review-preview">
        <ChallengeView challenge={challenge} />
      </section>
      {challenge.status === "submitted" ? (
        <section aria-labelledby="decide-title" className="review-actions">
          <h2 id="decide-title">{t("review.decide")}</h2>
          <Form method="post" className="lifecycle-form">
            <button type="submit" name="intent" value="publish" className="utrecht-button utrecht-button--primary-action">
              {t("review.publish")}
            </button>
          </Form>
          {(["requestChanges", "reject"] as const).map((intent) => (
            <Form method="post" className="lifecycle-form" key={intent} noValidate>
              <MarkdownField
                name="comment"
                id={`${intent}-comment`}
                label={intent === "reject" ? t("review.reason") : t("review.comment")}
                defaultValue={result?.values?.[intent] ?? ""}
                error={errors[`${intent}-comment`]}
                rows={4}
              />
              <button type="submit" name="intent" value={intent} className="utrecht-button utrecht-button--secondary-action">
                {t(`review.${intent}`)}
              </button>
            </Form>
          ))}
        </section>
      ) : (
        <p className="utrecht-alert utrecht-alert--warning notice">{t("review.notSubmitted", { status: t(`challengeStatus.${challenge.status}` as "challengeStatus.draft") })}</p>
      )}
      <ChallengeHistory entries={history} />
    </div>
  );
}
