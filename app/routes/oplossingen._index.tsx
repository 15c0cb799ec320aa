import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { THEME_SLUGS } from "../../db/reference/themes";
import { SolutionCard } from "../components/cards";
import { SearchResults } from "../components/search-form";
import { parseSearchParams, searchSolutions, PAGE_SIZE } from "../domain/search.server";
import { latestSolutions } from "../domain/solutions.server";

export const meta: MetaFunction = () => [{ title: "Oplossingen · Opgavenmarkt" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseSearchParams(new URL(request.url));
  const result = await searchSolutions(params, () => latestSolutions(PAGE_SIZE));
  return { result, themes: [...THEME_SLUGS] };
}

export default function SolutionList() {
  const { result, themes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container">
      <h1>{t("solutions.title")}</h1>
      <p>{t("solutions.intro")}</p>
      <SearchResults result={result} themes={themes} renderItem={(s) => <SolutionCard key={s.id} solution={s} headingLevel={2} />} />
    </div>
  );
}
