import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Card, ChallengeCardData, SolutionCardData } from "../domain/search.server";
import { useFormat } from "../utils/format";
import { Highlight } from "./highlight";


export function ThemeTags({ themes }: { themes: string[] }) {
  const f = useFormat();
  const { t } = useTranslation();
  if (themes.length === 0) return null;
  return (
    <ul className="tags" aria-label={t("challenges.themes")}>
      {themes.map((slug) => (
        <li key={slug} className="tag">
          {f.theme(slug)}
        </li>
      ))}
    </ul>
  );
}

export function ChallengeCard({ challenge, headingLevel = 3 }: { challenge: Card<ChallengeCardData>; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const f = useFormat();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <Heading>
        <Link to={`/opgaven/${challenge.slug}`} lang={challenge.lang}>
          <Highlight text={challenge._formatted?.title} fallback={challenge.title} />
        </Link>
      </Heading>
      <p className="card-meta">
        {challenge.ownerName} · <span className="status">{t(`challengeStatus.${challenge.status}` as "challengeStatus.published")}</span>
      </p>
      <p lang={challenge.lang}>
        <Highlight text={challenge._formatted?.summary} fallback={challenge.summary} />
      </p>
      <ThemeTags themes={challenge.themes} />
      {challenge.responseDeadline && challenge.status === "published" ? (
        <p className="card-meta">
          {t("challenges.deadline")}: {f.date(challenge.responseDeadline)}
        </p>
      ) : null}
    </li>
  );
}

export function SolutionCard({ solution, headingLevel = 3 }: { solution: Card<SolutionCardData>; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <Heading>
        <Link to={`/oplossingen/${solution.slug}`} lang={solution.lang}>
          <Highlight text={solution._formatted?.title} fallback={solution.title} />
        </Link>
      </Heading>
      <p className="card-meta">
        {solution.organisationName} · <span className="status">{t(`maturity.${solution.maturity}` as "maturity.idee")}</span>
      </p>
      <p lang={solution.lang}>
        <Highlight text={solution._formatted?.summary} fallback={solution.summary} />
      </p>
      <ThemeTags themes={solution.themes} />
      {solution.deploymentNames.length > 0 ? (
        <p className="card-meta">
          {t("solutions.deployments")}: {solution.deploymentNames.slice(0, 4).join(", ")}
          {solution.deploymentNames.length > 4 ? ` +${solution.deploymentNames.length - 4}` : ""}
        </p>
      ) : null}
    </li>
  );
}
