import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../utils/format";

/** What a suggestion shows as its "why": each part is something a person can check in both texts. */
export interface ExplanationView {
  sharedThemes: string[];
  matchingTerms: string[];
  deployments: string[];
  sameProvince?: boolean;
  /** Absent on matches stored before strengths existed. */
  strength?: "strong" | "possible";
}

interface MatchItem {
  id: string;
  document: { id: string; slug: string; title: string; summary?: string; lang: string; ownerName?: string; organisationName?: string };
  explanation: ExplanationView;
}

/** A suggestion's strength in words ("Sterke match" / "Mogelijk relevant"), never a bare number. */
export function Strength({ strength }: { strength?: "strong" | "possible" }) {
  const { t } = useTranslation();
  if (!strength) return null;
  return <strong className={`match-strength match-strength-${strength}`}>{t(`matching.strength.${strength}`)}</strong>;
}

/** A ranked list of suggestions, each with its readable explanation. */
export function MatchList({
  id,
  title,
  intro,
  items,
  unavailable,
  hrefBase,
  actions,
}: {
  id: string;
  title: string;
  intro: string;
  items: MatchItem[];
  unavailable: boolean;
  hrefBase: "/opgaven" | "/oplossingen";
  /** Controls shown under an item (e.g. the challenge owner's "interessant"). */
  actions?: (item: MatchItem) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="matches">
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {unavailable ? <p className="utrecht-alert utrecht-alert--warning notice">{t("matching.unavailable")}</p> : null}
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
              <Strength strength={m.explanation.strength} /> · {m.document.ownerName ?? m.document.organisationName}
            </p>
            <Explanation explanation={m.explanation} />
            {actions?.(m)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The readable "why" of a match: shared themes, matching terms and where the solution is already used. */
export function Explanation({ explanation: e }: { explanation: ExplanationView }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <dl className="explanation">
      {e.sharedThemes.length ? (
        <div>
          <dt>{t("matching.sharedThemes")}</dt>
          <dd>{e.sharedThemes.map((slug) => f.theme(slug)).join(", ")}</dd>
        </div>
      ) : null}
      {e.matchingTerms.length ? (
        <div>
          <dt>{t("matching.matchingTerms")}</dt>
          <dd>{e.matchingTerms.join(", ")}</dd>
        </div>
      ) : null}
      {e.deployments.length ? (
        <div>
          <dt>{t("matching.usedBy")}</dt>
          <dd>
            {e.deployments.slice(0, 5).join(", ")}
            {e.sameProvince ? ` (${t("matching.sameProvince")})` : ""}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
