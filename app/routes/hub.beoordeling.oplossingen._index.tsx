import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../components/form";
import { requireHubPermission } from "../domain/auth/access.server";
import { reviewQueue } from "../domain/intake/solution-review.server";
import { listThemes } from "../domain/themes.server";
import { useFormat } from "../utils/format";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["solution-intake"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.reviewSolutions") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "solution.review");
  const themes = await listThemes();
  const asked = new URL(request.url).searchParams.get("thema") ?? "";
  const theme = themes.some((t) => t.slug === asked) ? asked : null;
  const queue = await reviewQueue(theme);
  return data(
    { themes, theme, queue: queue.map((q) => ({ ...q, submittedAt: q.submittedAt?.toISOString() ?? null })) },
    { headers: NO_STORE },
  );
}

export default function SolutionReviewQueue() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { themes, theme, queue } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("solutionReview.queueTitle")}</h1>
      <p>{t("solutionReview.queueIntro")}</p>
      <Form method="get" className="form inline-filter">
        <SelectField name="thema" label={t("solutionReview.filterTheme")} placeholder={t("solutionReview.allThemes")} defaultValue={theme ?? ""}>
          {themes.map((th) => (
            <option key={th.slug} value={th.slug}>
              {i18n.language === "en" ? th.labelEn : th.labelNl}
            </option>
          ))}
        </SelectField>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("solutionReview.filter")}
          </button>
        </div>
      </Form>
      {queue.length === 0 ? (
        <p>{t("solutionReview.empty")}</p>
      ) : (
        <ol className="plain-list record-list">
          {queue.map((q) => (
            <li key={q.id}>
              <Link to={`/hub/beoordeling/oplossingen/${q.id}`} lang={q.lang}>
                {q.title}
              </Link>{" "}
              <span className="card-meta">
                {q.organisation} · {q.submittedAt ? t("solutionReview.submittedOn", { date: f.date(q.submittedAt) }) : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
