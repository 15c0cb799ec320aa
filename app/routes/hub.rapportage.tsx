import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DMA_KEYS, DimensionHeaders, FigureBlock, FigureTable } from "../components/edih";
import { requireEdihReader } from "../domain/edih/access.server";
import { reportFor } from "../domain/edih/report-page.server";
import { periodChoices, periodQuery } from "../domain/edih/rules";
import { useFormat } from "../utils/format";
import { NO_STORE } from "../utils/action.server";
import type { CustomerCategory } from "../../shared/vocabulary/edih";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["brokering", "hub-home", "hub-insights", "edih"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.report") }];

/** The EDIH report for a period (ADR 0025): hub roles see everything, hub partners their own services and the total. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { partnerId } = await requireEdihReader(request);
  const { report, hubTotal, partnerName, today } = await reportFor(new URL(request.url).searchParams, partnerId);
  return data({ report, hubTotal, partnerName, choices: periodChoices(today), query: periodQuery(report.period), isHub: partnerId === null }, { headers: NO_STORE });
}

export default function HubReport() {
  const { t } = useTranslation();
  const f = useFormat();
  const { report: r, hubTotal, partnerName, choices, query, isHub } = useLoaderData<typeof loader>();
  const p = r.period;
  const signed = (n: number) => (n > 0 ? `+${f.number(n)}` : f.number(n));
  return (
    <div className="container">
      {isHub ? (
        <p className="breadcrumb">
          <Link to="/hub">{t("hubHome.title")}</Link>
        </p>
      ) : null}
      <h1>{t("edih.reportTitle")}</h1>
      <p>{t("edih.reportIntro")}</p>
      {partnerName ? <p>{t("edih.partnerScope", { partner: partnerName })}</p> : null}

      <Form method="get" className="insight-filters" aria-labelledby="period-heading">
        <h2 id="period-heading">{t("edih.periodTitle")}</h2>
        <div className="insight-filter-row">
          <label>
            {t("edih.periodKind")}
            <select name="periode" defaultValue={p.kind === "custom" ? "aangepast" : p.key}>
              <optgroup label={t("edih.month")}>
                {choices.months.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("edih.quarter")}>
                {choices.quarters.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </optgroup>
              <option value="m18">{t("edih.m18")}</option>
              <option value="m36">{t("edih.m36")}</option>
              <option value="aangepast">{t("edih.custom")}</option>
            </select>
          </label>
          <label>
            {t("edih.from")}
            <input type="date" name="van" defaultValue={p.from} />
          </label>
          <label>
            {t("edih.to")}
            <input type="date" name="tot" defaultValue={p.to} />
          </label>
          <button type="submit">{t("edih.show")}</button>
        </div>
      </Form>
      <p role="status">{t("edih.periodShown", { from: f.date(p.from), to: f.date(p.to) })}</p>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t("edih.totalsTitle")}</h2>
        {hubTotal ? <h3>{t("edih.yours")}</h3> : null}
        <FigureBlock label={t("edih.servicesCount")} value={r.services.count} definition={t("edih.servicesDefinition")} records={r.services.records} />
        <FigureBlock label={t("edih.uniqueCustomers")} value={r.uniqueCustomers.count} definition={t("edih.uniqueCustomersDefinition")} records={r.uniqueCustomers.records} />
        <FigureBlock label={t("edih.investmentTitle")} value={f.money(r.investment.total)} definition={t("edih.investmentDefinition")} records={r.investment.records} />
        <FigureBlock label={t("edih.collaborationsTitle")} value={r.collaborations.count} definition={t("edih.collaborationsDefinition")} records={r.collaborations.records} />
        {hubTotal ? (
          <>
            <h3>{t("edih.hubTotal")}</h3>
            <ul>
              <li>
                {t("edih.servicesCount")}: {hubTotal.services}
              </li>
              <li>
                {t("edih.uniqueCustomers")}: {hubTotal.uniqueCustomers}
              </li>
              <li>
                {t("edih.investmentTitle")}: {f.money(hubTotal.investment)}
              </li>
              <li>
                {t("edih.dmaPairsTitle")}: {hubTotal.dmaPairs}
              </li>
              <li>
                {t("edih.hubTotalCollaborations")}: {hubTotal.collaborations}
              </li>
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="category-heading">
        <h2 id="category-heading">{t("edih.byCategoryTitle")}</h2>
        <p className="insight-definition">{t("edih.byCategoryDefinition")}</p>
        <FigureTable caption={t("edih.byCategoryTitle")} keyLabel={t("edih.category")} rows={r.byCustomerCategory} label={(k) => t(`edih.customerCategories.${k as CustomerCategory}`)} />
      </section>
      <section aria-labelledby="province-heading">
        <h2 id="province-heading">{t("edih.byProvinceTitle")}</h2>
        <p className="insight-definition">{t("edih.byProvinceDefinition")}</p>
        <FigureTable caption={t("edih.byProvinceTitle")} keyLabel={t("hubInsights.province")} rows={r.byProvince} label={(k) => (k === "unknown" ? t("edih.unknown") : k)} />
      </section>
      <section aria-labelledby="sector-heading">
        <h2 id="sector-heading">{t("edih.bySectorTitle")}</h2>
        <p className="insight-definition">{t("edih.bySectorDefinition")}</p>
        <FigureTable caption={t("edih.bySectorTitle")} keyLabel={t("edih.nace")} rows={r.bySector} label={(k) => (k === "unknown" ? t("edih.unknown") : k)} />
      </section>
      <section aria-labelledby="service-heading">
        <h2 id="service-heading">{t("edih.byServiceTitle")}</h2>
        <p className="insight-definition">{t("edih.byServiceDefinition")}</p>
        <FigureTable caption={t("edih.byServiceTitle")} keyLabel={t("edih.category")} rows={r.byServiceCategory} label={(k) => t(`edih.categories.${k as "skills_and_training"}`)} />
      </section>

      <section aria-labelledby="dma-heading">
        <h2 id="dma-heading">{t("edih.dmaPairsTitle")}</h2>
        <p className="insight-definition">{t("edih.dmaPairsDefinition")}</p>
        {r.dmaPairs.length ? (
          <table>
            <caption>{t("edih.dmaPairsTitle")}</caption>
            <DimensionHeaders first={t("edih.organisation")} />
            <tbody>
              {r.dmaPairs.map((pair) => (
                <tr key={pair.organisationId}>
                  <th scope="row">
                    {pair.name} ({t("edih.change", { from: pair.from, to: pair.to })})
                  </th>
                  {DMA_KEYS.map((k) => (
                    <td key={k}>{signed(pair.delta[k])}</td>
                  ))}
                </tr>
              ))}
              {r.averageDmaChange ? (
                <tr>
                  <th scope="row">{t("edih.average")}</th>
                  {DMA_KEYS.map((k) => (
                    <td key={k}>{signed(r.averageDmaChange![k])}</td>
                  ))}
                </tr>
              ) : null}
            </tbody>
          </table>
        ) : (
          <p>{t("edih.dmaPairsEmpty")}</p>
        )}
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("edih.exportTitle")}</h2>
        <p>{t("edih.exportIntro")}</p>
        <ul>
          <li>
            <a href={`/hub/rapportage/export?tabel=diensten&${query}`} download>
              {t("edih.exportServices")}
            </a>
          </li>
          <li>
            <a href={`/hub/rapportage/export?tabel=metingen&${query}`} download>
              {t("edih.exportAssessments")}
            </a>
          </li>
          <li>
            <a href={`/hub/rapportage/export?tabel=samenwerkingen&${query}`} download>
              {t("edih.exportCollaborations")}
            </a>
          </li>
          <li>
            <a href={`/hub/rapportage/export?tabel=werkmap&${query}`} download>
              {t("edih.exportWorkbook")}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
