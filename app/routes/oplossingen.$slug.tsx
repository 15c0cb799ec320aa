import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MatchList } from "../components/match-list";
import { judgementActions } from "../components/match-judgement";
import { judgementControls } from "../domain/judgements/judgements.server";
import { SOLUTION_PROSE, SolutionArticle } from "../components/solution-article";
import { withProse } from "../components/markdown.server";
import { challengesForSolution, suggestionsForPage } from "../domain/matching.server";
import { getPublicSolution } from "../domain/solutions/solutions.repository.server";
import { solutionEditHref } from "../domain/intake/edit-link.server";
import { recordTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["solution-intake", "owners", "judgements"] } satisfies I18nHandle;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const solution = await getPublicSolution(params.slug ?? "");
  if (!solution) throw new Response("Not found", { status: 404 });
  const [challenges, editHref] = await Promise.all([challengesForSolution(solution), solutionEditHref(request, solution)]);
  const judging = await judgementControls(request, { kind: "solution", id: solution.id }, challenges.results.map((r) => r.document.id));
  return { solution: withProse(solution, SOLUTION_PROSE), challenges: suggestionsForPage(challenges), editHref, judging };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: recordTitle(matches, data?.solution.title) },
  { name: "description", content: data?.solution.summary ?? "" },
];

export default function SolutionDetail() {
  const { solution: s, challenges, editHref, judging } = useLoaderData<typeof loader>();
  const judge = judgementActions(judging, (challengeId) => ({ challengeId, solutionId: s.id }), "matching-challenges");
  const { t } = useTranslation();
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/oplossingen">{t("solutions.back")}</Link>
        {editHref ? (
          <>
            {" · "}
            <Link to={editHref} className="edit-link">
              {t("owners.editSolution")}
            </Link>
          </>
        ) : null}
      </p>
      <SolutionArticle solution={s} />
      <MatchList
        id="matching-challenges"
        title={t("matching.challengesTitle")}
        intro={judge ? `${t("matching.challengesIntro")} ${t("judgements.listHint")}` : t("matching.challengesIntro")}
        items={challenges.results}
        unavailable={challenges.unavailable}
        hrefBase="/opgaven"
        actions={judge}
      />
    </div>
  );
}
