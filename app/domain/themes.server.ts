import { asc } from "drizzle-orm";
import { themes } from "../../db/schema";
import { getDb } from "./db.server";

export type ThemeOption = { slug: string; labelNl: string; labelEn: string; sdgs: number[] };

const THEMES_TTL_MS = 10 * 60_000;
let cache: { at: number; themes: Promise<ThemeOption[]> } | undefined;

/**
 * The themes (reference data, db/reference/themes.ts): every page's root loader reads them for the labels. They
 * change only with a reference import, which runs at start-up before the server listens (a new release), so one
 * query per ten minutes serves every page, as for the provinces (search.server.ts). A failed query is not kept.
 * Consequence (ADR 0029): an anonymous page that needs nothing else from PostgreSQL (/opgaven, from Meilisearch)
 * is served while the database is down; pages that read it still answer 503 (server/db-down.test.ts).
 */
export async function listThemes(): Promise<ThemeOption[]> {
  if (!cache || Date.now() - cache.at > THEMES_TTL_MS) {
    const loaded = getDb()
      .select({ slug: themes.slug, labelNl: themes.labelNl, labelEn: themes.labelEn, sdgs: themes.sdgs })
      .from(themes)
      .orderBy(asc(themes.position))
      .then((rows) => [...rows]);
    cache = { at: Date.now(), themes: loaded };
    loaded.catch(() => (cache = undefined));
  }
  return cache.themes;
}
