import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { ThemeTerm } from "../reference/themes";

/** The controlled theme vocabulary, imported from db/reference/themes.ts. */
export const themes = pgTable(
  "themes",
  {
    slug: text("slug").primaryKey(),
    labelNl: text("label_nl").notNull(),
    labelEn: text("label_en").notNull(),
    descriptionNl: text("description_nl").notNull(),
    descriptionEn: text("description_en").notNull(),
    sdgs: integer("sdgs").array().notNull(),
    terms: jsonb("terms").$type<ThemeTerm[]>().notNull(),
    position: integer("position").notNull(),
  },
  (t) => [check("themes_slug_check", sql`${t.slug} ~ '^[a-z0-9-]+$'`)],
);

export type Theme = typeof themes.$inferSelect;
