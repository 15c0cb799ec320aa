import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeTags } from "../components/cards";
import { Markdown } from "../components/markdown";
import { listResults } from "../domain/challenges/challenges.repository.server";
import { useFormat } from "../utils/format";
import { pageTitle } from "../i18n/meta";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.results") }];

export async function loader(_: LoaderFunctionArgs) {
  return { results: await listResults() };
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
              <Markdown text={r.outcome} />
              {r.lessonsLearned ? (
                <>
                  <h3>{t("results.lessons")}</h3>
                  <Markdown text={r.lessonsLearned} />
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
