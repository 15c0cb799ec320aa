import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sdgLabel } from "../utils/sdg";
import type { PublicChallenge } from "../domain/challenges/challenges.repository.server";
import { useFormat } from "../utils/format";
import { ThemeTags } from "./cards";
import { MarkdownView, type MdTree } from "./markdown-view";

/** The markdown fields of a challenge, parsed by the loader: withProse(challenge, CHALLENGE_PROSE). */
export const CHALLENGE_PROSE = ["problemStatement", "localContext", "affected", "desiredOutcome", "successCriteria", "outcome", "lessonsLearned"] as const;
export type ChallengeWithProse = Omit<PublicChallenge, (typeof CHALLENGE_PROSE)[number]> & { prose: Record<(typeof CHALLENGE_PROSE)[number], MdTree> };

/** A challenge as the public reads it (the public page, and hub staff's preview before publishing). */
export function ChallengeView({
  challenge: c,
  asideExtra,
}: {
  challenge: ChallengeWithProse;
  /** Shown under the facts, e.g. hub staff's contact-mode control on the public page. */
  asideExtra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const budget =
    c.budgetMin != null && c.budgetMax != null
      ? t("challenges.budgetRange", {
          min: f.money(c.budgetMin),
          max: f.money(c.budgetMax),
        })
      : c.budgetMin != null
      ? t("challenges.budgetFrom", { min: f.money(c.budgetMin) })
      : c.budgetMax != null
      ? t("challenges.budgetUpTo", { max: f.money(c.budgetMax) })
      : t("challenges.budgetUnknown");
  const sections: [string, MdTree][] = [
    [t("challenges.problem"), c.prose.problemStatement],
    [t("challenges.context"), c.prose.localContext],
    [t("challenges.affected"), c.prose.affected],
    [t("challenges.outcome"), c.prose.desiredOutcome],
    [t("challenges.criteria"), c.prose.successCriteria],
  ];
  return (
    <article className="detail">
      <div lang={c.lang}>
        <h1>{c.title}</h1>
        <p className="card-meta" lang={undefined}>
          {t("challenges.by")}{" "}
          <Link to={`/organisaties/${c.owner.slug}`}>{c.owner.name}</Link>
          {c.coOwners.length > 0 ? (
            <>
              {" "}
              · {t("challenges.coOwners")}{" "}
              {c.coOwners.map((o, i) => (
                <span key={o.slug}>
                  {i > 0 ? ", " : ""}
                  <Link to={`/organisaties/${o.slug}`}>{o.name}</Link>
                </span>
              ))}
            </>
          ) : null}
        </p>
        {/* The key facts a reader decides on come first, also on a phone where the aside follows the text. */}
        <dl className="key-facts" lang={undefined}>
          <div>
            <dt>{t("challenges.status")}</dt>
            <dd>
              <span className="status">{t(`challengeStatus.${c.status}` as "challengeStatus.published")}</span>
            </dd>
          </div>
          {c.responseDeadline ? (
            <div>
              <dt>{t("challenges.deadline")}</dt>
              <dd>{f.date(c.responseDeadline)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("challenges.budget")}</dt>
            <dd>{budget}</dd>
          </div>
        </dl>
        <p className="lead">{c.summary}</p>
        {c.prose.outcome.length > 0 ? (
          <section>
            <h2>{t("challenges.result")}</h2>
            <MarkdownView tree={c.prose.outcome} />
          </section>
        ) : null}
        {c.prose.lessonsLearned.length > 0 ? (
          <section>
            <h2>{t("results.lessons")}</h2>
            <MarkdownView tree={c.prose.lessonsLearned} />
          </section>
        ) : null}
        {sections
          .filter(([, tree]) => tree.length > 0)
          .map(([heading, tree]) => (
            <section key={heading}>
              <h2>{heading}</h2>
              <MarkdownView tree={tree} />
            </section>
          ))}
      </div>
      <aside className="detail-aside" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("challenges.details")}</h2>
        <dl className="facts">
          <dt>{t("challenges.themes")}</dt>
          <dd>
            <ThemeTags themes={c.themes} />
          </dd>
          {c.sdgs.length > 0 ? (
            <>
              <dt>{t("challenges.sdgs")}</dt>
              <dd>{c.sdgs.map((n) => sdgLabel(t, n)).join(", ")}</dd>
            </>
          ) : null}
          <dt>{t("challenges.region")}</dt>
          <dd>{c.regions.map((r) => r.name).join(", ")}</dd>
          <dt>{t("challenges.launchingCustomer")}</dt>
          <dd>
            {c.launchingCustomerIntent
              ? t("challenges.launchingCustomerYes")
              : t("challenges.launchingCustomerNo")}
          </dd>
          <dt>{t("challenges.procurement")}</dt>
          <dd>
            {t(
              `procurementRoutes.${c.procurementRoute}` as "procurementRoutes.sbir"
            )}
          </dd>
          {c.timeline ? (
            <>
              <dt>{t("challenges.timeline")}</dt>
              <dd lang={c.lang}>{c.timeline}</dd>
            </>
          ) : null}
          <dt>{t("challenges.contact")}</dt>
          <dd>
            {c.contactName}
            {c.contactRole ? (
              <span lang={c.lang}>, {c.contactRole}</span>
            ) : null}
            <br />
            {c.contactEmail ? (
              <a href={`mailto:${c.contactEmail}`}>{c.contactEmail}</a>
            ) : null}
          </dd>
          {c.publishedAt ? (
            <>
              <dt>{t("challenges.publishedLabel")}</dt>
              <dd>{f.date(c.publishedAt)}</dd>
            </>
          ) : null}
        </dl>
        {asideExtra}
      </aside>
    </article>
  );
}
