import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { challenges } from "./challenges";
import { organisations } from "./organisations";
import { inList } from "./sql-helpers";
import { users } from "./users";
import { JOINT_NOTE_MAX, VOLUME_MAX, VOLUME_UNITS } from "../../shared/vocabulary/joint-demand";

/**
 * "Wij ook" (issue 17): a public body other than the owner says it has the same need, with an expected volume and a
 * note. One row per body and challenge (a second "wij ook" updates it); withdrawing deletes it. The member who said
 * it is kept for the owner to contact, and set to null when that account goes.
 */
export const challengeInterests = pgTable(
  "challenge_interests",
  {
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    volume: bigint("volume", { mode: "number" }).notNull(),
    unit: text("unit", { enum: VOLUME_UNITS }).notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.challengeId, t.organisationId] }),
    index("challenge_interests_org_idx").on(t.organisationId),
    check("challenge_interests_unit_check", sql`${t.unit} in (${inList(VOLUME_UNITS)})`),
    check("challenge_interests_volume_check", sql`${t.volume} between 1 and ${sql.raw(String(VOLUME_MAX))}`),
    check("challenge_interests_note_check", sql`char_length(${t.note}) <= ${sql.raw(String(JOINT_NOTE_MAX))}`),
  ],
);

export type ChallengeInterest = typeof challengeInterests.$inferSelect;
