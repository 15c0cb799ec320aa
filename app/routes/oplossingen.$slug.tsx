import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeTags } from "../components/cards";
import { WebsiteLink } from "../components/external-link";
import { Markdown } from "../components/markdown";
import { MatchList } from "../components/match-list";
import { challengesForSolution } from "../domain/matching.server";
import { getPublicSolution } from "../domain/solutions.server";
import { useFormat } from "../utils/format";

export async function loader({ params }: LoaderFunctionArgs) {
  const solution = await getPublicSolution(params.slug ?? "");
  if (!solution) throw new Response("Not found", { status: 404 });
  return { solution, challenges: await challengesForSolution(solution) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.solution.title} · Opgavenmarkt` : "Opgavenmarkt" },
  { name: "description", content: data?.solution.summary ?? "" },
];

export default function SolutionDetail() {
  const { solution: s, challenges } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/oplossingen">{t("solutions.back")}</Link>
      </p>
      <article className="detail">
        <div lang={s.lang}>
          <h1>{s.title}</h1>
          <p className="card-meta">
            <span lang={undefined}>{t("solutions.by")}</span>{" "}
            <Link to={`/organisaties/${s.organisation.slug}`}>{s.organisation.name}</Link>
          </p>
          <p className="lead">{s.summary}</p>
          <section>
            <h2>{t("solutions.description")}</h2>
            <Markdown text={s.description} />
          </section>
          <section>
            <h2>{t("solutions.deployments")}</h2>
            {s.deployments.length === 0 ? (
              <p>{t("solutions.noDeployments")}</p>
            ) : (
              <ul className="plain-list">
                {s.deployments.map((d) => (
                  <li key={d.code}>
                    {d.orgSlug ? <Link to={`/organisaties/${d.orgSlug}`}>{d.name}</Link> : d.name}:{" "}
                    {t(`deploymentStatus.${d.status}` as "deploymentStatus.active")}
                    {d.since ? `, ${t("solutions.since", { date: f.date(d.since) })}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="detail-aside" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t("solutions.details")}</h2>
          <dl className="facts">
            <dt>{t("solutions.maturity")}</dt>
            <dd>{t(`maturity.${s.maturity}` as "maturity.idee")}</dd>
            <dt>{t("challenges.themes")}</dt>
            <dd>
              <ThemeTags themes={s.themes} />
            </dd>
            {s.sdgs.length > 0 ? (
              <>
                <dt>{t("challenges.sdgs")}</dt>
                <dd>{s.sdgs.map((n) => t("sdg.label", { n })).join(", ")}</dd>
              </>
            ) : null}
            <dt>{t("solutions.targetGroups")}</dt>
            <dd>{s.targetGroups.map((g) => t(`targetGroups.${g}` as "targetGroups.gemeente")).join(", ")}</dd>
            {s.assurances.length > 0 ? (
              <>
                <dt>{t("solutions.assurances")}</dt>
                <dd>
                  <ul className="plain-list">
                    {s.assurances.map((a) => (
                      <li key={a}>{t(`assurances.${a}` as "assurances.wcag")}</li>
                    ))}
                    {s.openSourceLicence ? <li>{t("solutions.licence", { licence: s.openSourceLicence })}</li> : null}
                  </ul>
                </dd>
              </>
            ) : null}
            {s.hosting ? (
              <>
                <dt>{t("solutions.hosting")}</dt>
                <dd>{t(`hosting.${s.hosting}` as "hosting.hybride")}</dd>
              </>
            ) : null}
            {s.pricingModel ? (
              <>
                <dt>{t("solutions.pricing")}</dt>
                <dd>{t(`pricing.${s.pricingModel}` as "pricing.gratis")}</dd>
              </>
            ) : null}
            {s.website ? (
              <>
                <dt>{t("solutions.website")}</dt>
                <dd>
                  <WebsiteLink url={s.website} />
                </dd>
              </>
            ) : null}
            <dt>{t("solutions.contact")}</dt>
            <dd>
              {s.contactName}
              {s.contactRole ? <span lang={s.lang}>, {s.contactRole}</span> : null}
              <br />
              <a href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a>
            </dd>
          </dl>
        </aside>
      </article>
      <MatchList
        id="matching-challenges"
        title={t("matching.challengesTitle")}
        intro={t("matching.challengesIntro")}
        items={challenges.results}
        unavailable={challenges.unavailable}
        hrefBase="/opgaven"
      />
    </div>
  );
}
