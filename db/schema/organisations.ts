import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { ORGANISATION_KINDS, REGION_KINDS } from "../../shared/vocabulary/organisations";
import { inList } from "./sql-helpers";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    name: text("name").notNull(),
    /** CBS code for public bodies (GM####, PV##); a gemeente/provincie links to its region. */
    cbsCode: text("cbs_code"),
    regionCode: text("region_code").references(() => regions.code),
    /** KvK number (8 digits) for companies and knowledge institutions. */
    kvkNumber: text("kvk_number"),
    city: text("city"),
    website: text("website"),
    description: text("description"),
    /** Hub staff verified who may speak for this organisation. */
    verified: boolean("verified").notNull().default(false),
    /** E-mail domain registered by hub staff: members with an address on it are verified on joining. */
    emailDomain: text("email_domain"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisations_slug_uq").on(t.slug),
    uniqueIndex("organisations_cbs_code_uq").on(t.cbsCode),
    uniqueIndex("organisations_kvk_number_uq").on(t.kvkNumber),
    index("organisations_kind_idx").on(t.kind),
    check("organisations_kind_check", sql`${t.kind} in (${inList(ORGANISATION_KINDS)})`),
    check("organisations_kvk_check", sql`${t.kvkNumber} is null or ${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check(
      "organisations_cbs_check",
      sql`${t.cbsCode} is null or ${t.cbsCode} ~ '^(GM[0-9]{4}|PV[0-9]{2}|WS[0-9]{4}|RK[0-9]{4})$'`,
    ),
    check(
      "organisations_identity_check",
      sql`(${t.kind} in (${inList(REGION_KINDS)}) and ${t.cbsCode} is not null and ${t.regionCode} = ${t.cbsCode})
        or (${t.kind} = 'bedrijf' and ${t.kvkNumber} is not null)
        or ${t.kind} in ('waterschap', 'rijk', 'kennisinstelling', 'hub-partner')`,
    ),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
