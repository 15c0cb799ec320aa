/** What the report page and the exports load for a caller: the period, their scope, the report and the rows. */
import { organisations } from "../../../db/schema";
import { eq } from "drizzle-orm";
import { getDb } from "../db.server";
import { collaborationsInPeriod } from "./collaborations.server";
import { buildReport, loadAssessmentRows, loadServiceRows } from "./report.server";
import { edihConfig, parsePeriod } from "./rules";
import { amsterdamDay } from "../../utils/format";

const today = () => amsterdamDay(new Date());

/** The report for the period in `params`; a partner gets their own report plus the hub's totals (numbers only). */
export async function reportFor(params: URLSearchParams, partnerId: string | null, env: Record<string, string | undefined> = process.env) {
  const config = edihConfig(env);
  const period = parsePeriod(params, config.startDate, today());
  const report = await buildReport(period, partnerId, config.t1Months, today());
  let hubTotal: { services: number; uniqueCustomers: number; investment: number; dmaPairs: number; collaborations: number } | null = null;
  let partnerName: string | null = null;
  if (partnerId) {
    const all = await buildReport(period, null, config.t1Months, today());
    hubTotal = { services: all.services.count, uniqueCustomers: all.uniqueCustomers.count, investment: all.investment.total, dmaPairs: all.dmaPairs.length, collaborations: all.collaborations.count };
    const [org] = await getDb().select({ name: organisations.name }).from(organisations).where(eq(organisations.id, partnerId));
    partnerName = org?.name ?? null;
  }
  return { report, hubTotal, partnerName, config, today: today() };
}

/** The rows of the exports: a partner's own services, the assessments of their customers, their collaborations. */
export async function exportRows(params: URLSearchParams, partnerId: string | null, env: Record<string, string | undefined> = process.env) {
  const { report, config } = await reportFor(params, partnerId, env);
  const services = await loadServiceRows(report.period, partnerId);
  const assessments = await loadAssessmentRows(report.period, partnerId ? [...new Set(services.map((s) => s.customerId))] : undefined);
  const collaborations = await collaborationsInPeriod(report.period, partnerId);
  return { report, services, assessments, collaborations, config };
}
