import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Transactional outbox for the Meilisearch index: every write that changes indexed data adds a row
 * in the same transaction; a worker applies the rows in order per record.
 */
export const searchOutbox = pgTable(
  "search_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entityType: text("entity_type", { enum: ["challenge", "solution"] }).notNull(),
    entityId: text("entity_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("search_outbox_pending_idx").on(t.availableAt, t.id).where(sql`${t.processedAt} is null`),
    check("search_outbox_entity_check", sql`${t.entityType} in ('challenge', 'solution')`),
  ],
);
