import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { inList } from "./sql-helpers";
import { NOTIFICATION_EMAIL_MODES, PLATFORM_ROLES } from "../../shared/vocabulary/accounts";
import { LANGUAGES } from "../../shared/vocabulary/languages";
import { MEMBERSHIP_ROLES } from "../../shared/vocabulary/organisations";

export const users = pgTable(
  "users",
  {
    /** Text id: lucia's session table refers to it. */
    id: text("id").primaryKey(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    platformRole: text("platform_role", { enum: PLATFORM_ROLES }).notNull().default("user"),
    locale: text("locale", { enum: LANGUAGES }).notNull().default("nl"),
    /** How notifications reach the user by e-mail: each at once, a daily digest, or not at all. */
    notificationEmail: text("notification_email", { enum: NOTIFICATION_EMAIL_MODES }).notNull().default("immediate"),
    lastDigestAt: timestamp("last_digest_at", { withTimezone: true }),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** Base32 TOTP secret (RFC 6238); set during enrolment, active once totpEnabledAt is set. */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** Last accepted TOTP time step, so a code cannot be replayed. */
    totpLastStep: text("totp_last_step"),
    /** Set when the account was deleted: the row stays (anonymised) so authored messages show "former user". */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_uq").on(t.email),
    check("users_email_lower_check", sql`${t.email} = lower(${t.email})`),
    check("users_platform_role_check", sql`${t.platformRole} in (${inList(PLATFORM_ROLES)})`),
    check("users_locale_check", sql`${t.locale} in (${inList(LANGUAGES)})`),
    check("users_notification_email_check", sql`${t.notificationEmail} in (${inList(NOTIFICATION_EMAIL_MODES)})`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: MEMBERSHIP_ROLES }).notNull().default("member"),
    /** For public bodies: hub staff approved this member, or their e-mail domain matched the body's domain. */
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index("memberships_organisation_idx").on(t.organisationId),
    check("memberships_role_check", sql`${t.role} in (${inList(MEMBERSHIP_ROLES)})`),
  ],
);

/** Lucia's session table shape (id, user_id, expires_at) plus audit-friendly extras. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    activeOrganisationId: uuid("active_organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    /** Password accepted but the second factor is still due: such a session grants nothing else. */
    mfaPending: boolean("mfa_pending").notNull().default(false),
    /** Browser description shown on the account page (truncated), so a user can recognise a session. */
    userAgent: text("user_agent"),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
