import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { inList } from "./sql-helpers";
import { regions } from "./regions";
import { themes } from "./themes";
import { users } from "./users";
import { CHALLENGE_STATUSES, CONTACT_MODES, PROCUREMENT_ROUTES } from "../../shared/vocabulary/challenges";
import { LANGUAGES } from "../../shared/vocabulary/languages";

export const challenges = pgTable(
  "challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    ownerOrganisationId: uuid("owner_organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    lang: text("lang", { enum: LANGUAGES }).notNull().default("nl"),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    problemStatement: text("problem_statement").notNull().default(""),
    localContext: text("local_context").notNull().default(""),
    affected: text("affected").notNull().default(""),
    desiredOutcome: text("desired_outcome").notNull().default(""),
    successCriteria: text("success_criteria").notNull().default(""),
    sdgs: integer("sdgs").array().notNull().default(sql`'{}'::integer[]`),
    budgetMin: integer("budget_min"),
    budgetMax: integer("budget_max"),
    launchingCustomerIntent: boolean("launching_customer_intent").notNull().default(false),
    procurementRoute: text("procurement_route", { enum: PROCUREMENT_ROUTES }).notNull().default("onbekend"),
    timeline: text("timeline").notNull().default(""),
    responseDeadline: date("response_deadline"),
    status: text("status", { enum: CHALLENGE_STATUSES }).notNull().default("draft"),
    visibility: text("visibility", { enum: ["public", "members"] }).notNull().default("public"),
    /** What was piloted and what came of it (required once finished). */
    outcome: text("outcome"),
    /** What other public bodies can learn from it (shown on the public results page). */
    lessonsLearned: text("lessons_learned"),
    /** The latest review comment of hub staff: what to change, or why the challenge was rejected. */
    reviewComment: text("review_comment"),
    /** Whether solution providers contact the owner directly or via hub staff first (the hub's setting). */
    contactMode: text("contact_mode", { enum: CONTACT_MODES }).notNull().default("via_staff"),
    /** Client-generated key of the form that created the record: a double submit creates one record. */
    creationKey: text("creation_key"),
    contactName: text("contact_name").notNull().default(""),
    contactRole: text("contact_role").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    /** Optimistic locking: incremented on every update. */
    version: integer("version").notNull().default(1),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("challenges_slug_uq").on(t.slug),
    uniqueIndex("challenges_creation_key_uq").on(t.createdByUserId, t.creationKey),
    check("challenges_contact_mode_check", sql`${t.contactMode} in (${inList(CONTACT_MODES)})`),
    index("challenges_owner_idx").on(t.ownerOrganisationId),
    index("challenges_status_idx").on(t.status),
    check("challenges_status_check", sql`${t.status} in (${inList(CHALLENGE_STATUSES)})`),
    check("challenges_route_check", sql`${t.procurementRoute} in (${inList(PROCUREMENT_ROUTES)})`),
    check("challenges_lang_check", sql`${t.lang} in (${inList(LANGUAGES)})`),
    check("challenges_visibility_check", sql`${t.visibility} in ('public', 'members')`),
    check("challenges_sdgs_check", sql`${t.sdgs} <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`),
    check(
      "challenges_budget_check",
      sql`(${t.budgetMin} is null or ${t.budgetMin} >= 0) and (${t.budgetMax} is null or ${t.budgetMin} is null or ${t.budgetMax} >= ${t.budgetMin})`,
    ),
    check("challenges_version_check", sql`${t.version} >= 1`),
    check("challenges_outcome_check", sql`${t.status} <> 'finished' or ${t.outcome} is not null`),
  ],
);

export const challengeThemes = pgTable(
  "challenge_themes",
  {
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    themeSlug: text("theme_slug")
      .notNull()
      .references(() => themes.slug),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.themeSlug] }), index("challenge_themes_theme_idx").on(t.themeSlug)],
);

/** Joint challenges: other public bodies that co-own the challenge. */
export const challengeCoOwners = pgTable(
  "challenge_co_owners",
  {
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.organisationId] })],
);

/** The regions (municipalities, provinces) a challenge is about. */
export const challengeRegions = pgTable(
  "challenge_regions",
  {
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.regionCode] }), index("challenge_regions_region_idx").on(t.regionCode)],
);

export type Challenge = typeof challenges.$inferSelect;
export type NewChallenge = typeof challenges.$inferInsert;
