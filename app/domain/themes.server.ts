import { asc } from "drizzle-orm";
import { themes } from "../../db/schema";
import { getDb } from "./db.server";

export type ThemeOption = { slug: string; labelNl: string; labelEn: string; sdgs: number[] };

export async function listThemes(): Promise<ThemeOption[]> {
  return getDb()
    .select({ slug: themes.slug, labelNl: themes.labelNl, labelEn: themes.labelEn, sdgs: themes.sdgs })
    .from(themes)
    .orderBy(asc(themes.position));
}
