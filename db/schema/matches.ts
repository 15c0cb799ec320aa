import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { challenges } from "./challenges";
import { solutions } from "./solutions";
import { inList } from "./sql-helpers";
import { users } from "./users";
import { NOTE_MAX } from "../../shared/vocabulary/limits";
import { MATCH_SOURCES, MATCH_STATES } from "../../shared/vocabulary/matches";

export interface MatchExplanation {
  sharedThemes: string[];
  matchingTerms: string[];
  deployments: string[];
  /** The suggestion's strength in words when the matcher suggested it (absent on older matches). */
  strength?: "strong" | "possible";
}

/** One challenge × one solution, brokered by hub staff through the states above. */
export const matches = pgTable(
  "matches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
    state: text("state", { enum: MATCH_STATES }).notNull().default("suggested"),
    source: text("source", { enum: MATCH_SOURCES }).notNull(),
    score: real("score"),
    explanation: jsonb("explanation").$type<MatchExplanation>(),
    brokerUserId: text("broker_user_id").references(() => users.id, { onDelete: "set null" }),
    pitch: text("pitch"),
    closedReason: text("closed_reason"),
    stateChangedAt: timestamp("state_changed_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("matches_pair_uq").on(t.challengeId, t.solutionId),
    index("matches_broker_idx").on(t.brokerUserId),
    index("matches_solution_idx").on(t.solutionId),
    index("matches_state_idx").on(t.state),
    check("matches_state_check", sql`${t.state} in (${inList(MATCH_STATES)})`),
    check("matches_source_check", sql`${t.source} in (${inList(MATCH_SOURCES)})`),
    check("matches_closed_reason_check", sql`${t.state} <> 'closed' or ${t.closedReason} is not null`),
  ],
);

/** Every state change of a match: who, when, from, to. */
export const matchEvents = pgTable(
  "match_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    matchId: uuid("match_id")
      .notNull()
      .references(() => matches.id, { onDelete: "cascade" }),
    fromState: text("from_state", { enum: MATCH_STATES }),
    toState: text("to_state", { enum: MATCH_STATES }).notNull(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("match_events_match_idx").on(t.matchId),
    check("match_events_to_check", sql`${t.toState} in (${inList(MATCH_STATES)})`),
    check("match_events_from_check", sql`${t.fromState} is null or ${t.fromState} in (${inList(MATCH_STATES)})`),
  ],
);

/** Private notes of hub staff on a match: never shown to the parties. */
export const matchNotes = pgTable(
  "match_notes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    matchId: uuid("match_id")
      .notNull()
      .references(() => matches.id, { onDelete: "cascade" }),
    authorUserId: text("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("match_notes_match_idx").on(t.matchId, t.createdAt),
    check("match_notes_body_check", sql`char_length(${t.body}) between 1 and ${sql.raw(String(NOTE_MAX))}`),
  ],
);

export type Match = typeof matches.$inferSelect;
export type MatchEvent = typeof matchEvents.$inferSelect;
