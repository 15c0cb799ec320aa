import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { REGION_KINDS } from "../../shared/vocabulary/organisations";
import { inList } from "./sql-helpers";

/**
 * Dutch municipalities and provinces from the CBS "gebiedsindelingen" (versioned reference data,
 * loaded by db/reference/import.ts). Municipalities merge every year, so each row carries the
 * reference year it was imported from.
 */
export const regions = pgTable(
  "regions",
  {
    code: text("code").primaryKey(),
    kind: text("kind", { enum: REGION_KINDS }).notNull(),
    name: text("name").notNull(),
    provinceCode: text("province_code").references((): AnyPgColumn => regions.code),
    referenceYear: integer("reference_year").notNull(),
  },
  (t) => [
    check("regions_kind_check", sql`${t.kind} in (${inList(REGION_KINDS)})`),
    check(
      "regions_code_check",
      sql`(${t.kind} = 'gemeente' and ${t.code} ~ '^GM[0-9]{4}$') or (${t.kind} = 'provincie' and ${t.code} ~ '^PV[0-9]{2}$')`,
    ),
    check(
      "regions_province_check",
      sql`(${t.kind} = 'provincie' and ${t.provinceCode} is null) or (${t.kind} = 'gemeente' and ${t.provinceCode} is not null)`,
    ),
    index("regions_province_idx").on(t.provinceCode),
  ],
);

/** One row per import of a reference data set, so the data version in use is visible. */
export const referenceImports = pgTable("reference_imports", {
  dataset: text("dataset").primaryKey(),
  version: text("version").notNull(),
  rowCount: integer("row_count").notNull(),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Region = typeof regions.$inferSelect;
