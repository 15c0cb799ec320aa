import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";

export const meta: MetaFunction = () => [{ title: "Toegankelijkheidsverklaring · Opgavenmarkt" }];

export default function AccessibilityStatement() {
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <h1>{t("accessibility.title")}</h1>
      <p>{t("accessibility.intro")}</p>
      <h2>{t("accessibility.statusTitle")}</h2>
      <p>{t("accessibility.status")}</p>
      <h2>{t("accessibility.measuresTitle")}</h2>
      <ul>
        <li>{t("accessibility.measures1")}</li>
        <li>{t("accessibility.measures2")}</li>
        <li>{t("accessibility.measures3")}</li>
        <li>{t("accessibility.measures4")}</li>
      </ul>
      <h2>{t("accessibility.limitsTitle")}</h2>
      <p>{t("accessibility.limits")}</p>
      <h2>{t("accessibility.contactTitle")}</h2>
      <p>{t("accessibility.contact")}</p>
      <p className="muted">{t("accessibility.updated")}</p>
    </div>
  );
}
