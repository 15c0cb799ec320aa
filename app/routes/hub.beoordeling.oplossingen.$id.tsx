import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, useMessage } from "../components/form";
import { RecordHistory } from "../components/record-history";
import { SOLUTION_PROSE, SolutionArticle } from "../components/solution-article";
import { withProse } from "../components/markdown.server";
import { requireHubPermission } from "../domain/auth/access.server";
import { ReviewSchema } from "../domain/intake/solution-form";
import { decideSolution, solutionHistory, solutionVersion } from "../domain/intake/solution-review.server";
import { getSolutionPreview } from "../domain/solutions/solutions.repository.server";
import { bad, intentOf, NO_STORE, parseForm, reply, replyError } from "../utils/action.server";
import { solutionReviewErrors } from "../domain/intake/errors";
import { recordTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "intake", "solution-intake", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: recordTitle(matches, data?.solution.title, { section: "titles.reviewSection" }) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireHubPermission(request, "solution.review");
  const solution = await getSolutionPreview(params.id ?? "");
  if (!solution) throw new Response("Not found", { status: 404 });
  const [history, version] = await Promise.all([solutionHistory(solution.id), solutionVersion(solution.id)]);
  return data({ solution: withProse(solution, SOLUTION_PROSE), version, history: history.map((h) => ({ ...h, at: h.at.toISOString() })) }, { headers: NO_STORE });
}

type Result = { intent: string; comment?: string; errors: Record<string, string>; done?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "solution.review");
  const form = await request.formData();
  const intent = intentOf(form).slice(0, 50);
  const comment = typeof form.get("comment") === "string" ? String(form.get("comment")).slice(0, 4000) : undefined;
  const parsed = parseForm(form, ReviewSchema);
  if (!parsed.ok) return bad<Result>({ intent, comment, errors: parsed.errors });
  const result = await decideSolution(ctx.user.id, params.id ?? "", parsed.data);
  if (!result.ok) return replyError(solutionReviewErrors, result, { intent, comment });
  return reply<Result>({ intent, errors: {}, done: `solutionReview.done.${result.status}` });
}

export default function SolutionReview() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { solution, version, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errors = result?.errors ?? {};
  const pending = solution.status === "submitted";
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/hub/beoordeling/oplossingen">{t("solutionReview.back")}</Link>
      </p>
      <p>
        {t("solutionIntake.statusLabel")} <span className="status">{t(`solutionStatus.${solution.status}` as "solutionStatus.draft")}</span>
      </p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(errors)} />
      <SolutionArticle solution={solution} />
      {pending ? (
        <section aria-labelledby="decide-heading" className="review-actions">
          <h2 id="decide-heading">{t("solutionReview.decideHeading")}</h2>
          <Form method="post">
            <input type="hidden" name="version" value={String(version)} />
            <input type="hidden" name="intent" value="publish" />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("solutionReview.publish")}
            </button>
          </Form>
          {(["request_changes", "reject"] as const).map((intent) => (
            <Form method="post" className="form" noValidate key={intent}>
              <input type="hidden" name="version" value={String(version)} />
              <input type="hidden" name="intent" value={intent} />
              <div className="field">
                <label htmlFor={`comment-${intent}`}>{t(`solutionReview.commentLabel.${intent}`)}</label>
                <textarea
                  id={`comment-${intent}`}
                  name="comment"
                  rows={3}
                  defaultValue={result?.intent === intent ? result.comment : ""}
                  aria-invalid={result?.intent === intent && errors.comment ? true : undefined}
                  aria-describedby={result?.intent === intent && errors.comment ? `comment-${intent}-error` : undefined}
                />
                {result?.intent === intent && errors.comment ? (
                  <p id={`comment-${intent}-error`} className="field-error utrecht-form-field-error-message">
                    {tm(errors.comment)}
                  </p>
                ) : null}
              </div>
              <div>
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t(`solutionReview.${intent}`)}
                </button>
              </div>
            </Form>
          ))}
        </section>
      ) : (
        <p>{t("solutionReview.notPending")}</p>
      )}
      <RecordHistory entries={history} />
    </div>
  );
}
