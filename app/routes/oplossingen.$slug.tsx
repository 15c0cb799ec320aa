import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MatchList } from "../components/match-list";
import { judgementActions } from "../components/match-judgement";
import { judgementControls } from "../domain/judgements/judgements.server";
import { SolutionArticle } from "../components/solution-article";
import { challengesForSolution, suggestionsForPage } from "../domain/matching.server";
import { getPublicSolution } from "../domain/solutions/solutions.repository.server";
import { solutionEditHref } from "../domain/intake/edit-link.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const solution = await getPublicSolution(params.slug ?? "");
  if (!solution) throw new Response("Not found", { status: 404 });
  const [challenges, editHref] = await Promise.all([challengesForSolution(solution), solutionEditHref(request, solution)]);
  const judging = await judgementControls(request, { kind: "solution", id: solution.id }, challenges.results.map((r) => r.document.id));
  return { solution, challenges: suggestionsForPage(challenges), editHref, judging };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.solution.title} · Opgavenmarkt` : "Opgavenmarkt" },
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
