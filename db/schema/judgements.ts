import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { challenges } from "./challenges";
import { matches } from "./matches";
import { solutions } from "./solutions";
import { inList } from "./sql-helpers";
import { users } from "./users";
import { JUDGE_ROLES, JUDGEMENT_REASON_MAX, JUDGEMENT_VERDICTS, MATCH_OUTCOMES } from "../../shared/vocabulary/judgements";

/**
 * "Relevant" / "niet relevant" on a suggested challenge × solution pair, by hub staff or the record's owners.
 * Append-only: a person's latest judgement of a pair is the one that counts (app/domain/judgements).
 */
export const matchJudgements = pgTable(
  "match_judgements",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
    judgedBy: text("judged_by").references(() => users.id, { onDelete: "set null" }),
    role: text("role", { enum: JUDGE_ROLES }).notNull(),
    verdict: text("verdict", { enum: JUDGEMENT_VERDICTS }).notNull(),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("match_judgements_pair_idx").on(t.challengeId, t.solutionId, t.createdAt),
    index("match_judgements_solution_idx").on(t.solutionId),
    check("match_judgements_role_check", sql`${t.role} in (${inList(JUDGE_ROLES)})`),
    check("match_judgements_verdict_check", sql`${t.verdict} in (${inList(JUDGEMENT_VERDICTS)})`),
    check("match_judgements_reason_check", sql`${t.reason} is null or char_length(${t.reason}) <= ${sql.raw(String(JUDGEMENT_REASON_MAX))}`),
  ],
);

/**
 * What became of a pair in the pipeline (introduced, pilot, adopted, dismissed), written in the transaction of the
 * state change, with whether the match came from an engine suggestion and the score it had then.
 */
export const matchOutcomes = pgTable(
  "match_outcomes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    matchId: uuid("match_id")
      .notNull()
      .references(() => matches.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    solutionId: uuid("solution_id")
      .notNull()
      .references(() => solutions.id, { onDelete: "cascade" }),
    outcome: text("outcome", { enum: MATCH_OUTCOMES }).notNull(),
    fromSuggestion: boolean("from_suggestion").notNull(),
    suggestionScore: real("suggestion_score"),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("match_outcomes_pair_idx").on(t.challengeId, t.solutionId, t.createdAt),
    index("match_outcomes_solution_idx").on(t.solutionId),
    check("match_outcomes_outcome_check", sql`${t.outcome} in (${inList(MATCH_OUTCOMES)})`),
  ],
);

export type MatchJudgement = typeof matchJudgements.$inferSelect;
export type MatchOutcomeRow = typeof matchOutcomes.$inferSelect;
