/**
 * Figures of the hub's insight page (/hub/inzicht) that came with issue 12's second part: time from introduction to
 * the first message per party, publications per theme over time (small multiples) and the municipalities of a chosen
 * province. Each: heading, one-line definition, server-computed SVG, and a table with the same numbers.
 */
import { useTranslation } from "react-i18next";
import { formatters } from "../utils/format";
import type { SeriesChart, MapArea } from "../domain/hub/insight-charts";
import type { FirstMessage } from "../domain/hub/insights-series.server";
import { TableScroll } from "./table-scroll";

const fmt = (v: number | null, lang: string) => (v === null ? null : formatters(lang).number(v, 1));

export function FirstMessageFigure({ rows }: { rows: FirstMessage[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="first-message-heading" className="insight-figure">
      <h2 id="first-message-heading">{t("hubInsights.firstMessageTitle")}</h2>
      <p className="insight-definition">{t("hubInsights.firstMessageDefinition")}</p>
      <TableScroll label={t("hubInsights.firstMessageTitle")}>
        <table>
          <caption>{t("hubInsights.firstMessageTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("hubInsights.party")}</th>
              <th scope="col">{t("hubInsights.introduced")}</th>
              <th scope="col">{t("hubInsights.wrote")}</th>
              <th scope="col">{t("hubInsights.medianDays")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.party}>
                <th scope="row">{t(`hubInsights.parties.${r.party}`)}</th>
                <td>{r.introduced}</td>
                <td>{r.wrote}</td>
                <td>{fmt(r.medianDays, i18n.language) ?? t("hubInsights.none")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

const SERIES_STYLE: Record<string, { stroke: string; dash?: string }> = {
  challenges: { stroke: "#1d4ed8" },
  solutions: { stroke: "#b45309", dash: "5 3" },
};

export function ThemesOverTimeFigure({
  months,
  rows,
  charts,
  themeLabel,
}: {
  months: string[];
  rows: { theme: string; challenges: number[]; solutions: number[] }[];
  charts: SeriesChart[];
  themeLabel: (slug: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="over-time-heading" className="insight-figure">
      <h2 id="over-time-heading">{t("hubInsights.overTimeTitle")}</h2>
      <p className="insight-definition">{t("hubInsights.overTimeDefinition")}</p>
      {rows.length === 0 ? (
        <p>{t("hubInsights.overTimeEmpty")}</p>
      ) : (
        <>
          <p className="insight-legend" aria-hidden="true">
            <span className="insight-key insight-key-challenges" /> {t("hubInsights.challenges")} <span className="insight-key insight-key-solutions" /> {t("hubInsights.solutions")}
          </p>
          <p>{t("hubInsights.overTimeScale", { max: charts[0]?.max ?? 0 })}</p>
          <ul className="insight-multiples">
            {charts.map((c) => (
              <li key={c.key}>
                <svg role="img" aria-label={t("hubInsights.overTimeChartLabel", { theme: themeLabel(c.key) })} viewBox={`0 0 ${c.width} ${c.height}`} width={c.width} height={c.height} className="insight-chart">
                  <text x={4} y={12} fontSize="12" fill="#111827" fontWeight="bold">
                    {themeLabel(c.key)}
                  </text>
                  <line x1={c.ticks[0]?.x ?? 0} x2={c.ticks[c.ticks.length - 1]?.x ?? c.width} y1={c.height - 18} y2={c.height - 18} stroke="#6b7280" />
                  {c.lines.map((l) => (
                    <g key={l.series}>
                      <path d={l.d} fill="none" stroke={SERIES_STYLE[l.series].stroke} strokeWidth={2} strokeDasharray={SERIES_STYLE[l.series].dash} />
                      {l.points.map((p, i) =>
                        p.value > 0 ? <circle key={i} cx={p.x} cy={p.y} r={2.5} fill={SERIES_STYLE[l.series].stroke} /> : null,
                      )}
                    </g>
                  ))}
                  {c.ticks.map((tick, i) => (
                    <text key={tick.label} x={tick.x} y={c.height - 4} fontSize="11" fill="#374151" textAnchor={i === 0 && c.ticks.length > 1 ? "start" : "end"}>
                      {tick.label}
                    </text>
                  ))}
                </svg>
              </li>
            ))}
          </ul>
          {/* A region that scrolls must be reachable by keyboard (axe scrollable-region-focusable), hence the tabIndex. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <div className="table-scroll" role="region" aria-labelledby="over-time-caption" tabIndex={0}>
            <table>
              <caption id="over-time-caption">{t("hubInsights.overTimeTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("hubInsights.theme")}</th>
                  {months.map((m) => (
                    <th scope="col" key={m}>
                      {m}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.flatMap((r) =>
                  (["challenges", "solutions"] as const).map((kind) => (
                    <tr key={`${r.theme}-${kind}`}>
                      <th scope="row">
                        {themeLabel(r.theme)}: {t(`hubInsights.${kind}`).toLowerCase()}
                      </th>
                      {r[kind].map((n, i) => (
                        <td key={months[i]}>{n}</td>
                      ))}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** The value of each area with one, at its centroid, in the text colour that contrasts with its fill (SVG text). */
export function MapValueLabels({ areas, fontSize }: { areas: MapArea[]; fontSize: number }) {
  return (
    <>
      {areas
        .filter((a) => a.value > 0)
        .map((a) => (
          <text key={a.code} x={a.cx} y={a.cy} textAnchor="middle" dominantBaseline="middle" fontSize={fontSize} fontWeight="bold" fill={a.text}>
            {a.value}
          </text>
        ))}
    </>
  );
}

export function MunicipalityMapFigure({
  provinceName,
  map,
  rows,
  provinceWide,
}: {
  provinceName: string;
  map: { width: number; height: number; areas: MapArea[] };
  rows: { code: string; name: string; openChallenges: number }[];
  provinceWide: number;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="municipality-heading" className="insight-figure">
      <h2 id="municipality-heading">{t("hubInsights.municipalityTitle", { name: provinceName })}</h2>
      <p className="insight-definition">{t("hubInsights.municipalityDefinition")}</p>
      <svg role="img" aria-label={t("hubInsights.municipalityLabel", { name: provinceName })} viewBox={`0 0 ${map.width} ${map.height}`} width={map.width} height={map.height} className="insight-chart">
        {map.areas.map((a) => (
          <path key={a.code} d={a.d} fill={a.fill} stroke="#1f2937" strokeWidth={0.6} />
        ))}
        <MapValueLabels areas={map.areas} fontSize={13} />
      </svg>
      <p>{t("hubInsights.provinceWide", { count: provinceWide, name: provinceName })}</p>
      <p className="insight-source">{t("hubInsights.mapSource")}</p>
      <TableScroll label={t("hubInsights.municipalityTitle", { name: provinceName })}>
        <table>
          <caption>{t("hubInsights.municipalityTitle", { name: provinceName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("hubInsights.municipality")}</th>
              <th scope="col">{t("hubInsights.openChallenges")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.name}</th>
                <td>{r.openChallenges}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
