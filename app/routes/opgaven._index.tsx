import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeCard } from "../components/cards";
import { SearchResults } from "../components/search-form";
import { FollowSearchLink } from "../components/alert-search";
import { latestChallenges } from "../domain/challenges/challenges.repository.server";
import { listProvinces, parseSearchParams, searchChallenges, PAGE_SIZE, SORTS } from "../domain/search.server";
import { metaText, pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["browse", "joint"] } satisfies I18nHandle;

/** Feed readers find the challenge feed from the list page (its title in the page language). */
export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle(matches, "titles.challenges") },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/open-data/opgaven.atom", title: metaText(matches, "titles.challengesFeed") },
];

// Public page: no access check (published challenges only, see ADR 0006).
export async function loader({ request }: LoaderFunctionArgs) {
  const provinces = await listProvinces();
  const params = parseSearchParams(new URL(request.url), "challenges", provinces);
  const result = await searchChallenges(params, () => latestChallenges(PAGE_SIZE), provinces);
  return { result, sorts: SORTS.challenges };
}

export default function ChallengeList() {
  const { result, sorts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container">
      <h1>{t("challenges.title")}</h1>
      <p>{t("challenges.intro")}</p>
      <FollowSearchLink kind="challenges" />
      <SearchResults
        result={result}
        sorts={sorts}
        provinceHint={t("browse.provincesHintChallenges")}
        renderItem={(c) => <ChallengeCard key={c.id} challenge={c} headingLevel={2} />}
      />
      <p className="feed-link">
        <Link to="/open-data">{t("browse.feed")}</Link>
      </p>
    </div>
  );
}
