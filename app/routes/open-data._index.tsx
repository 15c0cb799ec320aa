import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { metaText, pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["browse"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle(matches, "titles.openData") },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/open-data/opgaven.atom", title: metaText(matches, "titles.challengesFeed") },
];

/** Field names as they appear in opgaven.json, in the order of the file (see app/domain/open-data.server.ts). */
const FIELDS = [
  ["id", "id"],
  ["url", "url"],
  ["slug", "slug"],
  ["language", "language"],
  ["title", "title"],
  ["summary", "summary"],
  ["texts", "problemStatement, localContext, affected, desiredOutcome, successCriteria"],
  ["outcome", "outcome"],
  ["status", "status"],
  ["procurementRoute", "procurementRoute"],
  ["budget", "budget"],
  ["launchingCustomerIntent", "launchingCustomerIntent"],
  ["responseDeadline", "responseDeadline"],
  ["timeline", "timeline"],
  ["owner", "owner"],
  ["coOwners", "coOwners"],
  ["themes", "themes"],
  ["sdgs", "sdgs"],
  ["regions", "regions"],
  ["publishedAt", "publishedAt"],
  ["updatedAt", "updatedAt"],
] as const;

/** A static page (no loader): what the open data holds, its licence and links to both files. */
export default function OpenData() {
  const { t, i18n } = useTranslation();
  return (
    <div className="container narrow">
      <h1>{t("openData.title")}</h1>
      <p className="lead">{t("openData.intro")}</p>
      <h2>{t("openData.filesTitle")}</h2>
      <ul>
        <li>
          <a href="/open-data/opgaven.json" type="application/json">
            {t("openData.json")}
          </a>{" "}
          (<code>/open-data/opgaven.json</code>). {t("openData.jsonText")}
        </li>
        <li>
          <a href="/open-data/opgaven.atom" type="application/atom+xml">
            {t("openData.atom")}
          </a>{" "}
          (<code>/open-data/opgaven.atom</code>). {t("openData.atomText")}
        </li>
      </ul>
      <h2>{t("openData.licenceTitle")}</h2>
      <p>{t("openData.licence")}</p>
      <p>
        <a href={`https://creativecommons.org/publicdomain/zero/1.0/deed.${i18n.language === "en" ? "en" : "nl"}`} rel="license">
          {t("openData.licenceLink")}
        </a>{" "}
        {t("common.externalLink")}
      </p>
      <h2>{t("openData.useTitle")}</h2>
      <p>{t("openData.use")}</p>
      <h2>{t("openData.excludedTitle")}</h2>
      <p>{t("openData.excluded")}</p>
      <h2 id="fields">{t("openData.fieldsTitle")}</h2>
      <p>{t("openData.fieldsIntro")}</p>
      <div className="table-scroll">
        <table className="field-table" aria-labelledby="fields">
          <thead>
            <tr>
              <th scope="col">{t("openData.field")}</th>
              <th scope="col">{t("openData.meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map(([key, name]) => (
              <tr key={key} id={key === "themes" ? "themes" : undefined}>
                <td>
                  <code>{name}</code>
                </td>
                <td>{t(`openData.fields.${key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("openData.softwareTitle")}</h2>
      <p>{t("openData.software")}</p>
    </div>
  );
}
