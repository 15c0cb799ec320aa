import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { inList } from "./sql-helpers";
import { users } from "./users";
import { ALERT_FREQUENCIES, ALERT_KINDS, ALERT_QUERY_MAX } from "../../shared/vocabulary/alerts";

/**
 * A followed search (issue 17): the list page's query string (text and facets, canonical form), mailed to its user
 * when new public records match it, at once or in a daily or weekly digest. Only records published after the alert
 * was made count; search_alert_hits remembers what was sent, so nothing is mailed twice.
 */
export const searchAlerts = pgTable(
  "search_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ALERT_KINDS }).notNull(),
    query: text("query").notNull().default(""),
    frequency: text("frequency", { enum: ALERT_FREQUENCIES }).notNull().default("daily"),
    /** When the digest job last looked at this alert (whether or not it mailed). */
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("search_alerts_user_idx").on(t.userId),
    check("search_alerts_kind_check", sql`${t.kind} in (${inList(ALERT_KINDS)})`),
    check("search_alerts_frequency_check", sql`${t.frequency} in (${inList(ALERT_FREQUENCIES)})`),
    check("search_alerts_query_check", sql`char_length(${t.query}) <= ${sql.raw(String(ALERT_QUERY_MAX))}`),
  ],
);

/** The records an alert has mailed (a challenge or solution id, by the alert's kind). */
export const searchAlertHits = pgTable(
  "search_alert_hits",
  {
    alertId: uuid("alert_id")
      .notNull()
      .references(() => searchAlerts.id, { onDelete: "cascade" }),
    recordId: uuid("record_id").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.alertId, t.recordId] })],
);

export type SearchAlert = typeof searchAlerts.$inferSelect;
