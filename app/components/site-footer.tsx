import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <p>{t("footer.about")}</p>
        <ul className="footer-links">
          <li>
            <Link to="/contact">{t("footer.contact")}</Link>
          </li>
          <li>
            <Link to="/privacy">{t("footer.privacy")}</Link>
          </li>
          <li>
            <Link to="/toegankelijkheid">{t("footer.accessibility")}</Link>
          </li>
          <li>
            <Link to="/open-data">{t("footer.openData")}</Link>
          </li>
          <li>{t("footer.source")}</li>
        </ul>
      </div>
    </footer>
  );
}
