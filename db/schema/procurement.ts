/**
 * Procurement per challenge (issue 17): the owner's answers to the route advice with the chosen route and stage,
 * and market consultation mode — respondents, anonymised questions with answers published to all respondents at
 * once, and the hub's introductions made while a consultation ran. ADR 0026.
 */
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { challenges } from "./challenges";
import { matches } from "./matches";
import { threads } from "./messaging";
import { organisations } from "./organisations";
import { inList } from "./sql-helpers";
import { users } from "./users";
import {
  ADVICE_ROUTES,
  CONSULTATION_ANSWER_MAX,
  CONSULTATION_QUESTION_MAX,
  CONTRACT_KINDS,
  MARKET_READINESS,
} from "../../shared/vocabulary/procurement";

/** One row per challenge: the last answers to the advice questions and the chosen route (stage checked by the domain). */
export const challengeProcurement = pgTable(
  "challenge_procurement",
  {
    challengeId: uuid("challenge_id")
      .primaryKey()
      .references(() => challenges.id, { onDelete: "cascade" }),
    valueEur: integer("value_eur").notNull(),
    contractKind: text("contract_kind", { enum: CONTRACT_KINDS }).notNull(),
    market: text("market", { enum: MARKET_READINESS }).notNull(),
    rdNeeded: boolean("rd_needed").notNull(),
    othersInterested: boolean("others_interested").notNull(),
    route: text("route", { enum: ADVICE_ROUTES }),
    stage: text("stage"),
    updatedByUserId: text("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("challenge_procurement_value_check", sql`${t.valueEur} >= 0`),
    check("challenge_procurement_kind_check", sql`${t.contractKind} in (${inList(CONTRACT_KINDS)})`),
    check("challenge_procurement_market_check", sql`${t.market} in (${inList(MARKET_READINESS)})`),
    check("challenge_procurement_route_check", sql`${t.route} is null or ${t.route} in (${inList(ADVICE_ROUTES)})`),
    check("challenge_procurement_stage_check", sql`(${t.route} is null) = (${t.stage} is null)`),
  ],
);

/** A market consultation on a challenge: open until `endsOn` (inclusive, Amsterdam date) unless closed earlier. */
export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    openedByUserId: text("opened_by_user_id").references(() => users.id, { onDelete: "set null" }),
    endsOn: date("ends_on").notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("consultations_challenge_uq").on(t.challengeId)],
);

/** Companies' members registered for a consultation (each receives every published answer). */
export const consultationRespondents = pgTable(
  "consultation_respondents",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.userId] }), index("consultation_respondents_org_idx").on(t.organisationId)],
);

/** A question; the asker is kept for the record but never shown. The answer is published to all respondents at once. */
export const consultationQuestions = pgTable(
  "consultation_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    askedByUserId: text("asked_by_user_id").references(() => users.id, { onDelete: "set null" }),
    question: text("question").notNull(),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    answer: text("answer"),
    answeredByUserId: text("answered_by_user_id").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    index("consultation_questions_consultation_idx").on(t.consultationId, t.askedAt),
    check("consultation_questions_question_check", sql`char_length(${t.question}) between 1 and ${sql.raw(String(CONSULTATION_QUESTION_MAX))}`),
    check("consultation_questions_answer_check", sql`${t.answer} is null or char_length(${t.answer}) between 1 and ${sql.raw(String(CONSULTATION_ANSWER_MAX))}`),
    check("consultation_questions_answered_check", sql`(${t.answer} is null) = (${t.answeredAt} is null)`),
  ],
);

/** Introductions hub staff made on the challenge while its consultation was open (logged for the report). */
export const consultationIntroductions = pgTable(
  "consultation_introductions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    matchId: uuid("match_id").references(() => matches.id, { onDelete: "set null" }),
    threadId: uuid("thread_id").references(() => threads.id, { onDelete: "set null" }),
    brokerUserId: text("broker_user_id").references(() => users.id, { onDelete: "set null" }),
    solutionOrganisation: text("solution_organisation").notNull(),
    solutionTitle: text("solution_title").notNull(),
    introducedAt: timestamp("introduced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consultation_introductions_consultation_idx").on(t.consultationId)],
);

export type ChallengeProcurement = typeof challengeProcurement.$inferSelect;
export type Consultation = typeof consultations.$inferSelect;
