import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeView } from "../components/challenge-view";
import { MatchList } from "../components/match-list";
import { getPublicChallenge } from "../domain/challenges.server";
import { similarChallenges, solutionsForChallenge } from "../domain/matching.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  const [solutions, similar] = await Promise.all([
    solutionsForChallenge(challenge),
    similarChallenges(challenge, challenge.owner.id),
  ]);
  return { challenge, solutions, similar };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.challenge.title} · Opgavenmarkt` : "Opgavenmarkt" },
  { name: "description", content: data?.challenge.summary ?? "" },
];

export default function ChallengeDetail() {
  const { challenge: c, solutions, similar } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/opgaven">{t("challenges.back")}</Link>
      </p>
      <ChallengeView challenge={c} />
      <MatchList
        id="matching-solutions"
        title={t("matching.solutionsTitle")}
        intro={t("matching.solutionsIntro")}
        items={solutions.results}
        unavailable={solutions.unavailable}
        hrefBase="/oplossingen"
      />
      <MatchList
        id="similar-challenges"
        title={t("matching.similarTitle")}
        intro={t("matching.similarIntro")}
        items={similar.results}
        unavailable={similar.unavailable}
        hrefBase="/opgaven"
      />
    </div>
  );
}
