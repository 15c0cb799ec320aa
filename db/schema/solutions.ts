import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { inList } from "./sql-helpers";
import { regions } from "./regions";
import { themes } from "./themes";
import { users } from "./users";
import { LANGUAGES } from "../../shared/vocabulary/languages";
import {
  ASSURANCES,
  DEPLOYMENT_STATUSES,
  HOSTINGS,
  MATURITIES,
  PRICING_MODELS,
  SOLUTION_STATUSES,
  TARGET_GROUPS,
} from "../../shared/vocabulary/solutions";

export const solutions = pgTable(
  "solutions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    lang: text("lang", { enum: LANGUAGES }).notNull().default("nl"),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull().default(""),
    sdgs: integer("sdgs").array().notNull().default(sql`'{}'::integer[]`),
    maturity: text("maturity", { enum: MATURITIES }).notNull().default("idee"),
    targetGroups: text("target_groups").array().notNull().default(sql`'{}'::text[]`),
    assurances: text("assurances").array().notNull().default(sql`'{}'::text[]`),
    openSourceLicence: text("open_source_licence"),
    hosting: text("hosting", { enum: HOSTINGS }),
    pricingModel: text("pricing_model", { enum: PRICING_MODELS }),
    website: text("website"),
    contactName: text("contact_name").notNull().default(""),
    contactRole: text("contact_role").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    status: text("status", { enum: SOLUTION_STATUSES }).notNull().default("draft"),
    /** The latest review comment of hub staff: what to change, or why the solution was rejected. */
    reviewComment: text("review_comment"),
    /** Client-generated key of the form that created the record: a double submit creates one record. */
    creationKey: text("creation_key"),
    version: integer("version").notNull().default(1),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("solutions_slug_uq").on(t.slug),
    uniqueIndex("solutions_creation_key_uq").on(t.createdByUserId, t.creationKey),
    index("solutions_organisation_idx").on(t.organisationId),
    index("solutions_status_idx").on(t.status),
    check("solutions_status_check", sql`${t.status} in (${inList(SOLUTION_STATUSES)})`),
    check("solutions_maturity_check", sql`${t.maturity} in (${inList(MATURITIES)})`),
    check("solutions_lang_check", sql`${t.lang} in (${inList(LANGUAGES)})`),
    check("solutions_target_groups_check", sql`${t.targetGroups} <@ array[${inList(TARGET_GROUPS)}]::text[]`),
    check("solutions_assurances_check", sql`${t.assurances} <@ array[${inList(ASSURANCES)}]::text[]`),
    check("solutions_hosting_check", sql`${t.hosting} is null or ${t.hosting} in (${inList(HOSTINGS)})`),
    check("solutions_pricing_check", sql`${t.pricingModel} is null or ${t.pricingModel} in (${inList(PRICING_MODELS)})`),
    check("solutions_sdgs_check", sql`${t.sdgs} <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`),
    check("solutions_version_check", sql`${t.version} >= 1`),
  ],
);

export const solutionThemes = pgTable(
  "solution_themes",
  {
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
    themeSlug: text("theme_slug")
      .notNull()
      .references(() => themes.slug),
  },
  (t) => [primaryKey({ columns: [t.solutionId, t.themeSlug] }), index("solution_themes_theme_idx").on(t.themeSlug)],
);

/** Which public bodies use a solution. The named body can confirm or dispute it. */
export const solutionDeployments = pgTable(
  "solution_deployments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    status: text("status", { enum: DEPLOYMENT_STATUSES }).notNull(),
    since: date("since"),
    confirmation: text("confirmation", { enum: ["unconfirmed", "confirmed", "disputed"] })
      .notNull()
      .default("unconfirmed"),
    /** The member of the named public body who confirmed or disputed the deployment. */
    confirmedByUserId: text("confirmed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    disputeReason: text("dispute_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("solution_deployments_uq").on(t.solutionId, t.regionCode),
    index("solution_deployments_region_idx").on(t.regionCode),
    check("solution_deployments_status_check", sql`${t.status} in (${inList(DEPLOYMENT_STATUSES)})`),
    check(
      "solution_deployments_confirmation_check",
      sql`${t.confirmation} in ('unconfirmed', 'confirmed', 'disputed')`,
    ),
  ],
);

export type Solution = typeof solutions.$inferSelect;
export type NewSolution = typeof solutions.$inferInsert;
export type SolutionDeployment = typeof solutionDeployments.$inferSelect;
