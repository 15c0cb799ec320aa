import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SolutionCard } from "../components/cards";
import { SearchResults } from "../components/search-form";
import { FollowSearchLink } from "../components/alert-search";
import { listProvinces, parseSearchParams, searchSolutions, PAGE_SIZE, SORTS } from "../domain/search.server";
import { latestSolutions } from "../domain/solutions/solutions.repository.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["browse", "joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.solutions") }];

// Public page: no access check (published solutions only, see ADR 0006).
export async function loader({ request }: LoaderFunctionArgs) {
  const provinces = await listProvinces();
  const params = parseSearchParams(new URL(request.url), "solutions", provinces);
  const result = await searchSolutions(params, () => latestSolutions(PAGE_SIZE), provinces);
  return { result, sorts: SORTS.solutions };
}

export default function SolutionList() {
  const { result, sorts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container">
      <h1>{t("solutions.title")}</h1>
      <p>{t("solutions.intro")}</p>
      <FollowSearchLink kind="solutions" />
      <SearchResults
        result={result}
        sorts={sorts}
        provinceHint={t("browse.provincesHintSolutions")}
        renderItem={(s) => <SolutionCard key={s.id} solution={s} headingLevel={2} />}
      />
    </div>
  );
}
