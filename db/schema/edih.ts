import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { matches } from "./matches";
import { organisations } from "./organisations";
import { regions } from "./regions";
import { inList } from "./sql-helpers";
import { themes } from "./themes";
import { users } from "./users";
import {
  CATALOGUE_ID_PATTERN,
  COLLABORATION_TYPES,
  DMA_STAGE_PATTERN,
  EDIH_NAME_MAX,
  EVENT_TITLE_MAX,
  MATCH_STATE_FOR_PROPOSAL,
  NACE_SECTIONS,
  SERVICE_CATEGORIES,
  SERVICE_NOTES_MAX,
  SERVICE_STATUSES,
  SIZE_CLASSES,
} from "../../shared/vocabulary/edih";

/**
 * What the EDIH report needs to know about an organisation (issue 16, ADR 0025), kept beside the organisation row:
 * self-declared size (employees, turnover; the size class follows the EU SME definition), NACE section, and the
 * municipality (CBS code) it is located in — for a company its KvK address. A gemeente or provincie needs no row:
 * its own region is its location.
 */
export const organisationReportProfiles = pgTable(
  "organisation_report_profiles",
  {
    organisationId: uuid("organisation_id")
      .primaryKey()
      .references(() => organisations.id, { onDelete: "cascade" }),
    employees: integer("employees"),
    turnoverEur: bigint("turnover_eur", { mode: "number" }),
    balanceSheetEur: bigint("balance_sheet_eur", { mode: "number" }),
    sizeClass: text("size_class", { enum: SIZE_CLASSES }),
    naceSection: text("nace_section", { enum: NACE_SECTIONS }),
    municipalityCode: text("municipality_code").references(() => regions.code),
    updatedByUserId: text("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("org_report_size_check", sql`${t.sizeClass} is null or ${t.sizeClass} in (${inList(SIZE_CLASSES)})`),
    check("org_report_nace_check", sql`${t.naceSection} is null or ${t.naceSection} in (${inList(NACE_SECTIONS)})`),
    check("org_report_municipality_check", sql`${t.municipalityCode} is null or ${t.municipalityCode} ~ '^GM[0-9]{4}$'`),
    check("org_report_numbers_check", sql`coalesce(${t.employees}, 0) >= 0 and coalesce(${t.turnoverEur}, 0) >= 0 and coalesce(${t.balanceSheetEur}, 0) >= 0`),
  ],
);

/** An event (workshop, training, network meeting) with several participating organisations: one service each. */
export const edihEvents = pgTable(
  "edih_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    category: text("category", { enum: SERVICE_CATEGORIES }).notNull(),
    eventDate: date("event_date").notNull(),
    themeSlug: text("theme_slug").references(() => themes.slug),
    partnerOrganisationId: uuid("partner_organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("edih_events_category_check", sql`${t.category} in (${inList(SERVICE_CATEGORIES)})`),
    check("edih_events_title_check", sql`char_length(${t.title}) between 1 and ${sql.raw(String(EVENT_TITLE_MAX))}`),
  ],
);

/**
 * One service to one registered customer. A pipeline transition proposes one (status `proposed`) for each party of
 * the match; staff confirm, change or dismiss it. Only confirmed services count in reports and exports.
 */
export const edihServices = pgTable(
  "edih_services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerOrganisationId: uuid("customer_organisation_id")
      .notNull()
      .references(() => organisations.id),
    category: text("category", { enum: SERVICE_CATEGORIES }).notNull(),
    status: text("status", { enum: SERVICE_STATUSES }).notNull().default("confirmed"),
    serviceDate: date("service_date").notNull(),
    themeSlug: text("theme_slug").references(() => themes.slug),
    /** The hub partner that delivered it: required once confirmed (a proposal takes the broker's partner, if any). */
    partnerOrganisationId: uuid("partner_organisation_id").references(() => organisations.id),
    matchId: uuid("match_id").references(() => matches.id, { onDelete: "set null" }),
    /** The match state whose transition proposed this service (null: added by hand). */
    matchState: text("match_state", { enum: MATCH_STATE_FOR_PROPOSAL }),
    eventId: uuid("event_id").references(() => edihEvents.id, { onDelete: "cascade" }),
    investmentEur: bigint("investment_eur", { mode: "number" }),
    notes: text("notes"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedByUserId: text("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("edih_services_date_idx").on(t.serviceDate),
    index("edih_services_customer_idx").on(t.customerOrganisationId),
    index("edih_services_partner_idx").on(t.partnerOrganisationId),
    index("edih_services_match_idx").on(t.matchId),
    index("edih_services_event_idx").on(t.eventId),
    /** A match proposes a service per customer once per state it reaches. */
    uniqueIndex("edih_services_proposal_uq").on(t.matchId, t.customerOrganisationId, t.matchState),
    check("edih_services_category_check", sql`${t.category} in (${inList(SERVICE_CATEGORIES)})`),
    check("edih_services_status_check", sql`${t.status} in (${inList(SERVICE_STATUSES)})`),
    check("edih_services_partner_check", sql`${t.status} <> 'confirmed' or ${t.partnerOrganisationId} is not null`),
    check("edih_services_investment_check", sql`${t.investmentEur} is null or ${t.investmentEur} >= 0`),
    check("edih_services_notes_check", sql`${t.notes} is null or char_length(${t.notes}) <= ${sql.raw(String(SERVICE_NOTES_MAX))}`),
  ],
);

/** A Digital Maturity Assessment result; the questionnaire stays in the Commission's tool (external reference). */
export const dmaAssessments = pgTable(
  "dma_assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    stage: text("stage").notNull(),
    assessedOn: date("assessed_on").notNull(),
    digitalStrategy: real("digital_strategy").notNull(),
    digitalReadiness: real("digital_readiness").notNull(),
    humanCentric: real("human_centric").notNull(),
    dataManagement: real("data_management").notNull(),
    interoperability: real("interoperability").notNull(),
    greenDigitalisation: real("green_digitalisation").notNull(),
    overall: real("overall").notNull(),
    externalReference: text("external_reference"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dma_assessments_stage_uq").on(t.organisationId, t.stage),
    check("dma_assessments_stage_check", sql`${t.stage} ~ '${sql.raw(DMA_STAGE_PATTERN)}'`),
    check(
      "dma_assessments_scores_check",
      sql`least(${t.digitalStrategy}, ${t.digitalReadiness}, ${t.humanCentric}, ${t.dataManagement}, ${t.interoperability}, ${t.greenDigitalisation}, ${t.overall}) >= 0
        and greatest(${t.digitalStrategy}, ${t.digitalReadiness}, ${t.humanCentric}, ${t.dataManagement}, ${t.interoperability}, ${t.greenDigitalisation}, ${t.overall}) <= 100`,
    ),
  ],
);

/**
 * A collaboration with another EDIH (ADR 0025): the other hub's name and, if known, its id in the EU EDIH catalogue;
 * the date, the kind, and the service or event of ours it relates to. Counted in the report as a KPI of its own.
 */
export const edihCollaborations = pgTable(
  "edih_collaborations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnerEdihName: text("partner_edih_name").notNull(),
    catalogueId: text("catalogue_id"),
    collaborationDate: date("collaboration_date").notNull(),
    type: text("type", { enum: COLLABORATION_TYPES }).notNull(),
    serviceId: uuid("service_id").references(() => edihServices.id, { onDelete: "set null" }),
    eventId: uuid("event_id").references(() => edihEvents.id, { onDelete: "set null" }),
    notes: text("notes"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("edih_collaborations_date_idx").on(t.collaborationDate),
    check("edih_collaborations_type_check", sql`${t.type} in (${inList(COLLABORATION_TYPES)})`),
    check("edih_collaborations_name_check", sql`char_length(${t.partnerEdihName}) between 1 and ${sql.raw(String(EDIH_NAME_MAX))}`),
    check("edih_collaborations_catalogue_check", sql`${t.catalogueId} is null or ${t.catalogueId} ~ '${sql.raw(CATALOGUE_ID_PATTERN)}'`),
    check("edih_collaborations_notes_check", sql`${t.notes} is null or char_length(${t.notes}) <= ${sql.raw(String(SERVICE_NOTES_MAX))}`),
  ],
);

export type EdihService = typeof edihServices.$inferSelect;
export type DmaAssessment = typeof dmaAssessments.$inferSelect;
