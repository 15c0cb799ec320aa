import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../utils/format";
import type { AlertKind } from "../../shared/vocabulary/alerts";

/** A followed search in words: "Opgaven: “hitte” · Klimaatadaptatie, Gepubliceerd" (province codes as they are). */
export function AlertSearch({ kind, query }: { kind: AlertKind; query: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const params = new URLSearchParams(query);
  const label = (param: string, value: string) => {
    if (param === "thema") return f.theme(value);
    if (param === "status") return t(`challengeStatus.${value}` as "challengeStatus.published");
    if (param === "inkooproute") return t(`procurementRoutes.${value}` as "procurementRoutes.sbir");
    if (param === "volwassenheid") return t(`maturity.${value}` as "maturity.idee");
    return value;
  };
  const facets = [...params].filter(([k]) => k !== "q").map(([k, v]) => label(k, v));
  const q = params.get("q");
  return (
    <span>
      <strong>{t(kind === "challenges" ? "alerts.kind_challenges" : "alerts.kind_solutions")}</strong>: {q ? `“${q}”` : facets.length ? "" : t("alerts.everything")}
      {facets.length ? `${q ? " · " : ""}${facets.join(", ")}` : ""}
    </span>
  );
}

/** "Volg deze zoekopdracht" under a list page's heading: to the account page that confirms it (or to log in first). */
export function FollowSearchLink({ kind }: { kind: AlertKind }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  params.delete("pagina");
  params.delete("sortering");
  params.set("volg", kind);
  return (
    <p className="follow-search">
      <Link to={`/account/zoekopdrachten?${params.toString()}`}>{t("alerts.followLink")}</Link>
    </p>
  );
}
