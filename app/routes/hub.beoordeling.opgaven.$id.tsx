import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeHistory } from "../components/challenge-history";
import { ChallengeView } from "../components/challenge-view";
import { ErrorSummary, useMessage } from "../components/form";
import { MarkdownField } from "../components/markdown-field";
import { requireHubPermission } from "../domain/auth/access.server";
import { getChallengeById } from "../domain/challenges/challenges.repository.server";
import { challengeHistory, reviewable, transitionChallenge } from "../domain/intake/challenge-lifecycle.server";
import { challengeFieldErrors, ReviewCommentSchema } from "../domain/intake/challenge-schema";
import { NO_STORE } from "../utils/action.server";

export const meta: MetaFunction = () => [{ title: "Opgave beoordelen · Opgavenmarkt" }];

/** Reload the record after every action, also a refused one (409: someone else changed it), so the page is current. */
export const shouldRevalidate = () => true;
const notFound = () => new Response("Not found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireHubPermission(request, "challenge.review");
  const id = params.id ?? "";
  if (!(await reviewable(id))) throw notFound();
  const [challenge, history] = await Promise.all([getChallengeById(id), challengeHistory(id)]);
  if (!challenge) throw notFound();
  return data({ challenge, history }, { headers: NO_STORE });
}

type Result = { intent: string; errors: Record<string, string>; values: Record<string, string> };
const DONE: Record<string, string> = { publish: "review.published", requestChanges: "review.changesRequested", reject: "review.rejected" };

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "challenge.review");
  const id = params.id ?? "";
  if (!(await reviewable(id))) throw notFound();
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (!(intent in DONE)) return data({ intent, errors: { form: "forms.invalid" }, values: {} } as Result, { status: 400, headers: NO_STORE });
  let comment: string | undefined;
  if (intent !== "publish") {
    const raw = String(form.get("comment") ?? "");
    const parsed = ReviewCommentSchema.safeParse({ comment: raw });
    if (!parsed.success) {
      return data({ intent, errors: { [`${intent}-comment`]: challengeFieldErrors(parsed.error).comment }, values: { [intent]: raw } } as Result, {
        status: 400,
        headers: NO_STORE,
      });
    }
    comment = parsed.data.comment;
  }
  const result = await transitionChallenge(ctx.user.id, id, intent as "publish", "staff", { comment });
  if (!result.ok) return data({ intent, errors: { form: result.error }, values: {} } as Result, { status: result.error === "intake.notFound" ? 404 : 409, headers: NO_STORE });
  return redirect(`/hub/beoordeling/opgaven/${id}?besluit=${intent}`);
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
