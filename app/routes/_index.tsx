import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeCard } from "../components/cards";
import { latestChallenges, marketStats } from "../domain/challenges/challenges.repository.server";
import { toCard, type ChallengeCardData } from "../domain/search.server";
import { listThemes } from "../domain/themes.server";
import { useFormat } from "../utils/format";
import { metaText, siteTitle } from "../i18n/meta";

export const meta: MetaFunction = ({ matches }) => [
  { title: siteTitle(matches) },
  { name: "description", content: `${metaText(matches, "meta.tagline")}.` },
];

export async function loader() {
  const [latest, stats, themes] = await Promise.all([latestChallenges(6), marketStats(), listThemes()]);
  // A tile counts the open challenges of its theme and opens exactly that list; a theme without any has no tile.
  const tiles = themes
    .map((t) => ({ slug: t.slug, count: stats.perTheme[t.slug] ?? 0, href: `/opgaven?thema=${encodeURIComponent(t.slug)}&status=published` }))
    .filter((t) => t.count > 0);
  return { latest: latest.map((c) => toCard<ChallengeCardData>("challenges", c)), stats, themes: tiles };
}

export default function Home() {
  const { latest, stats, themes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t("home.title")}</h1>
          <p>{t("home.intro")}</p>
          <div className="hero-actions">
            <Link to="/opgaven" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
              {t("home.ctaChallenges")}
            </Link>
            <Link to="/oplossingen" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
              {t("home.ctaSolutions")}
            </Link>
          </div>
        </div>
      </section>
      <div className="container">
        <section aria-labelledby="stats-heading">
          <h2 id="stats-heading">{t("home.stats")}</h2>
          <ul className="stats">
            <li>
              <span className="stat-number">{f.number(stats.challenges)}</span> {t("home.statChallenges")}
            </li>
            <li>
              <span className="stat-number">{f.number(stats.publicBodies)}</span> {t("home.statBodies")}
            </li>
            <li>
              <span className="stat-number">{f.number(stats.solutions)}</span> {t("home.statSolutions")}
            </li>
            <li>
              <span className="stat-number">{f.number(stats.providers)}</span> {t("home.statCompanies")}
            </li>
          </ul>
        </section>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t("home.latest")}</h2>
          <ul className="card-list">
            {latest.map((c) => (
              <ChallengeCard key={c.id} challenge={c} />
            ))}
          </ul>
          <p>
            <Link to="/opgaven">{t("home.allChallenges")}</Link>
          </p>
        </section>
        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading">{t("home.themes")}</h2>
          <ul className="theme-grid">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <Link to={theme.href}>
                  <span>{f.theme(theme.slug)}</span>
                  <span className="theme-count">{t("home.themeCount", { count: theme.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="how-heading">
          <h2 id="how-heading">{t("home.how")}</h2>
          <ol className="steps">
            <li>
              <h3>{t("home.how1Title")}</h3>
              <p>{t("home.how1")}</p>
            </li>
            <li>
              <h3>{t("home.how2Title")}</h3>
              <p>{t("home.how2")}</p>
            </li>
            <li>
              <h3>{t("home.how3Title")}</h3>
              <p>{t("home.how3")}</p>
            </li>
          </ol>
        </section>
      </div>
    </>
  );
}
