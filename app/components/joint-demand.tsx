import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { JointDemand } from "../domain/joint-demand/joint-demand.server";
import { useFormat } from "../utils/format";

/**
 * "Wij ook" on the public challenge page: the other public bodies with the same need and their total expected volume
 * per unit; a link to join for visitors who are not the owner, and for the owner a link to the co-owner picker.
 */
export function JointDemandPanel({
  demand,
  slug,
  canJoin,
  ownerEditHref,
}: {
  demand: JointDemand;
  slug: string;
  canJoin: boolean;
  ownerEditHref: string | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const unit = (u: string) => t(`jointDemand.units.${u}` as "jointDemand.units.residents");
  return (
    <section id="wij-ook" aria-labelledby="wij-ook-heading" className="joint-demand">
      <h2 id="wij-ook-heading">{t("jointDemand.panelTitle")}</h2>
      {demand.bodies.length ? (
        <>
          <p>
            {t("jointDemand.totals")}{" "}
            {demand.totals.map((x, i) => (
              <span key={x.unit}>
                {i > 0 ? ", " : ""}
                <strong>
                  {f.number(x.volume, 0)} {unit(x.unit)}
                </strong>
              </span>
            ))}
          </p>
          <table className="utrecht-table data-table">
            <caption className="visually-hidden">{t("jointDemand.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("jointDemand.body")}</th>
                <th scope="col">{t("jointDemand.volume")}</th>
                <th scope="col">{t("jointDemand.note")}</th>
              </tr>
            </thead>
            <tbody>
              {demand.bodies.map((b) => (
                <tr key={b.organisationId}>
                  <td>
                    <Link to={`/organisaties/${b.slug}`}>{b.name}</Link>
                  </td>
                  <td>
                    {f.number(b.volume, 0)} {unit(b.unit)}
                  </td>
                  <td>{b.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{t("jointDemand.none")}</p>
      )}
      {ownerEditHref && demand.bodies.length ? (
        <p>
          {t("jointDemand.ownerHint")} <Link to={ownerEditHref}>{t("jointDemand.inviteCoOwners")}</Link>
        </p>
      ) : null}
      {canJoin ? (
        <p>
          <Link to={`/opgaven/${slug}/wij-ook`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            {t("jointDemand.join")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
