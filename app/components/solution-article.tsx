import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sdgLabel } from "../utils/sdg";
import type { PublicSolution } from "../domain/solutions/solutions.repository.server";
import { useFormat } from "../utils/format";
import { ThemeTags } from "./cards";
import { WebsiteLink } from "./external-link";
import { MarkdownView, type MdTree } from "./markdown-view";

/**
 * The body of a solution page: text, deployments (with the body's confirmation) and facts. Used by the public
 * page and by the review preview of hub staff, so staff see what the public will see.
 */
/** The markdown fields of a solution, parsed by the loader: withProse(solution, SOLUTION_PROSE). */
export const SOLUTION_PROSE = ["description"] as const;
export type SolutionWithProse = Omit<PublicSolution, "description"> & { prose: Record<"description", MdTree> };

export function SolutionArticle({ solution: s }: { solution: SolutionWithProse }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
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
          <MarkdownView tree={s.prose.description} />
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
                  {d.confirmation === "confirmed" ? (
                    <>
                      {" "}
                      <span className="tag">{t("solutionIntake.confirmedBy", { kind: d.code.startsWith("PV") ? t("solutionIntake.province") : t("solutionIntake.municipality") })}</span>
                    </>
                  ) : null}
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
              <dd>{s.sdgs.map((n) => sdgLabel(t, n)).join(", ")}</dd>
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
  );
}
