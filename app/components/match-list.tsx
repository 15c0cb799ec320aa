import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../utils/format";

interface MatchItem {
  id: string;
  score: number;
  document: { id: string; slug: string; title: string; summary?: string; lang: string; ownerName?: string; organisationName?: string };
  explanation: { sharedThemes: string[]; matchingTerms: string[]; deployments: string[]; sameProvince: boolean };
}

/** A ranked list of suggestions, each with its readable explanation. */
export function MatchList({
  id,
  title,
  intro,
  items,
  unavailable,
  hrefBase,
}: {
  id: string;
  title: string;
  intro: string;
  items: MatchItem[];
  unavailable: boolean;
  hrefBase: "/opgaven" | "/oplossingen";
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section aria-labelledby={id} className="matches">
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {unavailable ? <p className="notice">{t("matching.unavailable")}</p> : null}
      {!unavailable && items.length === 0 ? <p>{t("matching.none")}</p> : null}
      <ol className="match-list">
        {items.map((m) => (
          <li key={m.id} className="match">
            <h3>
              <Link to={`${hrefBase}/${m.document.slug}`} lang={m.document.lang}>
                {m.document.title}
              </Link>
            </h3>
            <p className="card-meta">
              {m.document.ownerName ?? m.document.organisationName} · {t("matching.score", { score: f.number(Math.round(m.score * 100) / 100) })}
            </p>
            <dl className="explanation">
              {m.explanation.sharedThemes.length ? (
                <div>
                  <dt>{t("matching.sharedThemes")}</dt>
                  <dd>{m.explanation.sharedThemes.map((slug) => f.theme(slug)).join(", ")}</dd>
                </div>
              ) : null}
              {m.explanation.matchingTerms.length ? (
                <div>
                  <dt>{t("matching.matchingTerms")}</dt>
                  <dd>{m.explanation.matchingTerms.join(", ")}</dd>
                </div>
              ) : null}
              {m.explanation.deployments.length ? (
                <div>
                  <dt>{t("matching.usedBy")}</dt>
                  <dd>
                    {m.explanation.deployments.slice(0, 5).join(", ")}
                    {m.explanation.sameProvince ? ` (${t("matching.sameProvince")})` : ""}
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
