import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeTags } from "../components/cards";
import { MarkdownView } from "../components/markdown-view";
import { withProse } from "../components/markdown.server";
import { listResults } from "../domain/challenges/challenges.repository.server";
import { useFormat } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["intake"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.results") }];

export async function loader(_: LoaderFunctionArgs) {
  // Parsed here: the page ships the small renderer, not the markdown parser (issue 15).
  return { results: (await listResults()).map((r) => withProse(r, ["outcome", "lessonsLearned"])) };
}

/** What public bodies piloted and learned: finished challenges with their outcome. */
export default function Results() {
  const { results } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="container">
      <h1>{t("results.title")}</h1>
      <p>{t("results.intro")}</p>
      {results.length === 0 ? <p>{t("results.none")}</p> : null}
      <ul className="result-list">
        {results.map((r) => (
          <li key={r.slug} className="card">
            <h2 lang={r.lang}>
              <Link to={`/opgaven/${r.slug}`}>{r.title}</Link>
            </h2>
            <p className="card-meta">
              <Link to={`/organisaties/${r.owner.slug}`}>{r.owner.name}</Link>
              {r.finishedAt ? <> · {t("results.finishedOn", { date: f.date(r.finishedAt) })}</> : null}
            </p>
            <ThemeTags themes={r.themes} />
            <div lang={r.lang}>
              <h3>{t("results.outcome")}</h3>
              <MarkdownView tree={r.prose.outcome} />
              {r.prose.lessonsLearned.length > 0 ? (
                <>
                  <h3>{t("results.lessons")}</h3>
                  <MarkdownView tree={r.prose.lessonsLearned} />
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
