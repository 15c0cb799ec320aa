/**
 * The EDIH report for a period (ADR 0025): the counts the Commission's KPI tool asks for, each with the records
 * behind it. Only confirmed services count. A customer's category comes from its kind and size class; its location
 * from its own region (gemeente, provincie) or its report profile (a company's KvK address municipality); its sector
 * from the profile's NACE section (public bodies without one count as O, public administration).
 */
import { aliasedTable, and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { dmaAssessments, edihEvents, edihServices, organisationReportProfiles, organisations, regions, themes } from "../../../db/schema";
import { CUSTOMER_CATEGORIES, DMA_DIMENSIONS, SERVICE_CATEGORIES, type CustomerCategory, type ServiceCategory, type SizeClass } from "../../../shared/vocabulary/edih";
import { isPublicBodyKind } from "../../../shared/vocabulary/organisations";
import { getDb } from "../db.server";
import { collaborationsInPeriod } from "./collaborations.server";
import { maturityOverview } from "./dma.server";
import { customerCategory, dmaChange, type DmaScores, type Period } from "./rules";

/** One confirmed service with what the report and the export need about its customer (no personal data). */
export interface ServiceRow {
  id: string;
  serviceDate: string;
  category: ServiceCategory;
  customerId: string;
  customerName: string;
  customerKind: string;
  kvkNumber: string | null;
  cbsCode: string | null;
  customerCategory: CustomerCategory;
  sizeClass: SizeClass | null;
  naceSection: string | null;
  municipalityCode: string | null;
  provinceCode: string | null;
  provinceName: string | null;
  theme: string | null;
  partnerId: string;
  partnerName: string;
  matchId: string | null;
  eventId: string | null;
  eventTitle: string | null;
  investmentEur: number | null;
}

const partner = aliasedTable(organisations, "partner");
const place = aliasedTable(regions, "place");
const province = aliasedTable(regions, "province");
const profilePlace = aliasedTable(regions, "profile_place");

/** Confirmed services dated in the period; with `partnerId`, only those that partner delivered. */
export async function loadServiceRows(period: Pick<Period, "from" | "to">, partnerId: string | null = null): Promise<ServiceRow[]> {
  const rows = await getDb()
    .select({
      s: edihServices,
      customerName: organisations.name,
      customerKind: organisations.kind,
      kvkNumber: organisations.kvkNumber,
      cbsCode: organisations.cbsCode,
      regionCode: organisations.regionCode,
      sizeClass: organisationReportProfiles.sizeClass,
      naceSection: organisationReportProfiles.naceSection,
      profileMunicipality: profilePlace.code,
      placeKind: place.kind,
      provinceCode: province.code,
      provinceName: province.name,
      theme: themes.labelNl,
      partnerName: partner.name,
      eventTitle: edihEvents.title,
    })
    .from(edihServices)
    .innerJoin(organisations, eq(organisations.id, edihServices.customerOrganisationId))
    .innerJoin(partner, eq(partner.id, edihServices.partnerOrganisationId))
    .leftJoin(organisationReportProfiles, eq(organisationReportProfiles.organisationId, organisations.id))
    // The customer's place: its own region (a gemeente or provincie) or the profile's municipality.
    .leftJoin(place, eq(place.code, organisations.regionCode))
    // Else the profile's municipality (a company's KvK address), else the municipality named like the organisation's city.
    .leftJoin(
      profilePlace,
      eq(
        profilePlace.code,
        sql`coalesce(${organisationReportProfiles.municipalityCode}, (select r.code from regions r where r.kind = 'gemeente' and lower(r.name) = lower(${organisations.city}) order by r.reference_year desc limit 1))`,
      ),
    )
    .leftJoin(
      province,
      eq(province.code, sql`coalesce(case when ${place.kind} = 'provincie' then ${place.code} else ${place.provinceCode} end, ${profilePlace.provinceCode})`),
    )
    .leftJoin(themes, eq(themes.slug, edihServices.themeSlug))
    .leftJoin(edihEvents, eq(edihEvents.id, edihServices.eventId))
    .where(
      and(
        eq(edihServices.status, "confirmed"),
        gte(edihServices.serviceDate, period.from),
        lte(edihServices.serviceDate, period.to),
        partnerId ? eq(edihServices.partnerOrganisationId, partnerId) : undefined,
      ),
    )
    .orderBy(asc(edihServices.serviceDate), asc(organisations.name), asc(edihServices.id));
  return rows.map((r) => {
    const municipalityCode = r.placeKind === "gemeente" ? r.regionCode : r.profileMunicipality;
    const nace = r.naceSection ?? (isPublicBodyKind(r.customerKind) ? "O" : null);
    return {
      id: r.s.id,
      serviceDate: r.s.serviceDate,
      category: r.s.category,
      customerId: r.s.customerOrganisationId,
      customerName: r.customerName,
      customerKind: r.customerKind,
      kvkNumber: r.kvkNumber,
      cbsCode: r.cbsCode,
      customerCategory: customerCategory(r.customerKind, r.sizeClass),
      sizeClass: r.sizeClass,
      naceSection: nace,
      municipalityCode,
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      theme: r.theme,
      partnerId: r.s.partnerOrganisationId!,
      partnerName: r.partnerName,
      matchId: r.s.matchId,
      eventId: r.s.eventId,
      eventTitle: r.eventTitle,
      investmentEur: r.s.investmentEur,
    };
  });
}

/** A record behind a figure: its name, and the date and amount as data (the page formats them in the reader's language). */
export interface FigureRecord {
  id: string;
  label: string;
  date?: string;
  amountEur?: number;
}

export interface Figure {
  key: string;
  /** Unique customers (or services) counted under this key. */
  count: number;
  /** The records behind the number: customer or service labels. */
  records: FigureRecord[];
}

function uniqueCustomersBy(rows: ServiceRow[], keyOf: (r: ServiceRow) => string, order?: readonly string[]): Figure[] {
  const groups = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = groups.get(key) ?? new Map<string, string>();
    g.set(r.customerId, r.customerName);
    groups.set(key, g);
  }
  const keys = order ? order.filter((k) => groups.has(k)) : [...groups.keys()].sort();
  return keys.map((key) => {
    const records = [...groups.get(key)!.entries()].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, "nl"));
    return { key, count: records.length, records };
  });
}

export interface DmaPair {
  organisationId: string;
  name: string;
  from: string;
  to: string;
  toDate: string;
  delta: DmaScores;
}

/** The report's numbers for a period; with `partnerId`, of that partner's services only. */
export async function buildReport(period: Period, partnerId: string | null, t1Months: number, today: string) {
  const rows = await loadServiceRows(period, partnerId);
  const customers = uniqueCustomersBy(rows, () => "all");
  const serviceRecords = (list: ServiceRow[]) => list.map((r): FigureRecord => ({ id: r.id, label: r.customerName, date: r.serviceDate }));
  const byServiceCategory: Figure[] = SERVICE_CATEGORIES.map((c) => {
    const list = rows.filter((r) => r.category === c);
    return { key: c, count: list.length, records: serviceRecords(list) };
  });
  const invested = rows.filter((r) => r.investmentEur !== null && r.investmentEur > 0);
  // DMA pairs: a T0 and a later measurement dated in the period (of customers served in it, for a partner).
  const overview = await maturityOverview(t1Months, today, partnerId ? [...new Set(rows.map((r) => r.customerId))] : undefined);
  const dmaPairs: DmaPair[] = overview
    .filter((o) => o.change && o.change.toDate >= period.from && o.change.toDate <= period.to)
    .map((o) => ({ organisationId: o.organisationId, name: o.name, from: o.change!.from, to: o.change!.to, toDate: o.change!.toDate, delta: o.change!.delta }));
  const collaborations = await collaborationsInPeriod(period, partnerId);
  return {
    period,
    services: { count: rows.length, records: serviceRecords(rows) },
    collaborations: { count: collaborations.length, records: collaborations.map((c): FigureRecord => ({ id: c.id, label: c.partnerEdihName, date: c.collaborationDate })) },
    uniqueCustomers: customers[0] ?? { key: "all", count: 0, records: [] },
    byCustomerCategory: uniqueCustomersBy(rows, (r) => r.customerCategory, CUSTOMER_CATEGORIES),
    byProvince: uniqueCustomersBy(rows, (r) => r.provinceName ?? "unknown"),
    bySector: uniqueCustomersBy(rows, (r) => r.naceSection ?? "unknown"),
    byServiceCategory,
    investment: { total: invested.reduce((sum, r) => sum + r.investmentEur!, 0), records: invested.map((r): FigureRecord => ({ id: r.id, label: r.customerName, date: r.serviceDate, amountEur: r.investmentEur! })) },
    dmaPairs,
    averageDmaChange: dmaPairs.length
      ? (Object.fromEntries(
          [...DMA_DIMENSIONS, "overall" as const].map((k) => [k, Math.round((dmaPairs.reduce((s, p) => s + p.delta[k], 0) / dmaPairs.length) * 10) / 10]),
        ) as DmaScores)
      : null,
  };
}
export type Report = Awaited<ReturnType<typeof buildReport>>;

/** Assessments dated in the period, with the organisation's identifiers (for the export). */
export async function loadAssessmentRows(period: Pick<Period, "from" | "to">, organisationIds?: string[]) {
  const rows = await getDb()
    .select({ a: dmaAssessments, name: organisations.name, kind: organisations.kind, kvkNumber: organisations.kvkNumber, cbsCode: organisations.cbsCode, sizeClass: organisationReportProfiles.sizeClass })
    .from(dmaAssessments)
    .innerJoin(organisations, eq(organisations.id, dmaAssessments.organisationId))
    .leftJoin(organisationReportProfiles, eq(organisationReportProfiles.organisationId, organisations.id))
    .where(and(gte(dmaAssessments.assessedOn, period.from), lte(dmaAssessments.assessedOn, period.to)))
    .orderBy(asc(organisations.name), asc(dmaAssessments.stage));
  return rows
    .filter((r) => !organisationIds || organisationIds.includes(r.a.organisationId))
    .map((r) => ({ ...r.a, name: r.name, kvkNumber: r.kvkNumber, cbsCode: r.cbsCode, customerCategory: customerCategory(r.kind, r.sizeClass) }));
}
export type AssessmentRow = Awaited<ReturnType<typeof loadAssessmentRows>>[number];

export { dmaChange };
