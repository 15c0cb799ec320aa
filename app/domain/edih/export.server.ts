/**
 * EDIH exports (ADR 0025, README "EDIH exports"): CSV with one row per service or per assessment, and an .xlsx
 * workbook with one sheet per table. Column names are stable (documented in the README). Organisations appear with
 * their legal name and identifiers (KvK number, CBS code); no personal data: no person names, no e-mail addresses,
 * and no free-text notes (they may name people).
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { DMA_DIMENSIONS } from "../../../shared/vocabulary/edih";
import type { CollaborationRow } from "./collaborations.server";
import type { AssessmentRow, Report, ServiceRow } from "./report.server";

export const SERVICE_COLUMNS = [
  "service_id",
  "service_date",
  "service_category",
  "customer_legal_name",
  "customer_kvk_number",
  "customer_cbs_code",
  "customer_category",
  "customer_size_class",
  "customer_nace_section",
  "customer_municipality_code",
  "customer_province_code",
  "theme",
  "delivering_partner",
  "match_id",
  "event_id",
  "event_title",
  "investment_eur",
] as const;

export const ASSESSMENT_COLUMNS = [
  "assessment_id",
  "organisation_legal_name",
  "organisation_kvk_number",
  "organisation_cbs_code",
  "customer_category",
  "stage",
  "assessed_on",
  "digital_strategy",
  "digital_readiness",
  "human_centric",
  "data_management",
  "interoperability",
  "green_digitalisation",
  "overall",
  "external_reference",
] as const;

/** Collaborations with other EDIHs (`tabel=samenwerkingen`); notes are left out like the services' notes. */
export const COLLABORATION_COLUMNS = [
  "collaboration_id",
  "collaboration_date",
  "collaboration_type",
  "partner_edih_name",
  "partner_edih_catalogue_id",
  "service_id",
  "service_customer_legal_name",
  "event_id",
  "event_title",
] as const;

type Cell = string | number | null;

export function serviceRecord(r: ServiceRow): Cell[] {
  return [
    r.id,
    r.serviceDate,
    r.category,
    r.customerName,
    r.kvkNumber,
    r.cbsCode,
    r.customerCategory,
    r.sizeClass,
    r.naceSection,
    r.municipalityCode,
    r.provinceCode,
    r.theme,
    r.partnerName,
    r.matchId,
    r.eventId,
    r.eventTitle,
    r.investmentEur,
  ];
}

export function assessmentRecord(a: AssessmentRow): Cell[] {
  return [a.id, a.name, a.kvkNumber, a.cbsCode, a.customerCategory, a.stage, a.assessedOn, ...DMA_DIMENSIONS.map((d) => a[d]), a.overall, a.externalReference];
}

export function collaborationRecord(c: CollaborationRow): Cell[] {
  return [c.id, c.collaborationDate, c.type, c.partnerEdihName, c.catalogueId, c.serviceId, c.serviceCustomer, c.eventId, c.eventTitle];
}

const csv = (columns: readonly string[], rows: Cell[][]) => stringify([columns as unknown as string[], ...rows.map((r) => r.map((c) => (c === null ? "" : c)))], { record_delimiter: "\r\n" });

export const servicesCsv = (rows: ServiceRow[]) => csv(SERVICE_COLUMNS, rows.map(serviceRecord));
export const assessmentsCsv = (rows: AssessmentRow[]) => csv(ASSESSMENT_COLUMNS, rows.map(assessmentRecord));
export const collaborationsCsv = (rows: CollaborationRow[]) => csv(COLLABORATION_COLUMNS, rows.map(collaborationRecord));

/** The workbook: the two record tables and one sheet per report table. */
export async function reportWorkbook(report: Report, services: ServiceRow[], assessments: AssessmentRow[], collaborations: CollaborationRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Opgavenmarkt";
  const sheet = (name: string, columns: readonly string[], rows: Cell[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([...columns]);
    ws.getRow(1).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 18));
  };
  sheet("services", SERVICE_COLUMNS, services.map(serviceRecord));
  sheet("assessments", ASSESSMENT_COLUMNS, assessments.map(assessmentRecord));
  sheet("collaborations", COLLABORATION_COLUMNS, collaborations.map(collaborationRecord));
  sheet("customers_by_category", ["customer_category", "unique_customers"], report.byCustomerCategory.map((f) => [f.key, f.count]));
  sheet("customers_by_province", ["province", "unique_customers"], report.byProvince.map((f) => [f.key, f.count]));
  sheet("customers_by_sector", ["nace_section", "unique_customers"], report.bySector.map((f) => [f.key, f.count]));
  sheet("services_by_category", ["service_category", "services"], report.byServiceCategory.map((f) => [f.key, f.count]));
  sheet(
    "dma_changes",
    ["organisation_legal_name", "from_stage", "to_stage", "to_date", ...DMA_DIMENSIONS.map((d) => `change_${d}`), "change_overall"],
    report.dmaPairs.map((p) => [p.name, p.from, p.to, p.toDate, ...DMA_DIMENSIONS.map((d) => p.delta[d]), p.delta.overall]),
  );
  sheet("summary", ["figure", "value"], [
    ["period_from", report.period.from],
    ["period_to", report.period.to],
    ["services", report.services.count],
    ["unique_customers", report.uniqueCustomers.count],
    ["investment_triggered_eur", report.investment.total],
    ["dma_pairs", report.dmaPairs.length],
    ["edih_collaborations", report.collaborations.count],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
