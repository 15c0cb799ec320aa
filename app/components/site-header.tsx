import { Form, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { isHubRole } from "../../shared/vocabulary/accounts";
import { isPublicBodyKind, isRegionKind, isSolutionProviderKind } from "../../shared/vocabulary/organisations";
import { NotificationBell } from "./notification-bell";

export function SiteHeader({
  user,
}: {
  user: { name: string; organisation?: string | null; organisationKind?: string | null; membershipVerified?: boolean; platformRole?: string; unreadNotifications?: number } | null;
}) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  const other = i18n.language === "en" ? "nl" : "en";
  const menu = useRef<HTMLDetailsElement>(null);
  // With JavaScript a client-side navigation keeps the header mounted: close the phone menu when the page changes.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.key]);
  // Escape closes the open menu and returns focus to its button.
  useEffect(() => {
    const details = menu.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details?.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    details?.addEventListener("keydown", onKey);
    return () => details?.removeEventListener("keydown", onKey);
  }, []);
  return (
    <header className="site-header">
      <a href="#inhoud" className="skip-link">
        {t("nav.skipToContent")}
      </a>
      <div className="container header-bar">
        <a href="/" className="logo" aria-label={`${t("meta.siteName")}: ${t("nav.home")}`}>
          <span className="logo-mark" aria-hidden="true">
            O
          </span>
          <span className="logo-text">
            <span className="logo-name">{t("meta.siteName")}</span>
            <span className="logo-tagline">{t("meta.tagline")}</span>
          </span>
        </a>
        {/* A disclosure that works without JavaScript: on a phone the summary is the menu button and the main
            navigation below shows only while it is open (app.css); on wider screens everything is always shown. */}
        <details className="site-menu" ref={menu}>
          <summary className="menu-button">
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
              <path fill="currentColor" d="M3 5h18v2H3zm0 6h18v2H3zm0 6h18v2H3z" />
            </svg>
            {t("nav.menu")}
          </summary>
          <div className="header-tools">
            <Form method="post" action="/taal" className="inline-form" reloadDocument>
              <input type="hidden" name="locale" value={other} />
              <input type="hidden" name="redirectTo" value={here} />
              <button type="submit" className="link-button" lang={other} aria-label={t("nav.switchToLabel")}>
                {t("nav.switchTo")}
              </button>
            </Form>
            {user ? (
              <>
                <span className="signed-in">{t("nav.signedInAs", { name: user.name })}</span>
                <a href="/berichten" className="link-button">
                  {t("nav.inbox")}
                </a>
                <NotificationBell count={user.unreadNotifications ?? 0} />
                <a href="/account" className="link-button">
                  {t("nav.account")}
                </a>
                <a href="/organisatie/kiezen" className="link-button">
                  {user.organisation ?? t("nav.organisation")}
                </a>
                <Form method="post" action="/uitloggen" className="inline-form">
                  <button type="submit" className="link-button">
                    {t("nav.logout")}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <a href={`/inloggen?redirectTo=${encodeURIComponent(here)}`} className="link-button">
                  {t("nav.login")}
                </a>
                <a href="/registreren" className="link-button">
                  {t("nav.signup")}
                </a>
              </>
            )}
          </div>
        </details>
      </div>
      <nav className="main-nav" aria-label={t("nav.main")}>
        <ul className="container">
          <li>
            <NavLink to="/" end>
              {t("nav.home")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/opgaven">{t("nav.challenges")}</NavLink>
          </li>
          <li>
            <NavLink to="/oplossingen">{t("nav.solutions")}</NavLink>
          </li>
          <li>
            <NavLink to="/resultaten">{t("nav.results")}</NavLink>
          </li>
          {isPublicBodyKind(user?.organisationKind) ? (
            <li>
              <NavLink to="/mijn/opgaven">{t("nav.mineChallenges")}</NavLink>
            </li>
          ) : null}
          {isHubRole(user?.platformRole) ? (
            <li>
              <NavLink to="/hub" end>
                {t("nav.hub")}
              </NavLink>
            </li>
          ) : null}
          {user?.platformRole === "hub_staff" || user?.platformRole === "hub_admin" ? (
            <li>
              <NavLink to="/hub/beoordeling">{t("nav.review")}</NavLink>
            </li>
          ) : null}
          {isHubRole(user?.platformRole) ? (
            <li>
              <NavLink to="/hub/matches">{t("nav.brokering")}</NavLink>
            </li>
          ) : null}
          {/* Hub partners' members (not hub staff) read the EDIH report for their own services (ADR 0025). */}
          {user?.organisationKind === "hub-partner" && !isHubRole(user?.platformRole) ? (
            <li>
              <NavLink to="/hub/rapportage">{t("nav.reporting")}</NavLink>
            </li>
          ) : null}
          {isSolutionProviderKind(user?.organisationKind) ? (
            <li>
              <NavLink to="/mijn/oplossingen">{t("nav.mineSolutions")}</NavLink>
            </li>
          ) : null}
          {/* The bodies a deployment can name (CBS regions): their verified members confirm or dispute it. */}
          {user?.membershipVerified && isRegionKind(user.organisationKind) ? (
            <li>
              <NavLink to="/mijn/vermeldingen">{t("nav.mentions")}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
