import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireHubPermission } from "../domain/auth/access.server";
import { roleGrants } from "../domain/auth/permissions";
import { hubHomeCounts } from "../domain/hub/home.server";
import { HUB_PAGES } from "../domain/hub/pages";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["hub-home", "hub-insights", "hub-team", "edih", "joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.hubHome") }];

/** The hub's home: hub staff and hub admins land here after logging in. */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireHubPermission(request, "hub.view");
  const isAdmin = ctx.user.platformRole === "hub_admin" && roleGrants("hub_admin", "hubSettings.update");
  return data({ counts: await hubHomeCounts(ctx.user.id), isAdmin }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function HubHome() {
  const { t } = useTranslation();
  const { counts, isAdmin } = useLoaderData<typeof loader>();
  // The settings page's label says whether the viewer may change the thresholds.
  const pages = HUB_PAGES.map(({ href, label }) => [href, label === "settings" ? t(isAdmin ? "hubHome.settingsAdmin" : "hubHome.settingsView") : t(label)] as const);
  return (
    <div className="container">
      <h1>{t("hubHome.title")}</h1>
      <p>{t("hubHome.intro")}</p>
      <section aria-labelledby="today-heading">
        <h2 id="today-heading">{t("hubHome.todayTitle")}</h2>
        <ul className="stats hub-counts">
          {counts.map((c) => (
            <li key={c.key}>
              <Link to={c.href}>
                <span className="stat-number">
                  {c.count}
                  {c.more ? "+" : ""}
                </span>{" "}
                {t(`hubHome.counts.${c.key}`, { count: c.count })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">{t("hubHome.pagesTitle")}</h2>
        <ul>
          {pages.map(([href, label]) => (
            <li key={href}>
              <Link to={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
