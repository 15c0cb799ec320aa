import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { THEME_SLUGS } from "../../db/reference/themes";
import { ChallengeCard } from "../components/cards";
import { SearchResults } from "../components/search-form";
import { latestChallenges } from "../domain/challenges.server";
import { parseSearchParams, searchChallenges, PAGE_SIZE } from "../domain/search.server";

export const meta: MetaFunction = () => [{ title: "Opgaven · Opgavenmarkt" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseSearchParams(new URL(request.url));
  const result = await searchChallenges(params, () => latestChallenges(PAGE_SIZE));
  return { result, themes: [...THEME_SLUGS] };
}

export default function ChallengeList() {
  const { result, themes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container">
      <h1>{t("challenges.title")}</h1>
      <p>{t("challenges.intro")}</p>
      <SearchResults result={result} themes={themes} renderItem={(c) => <ChallengeCard key={c.id} challenge={c} headingLevel={2} />} />
    </div>
  );
}
