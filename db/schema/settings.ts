import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Hub-wide settings that staff change at run time (e.g. after how many working days a match waiting in a state is
 * flagged). One row per key; the value's shape is validated by the domain module that owns the key.
 */
export const hubSettings = pgTable("hub_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedByUserId: text("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
