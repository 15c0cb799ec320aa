import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FirstMessageFigure, MunicipalityMapFigure, ThemesOverTimeFigure } from "../components/hub-insight-figures";
import { requireHubPermission } from "../domain/auth/access.server";
import { filtersQuery, insightsPage, parseInsightFilters } from "../domain/hub/insights.server";
import type { MatchState } from "../../shared/vocabulary/matches";
import { formatters } from "../utils/format";
import { TableScroll } from "../components/table-scroll";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["brokering", "hub-home", "hub-insights"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.insights") }];

/** Insight in pictures for hub staff: every figure as server-rendered SVG, a table and a CSV (filters in the URL). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "hub.view");
  const filters = parseInsightFilters(new URL(request.url).searchParams);
  const page = await insightsPage(filters);
  const query = filtersQuery(filters);
  const provinceQueries = Object.fromEntries(page.perProvince.map((p) => [p.code, filtersQuery(filters, { province: p.code })]));
  return data({ ...page, query, provinceQueries }, { headers: { "Cache-Control": "private, no-store" } });
}

const fmt = (v: number | null, lang: string, digits = 1) => (v === null ? null : formatters(lang).number(v, digits));

export default function HubInsights() {
  const { t, i18n } = useTranslation();
  const d = useLoaderData<typeof loader>();
  const lang = i18n.language;
  const f = d.filters;
  const themeLabel = (slug: string) => {
    const th = d.themes.find((x) => x.slug === slug);
    return th ? (lang === "en" ? th.labelEn : th.labelNl) : slug;
  };
  const selectedProvince = d.perProvince.find((p) => p.code === f.province);
  const none = t("hubInsights.none");
  return (
    <div className="container insights">
      <p>
        <Link to="/hub">{t("hubHome.title")}</Link>
      </p>
      <h1>{t("hubInsights.title")}</h1>
      <p>{t("hubInsights.intro")}</p>

      <Form method="get" className="insight-filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t("hubInsights.filtersTitle")}</h2>
        <div className="insight-filter-row">
          <label>
            {t("hubInsights.from")}
            <input type="date" name="van" defaultValue={f.from} />
          </label>
          <label>
            {t("hubInsights.to")}
            <input type="date" name="tot" defaultValue={f.to} />
          </label>
          <label>
            {t("hubInsights.theme")}
            <select name="thema" defaultValue={f.theme ?? ""}>
              <option value="">{t("hubInsights.allThemes")}</option>
              {d.themes.map((th) => (
                <option key={th.slug} value={th.slug}>
                  {themeLabel(th.slug)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("hubInsights.province")}
            <select name="provincie" defaultValue={f.province ?? ""}>
              <option value="">{t("hubInsights.allProvinces")}</option>
              {d.perProvince.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("hubInsights.partner")}
            <select name="partner" defaultValue={f.partner ?? ""}>
              <option value="">{t("hubInsights.allPartners")}</option>
              {d.partners.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("hubInsights.broker")}
            <select name="makelaar" defaultValue={f.broker ?? ""}>
              <option value="">{t("hubInsights.allBrokers")}</option>
              {d.brokers.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("hubInsights.apply")}
          </button>
          <Link to="/hub/inzicht">{t("hubInsights.reset")}</Link>
        </div>
        <p className="insight-definition">{t("hubInsights.partnerNote")}</p>
      </Form>
      {selectedProvince ? (
        <p role="status">
          {t("hubInsights.filteredBy", { name: selectedProvince.name })} <a href="#municipality-heading">{t("hubInsights.toMunicipalities")}</a>
        </p>
      ) : null}
      <p>
        <a href={`/hub/inzicht.csv?${d.query}`} download>
          {t("hubInsights.csv")}
        </a>
      </p>

      <section aria-labelledby="funnel-heading" className="insight-figure">
        <h2 id="funnel-heading">{t("hubInsights.funnelTitle")}</h2>
        <p className="insight-definition">{t("hubInsights.funnelDefinition")}</p>
        <p>{t("hubInsights.funnelCohort", { count: d.matches })}</p>
        <svg role="img" aria-label={t("hubInsights.funnelChartLabel")} viewBox={`0 0 ${d.charts.funnel.width} ${d.charts.funnel.height}`} width={d.charts.funnel.width} height={d.charts.funnel.height} className="insight-chart">
          {d.charts.funnel.bars.map((b) => (
            <g key={b.key}>
              <text x={b.x - 8} y={b.y + b.height / 2} textAnchor="end" dominantBaseline="middle" fontSize="14" fill="#111827">
                {t(`brokering.states.${b.key as MatchState}`)}
              </text>
              <rect x={b.x} y={b.y} width={Math.max(b.width, 1)} height={b.height} fill="#1d4ed8" />
              <text x={b.x + b.width + 6} y={b.y + b.height / 2} dominantBaseline="middle" fontSize="14" fill="#111827">
                {b.value}
              </text>
            </g>
          ))}
        </svg>
        <TableScroll label={t("hubInsights.funnelTitle")}>
          <table>
            <caption>{t("hubInsights.funnelTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("hubInsights.state")}</th>
                <th scope="col">{t("hubInsights.reached")}</th>
                <th scope="col">{t("hubInsights.conversion")}</th>
              </tr>
            </thead>
            <tbody>
              {d.funnel.map((s) => (
                <tr key={s.state}>
                  <th scope="row">{t(`brokering.states.${s.state}`)}</th>
                  <td>{s.reached}</td>
                  <td>{s.conversion === null ? none : `${fmt(s.conversion, lang)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="duration-heading" className="insight-figure">
        <h2 id="duration-heading">{t("hubInsights.durationTitle")}</h2>
        <p className="insight-definition">{t("hubInsights.durationDefinition")}</p>
        <TableScroll label={t("hubInsights.durationTitle")}>
          <table>
            <caption>{t("hubInsights.durationTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("hubInsights.state")}</th>
                <th scope="col">{t("hubInsights.stays")}</th>
                <th scope="col">{t("hubInsights.medianDays")}</th>
              </tr>
            </thead>
            <tbody>
              {d.durations.map((s) => (
                <tr key={s.state}>
                  <th scope="row">{t(`brokering.states.${s.state}`)}</th>
                  <td>{s.stays}</td>
                  <td>{fmt(s.medianDays, lang) ?? none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <FirstMessageFigure rows={d.firstMessage} />

      <section aria-labelledby="responses-heading" className="insight-figure">
        <h2 id="responses-heading">{t("hubInsights.responsesTitle")}</h2>
        <p className="insight-definition">{t("hubInsights.responsesDefinition")}</p>
        <TableScroll label={t("hubInsights.responsesTitle")}>
          <table>
            <caption>{t("hubInsights.responsesTitle")}</caption>
            <tbody>
              <tr>
                <th scope="row">{t("hubInsights.responses")}</th>
                <td>{d.responses.responses}</td>
              </tr>
              <tr>
                <th scope="row">{t("hubInsights.responseChallenges")}</th>
                <td>{d.responses.challenges}</td>
              </tr>
              <tr>
                <th scope="row">{t("hubInsights.average")}</th>
                <td>{fmt(d.responses.average, lang, 2) ?? none}</td>
              </tr>
              <tr>
                <th scope="row">{t("hubInsights.median")}</th>
                <td>{fmt(d.responses.median, lang) ?? none}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="themes-heading" className="insight-figure">
        <h2 id="themes-heading">{t("hubInsights.themesTitle")}</h2>
        <p className="insight-definition">{t("hubInsights.themesDefinition")}</p>
        <svg role="img" aria-label={t("hubInsights.themesChartLabel")} viewBox={`0 0 ${d.charts.themes.width} ${d.charts.themes.height}`} width={d.charts.themes.width} height={d.charts.themes.height} className="insight-chart">
          {d.charts.themes.bars.map((b) => (
            <g key={b.key}>
              <text x={b.x - 8} y={b.y + b.height / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#111827">
                {themeLabel(b.key)}
              </text>
              <rect x={b.x} y={b.y} width={Math.max(b.width, 1)} height={b.height} fill="#1d4ed8" />
              <text x={b.x + b.width + 6} y={b.y + b.height / 2} dominantBaseline="middle" fontSize="13" fill="#111827">
                {b.value}
              </text>
            </g>
          ))}
        </svg>
        <TableScroll label={t("hubInsights.themesTitle")}>
          <table>
            <caption>{t("hubInsights.themesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("hubInsights.theme")}</th>
                <th scope="col">{t("hubInsights.challenges")}</th>
                <th scope="col">{t("hubInsights.solutions")}</th>
              </tr>
            </thead>
            <tbody>
              {d.perTheme.map((row) => (
                <tr key={row.theme}>
                  <th scope="row">{lang === "en" ? row.labelEn : row.labelNl}</th>
                  <td>{row.challenges}</td>
                  <td>{row.solutions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <ThemesOverTimeFigure months={d.themesOverTime.months} rows={d.themesOverTime.rows} charts={d.charts.overTime} themeLabel={themeLabel} />

      <section aria-labelledby="map-heading" className="insight-figure">
        <h2 id="map-heading">{t("hubInsights.mapTitle")}</h2>
        <p className="insight-definition">{t("hubInsights.mapDefinition")}</p>
        <svg role="group" aria-labelledby="map-title" viewBox={`0 0 ${d.charts.map.width} ${d.charts.map.height}`} width={d.charts.map.width} height={d.charts.map.height} className="insight-chart">
          <title id="map-title">{t("hubInsights.mapLabel")}</title>
          {d.charts.map.areas.map((a) => (
            <a key={a.code} href={`/hub/inzicht?${d.provinceQueries[a.code]}`} aria-label={t("hubInsights.provinceLink", { name: a.name, count: a.value })}>
              <path d={a.d} fill={a.fill} stroke="#1f2937" strokeWidth={a.code === f.province ? 3 : 0.8} />
            </a>
          ))}
          {d.charts.map.areas.map((a) => (
            <text key={a.code} x={a.cx} y={a.cy} textAnchor="middle" dominantBaseline="middle" fontSize="15" fontWeight="bold" fill={a.text} pointerEvents="none" aria-hidden="true">
              {a.value}
            </text>
          ))}
        </svg>
        <p className="insight-source">{t("hubInsights.mapSource")}</p>
        <TableScroll label={t("hubInsights.mapTitle")}>
          <table>
            <caption>{t("hubInsights.mapTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("hubInsights.province")}</th>
                <th scope="col">{t("hubInsights.openChallenges")}</th>
              </tr>
            </thead>
            <tbody>
              {d.perProvince.map((p) => (
                <tr key={p.code}>
                  <th scope="row">
                    <Link to={`/hub/inzicht?${d.provinceQueries[p.code]}`} aria-current={p.code === f.province ? "true" : undefined}>
                      {p.name}
                    </Link>
                  </th>
                  <td>{p.openChallenges}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {selectedProvince && d.perMunicipality && d.charts.municipalityMap ? (
        <MunicipalityMapFigure provinceName={selectedProvince.name} map={d.charts.municipalityMap} rows={d.perMunicipality.rows} provinceWide={d.perMunicipality.provinceWide} />
      ) : null}
    </div>
  );
}
