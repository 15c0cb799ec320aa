import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { inList } from "./sql-helpers";
import { users } from "./users";
import { TOKEN_PURPOSES } from "../../shared/vocabulary/accounts";

/**
 * Single-use e-mail link tokens. Only the SHA-256 hash of the token is stored, so a database leak does not
 * hand out working links.
 */
export const emailTokens = pgTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    purpose: text("purpose", { enum: TOKEN_PURPOSES }).notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** For invitations: the invited address, organisation and role. */
    email: text("email"),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role"),
    /** For invitations: the admin who sent it (ADR 0015: a verified admin's invitation verifies on acceptance). */
    invitedByUserId: text("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("email_tokens_user_idx").on(t.userId),
    check("email_tokens_purpose_check", sql`${t.purpose} in (${inList(TOKEN_PURPOSES)})`),
  ],
);

/** Development mail outbox: with no SMTP_URL, mail lands here and shows on /ontwikkeling/mail. */
export const devMail = pgTable(
  "dev_mail",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dev_mail_to_idx").on(t.to, t.createdAt)],
);

/** Rate-limit attempts, shared by every app process: one row per bucket and attempt time (`window_start`), summed over a sliding window. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    bucket: text("bucket").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);

/** Authentication events and access-control failures; never passwords, tokens or codes. */
export const securityEvents = pgTable(
  "security_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    event: text("event").notNull(),
    userId: text("user_id"),
    ip: text("ip"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("security_events_event_idx").on(t.event, t.createdAt)],
);
