import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { referenceImports, regions, themes } from "../schema";
import { THEMES } from "./themes";

const here = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.join(here, "data");

/** The CBS reference set in use. Bump with new files when municipalities merge (new codes from GM1500 up). */
export const REGIONS_DATASET = { name: "cbs-gebiedsindelingen", year: 2025 } as const;

interface MunicipalityRow {
  gemeentecode: string;
  gemeentenaam: string;
  provinciecode: string;
  provincienaam: string;
}
interface ProvinceRow {
  provinciecode: string;
  provincienaam: string;
}

function readCsv<T>(file: string): T[] {
  return parse(fs.readFileSync(path.join(DATA, file), "utf8"), { columns: true, skip_empty_lines: true, trim: true });
}

export function readReferenceRegions(year: number = REGIONS_DATASET.year) {
  const provinces = readCsv<ProvinceRow>(`provincies_${year}.csv`);
  const municipalities = readCsv<MunicipalityRow>(`gemeenten_${year}.csv`);
  return { provinces, municipalities };
}

/**
 * Upsert the CBS provinces and municipalities and the theme vocabulary. Idempotent: safe on every start.
 * Regions that disappeared from a newer reference year are kept (records may still point at them),
 * but keep their old reference_year so they can be recognised.
 */
export async function importReferenceData(db: Database): Promise<{ provinces: number; municipalities: number; themes: number }> {
  const { provinces, municipalities } = readReferenceRegions();
  const year = REGIONS_DATASET.year;
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(provinces.map((p) => ({ code: p.provinciecode, kind: "provincie" as const, name: p.provincienaam, referenceYear: year })))
      .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name`, referenceYear: sql`excluded.reference_year` } });
    await tx
      .insert(regions)
      .values(
        municipalities.map((m) => ({
          code: m.gemeentecode,
          kind: "gemeente" as const,
          name: m.gemeentenaam,
          provinceCode: m.provinciecode,
          referenceYear: year,
        })),
      )
      .onConflictDoUpdate({
        target: regions.code,
        set: { name: sql`excluded.name`, provinceCode: sql`excluded.province_code`, referenceYear: sql`excluded.reference_year` },
      });
    await tx
      .insert(themes)
      .values(THEMES.map((t, i) => ({ ...t, position: i })))
      .onConflictDoUpdate({
        target: themes.slug,
        set: {
          labelNl: sql`excluded.label_nl`,
          labelEn: sql`excluded.label_en`,
          descriptionNl: sql`excluded.description_nl`,
          descriptionEn: sql`excluded.description_en`,
          sdgs: sql`excluded.sdgs`,
          terms: sql`excluded.terms`,
          position: sql`excluded.position`,
        },
      });
    const now = new Date();
    for (const row of [
      { dataset: REGIONS_DATASET.name, version: String(year), rowCount: provinces.length + municipalities.length, importedAt: now },
      { dataset: "themes", version: String(THEMES.length), rowCount: THEMES.length, importedAt: now },
    ]) {
      await tx
        .insert(referenceImports)
        .values(row)
        .onConflictDoUpdate({ target: referenceImports.dataset, set: { version: row.version, rowCount: row.rowCount, importedAt: now } });
    }
  });
  return { provinces: provinces.length, municipalities: municipalities.length, themes: THEMES.length };
}
