import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeCard, SolutionCard } from "../components/cards";
import { WebsiteLink } from "../components/external-link";
import { getOrganisationPage } from "../domain/organisations/organisations.repository.server";
import { isPublicBodyKind } from "../../shared/vocabulary/organisations";
import { recordTitle } from "../i18n/meta";

export async function loader({ params }: LoaderFunctionArgs) {
  const page = await getOrganisationPage(params.slug ?? "");
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: recordTitle(matches, data?.organisation.name) },
];

export default function OrganisationDetail() {
  const { organisation: o, challenges, solutions, uses } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const isPublicBody = isPublicBodyKind(o.kind);
  return (
    <div className="container">
      <h1>{o.name}</h1>
      <dl className="facts">
        <dt>{t(`kinds.${o.kind}` as "kinds.gemeente")}</dt>
        <dd>{o.verified ? t("organisations.verified") : t("organisations.notVerified")}</dd>
        {o.cbsCode ? (
          <>
            <dt>{t("organisations.cbs")}</dt>
            <dd>{o.cbsCode}</dd>
          </>
        ) : null}
        {o.provinceName ? (
          <>
            <dt>{t("organisations.province")}</dt>
            <dd>{o.provinceName}</dd>
          </>
        ) : null}
        {o.kvkNumber ? (
          <>
            <dt>{t("organisations.kvk")}</dt>
            <dd>{o.kvkNumber}</dd>
          </>
        ) : null}
        {o.website ? (
          <>
            <dt>{t("organisations.website")}</dt>
            <dd>
              <WebsiteLink url={o.website} />
            </dd>
          </>
        ) : null}
      </dl>
      {o.description ? <p className="lead">{o.description}</p> : null}

      {isPublicBody || challenges.length > 0 ? (
        <section aria-labelledby="org-challenges">
          <h2 id="org-challenges">{t("organisations.challenges")}</h2>
          {challenges.length === 0 ? (
            <p>{t("organisations.noChallenges")}</p>
          ) : (
            <ul className="card-list">
              {challenges.map((c) => (
                <ChallengeCard key={c.id} challenge={c} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {isPublicBody && uses.length > 0 ? (
        <section aria-labelledby="org-uses">
          <h2 id="org-uses">{t("organisations.uses")}</h2>
          <ul className="card-list">
            {uses.map((s) => (
              <SolutionCard key={s.id} solution={s} />
            ))}
          </ul>
        </section>
      ) : null}
      {!isPublicBody ? (
        <section aria-labelledby="org-solutions">
          <h2 id="org-solutions">{t("organisations.solutions")}</h2>
          {solutions.length === 0 ? (
            <p>{t("organisations.noSolutions")}</p>
          ) : (
            <ul className="card-list">
              {solutions.map((s) => (
                <SolutionCard key={s.id} solution={s} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
