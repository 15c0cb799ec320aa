/**
 * The insight page's maps, drawn on the server: the 12 provinces coloured by open challenges, and, when a province
 * is chosen, its municipalities. The geometry (CBS gebiedsindelingen 2025, see geo/README.md) is imported here only,
 * so it never reaches the browser; the page gets SVG paths rounded to one decimal.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { and, asc, eq, sql } from "drizzle-orm";
import { challengeRegions, challenges, regions } from "../../../db/schema";
import { publicChallenge } from "../../../db/conditions/challenges";
import { getDb } from "../db.server";
import { choropleth } from "./insight-charts";
import provinceTopology from "./geo/provincies_2025.topo.json";
import municipalityTopology from "./geo/gemeenten_2025.topo.json";

type AreaProps = { statcode: string; statnaam: string };
const provinces = provinceTopology as unknown as Topology<{ provincie_2025: GeometryCollection<AreaProps> }>;
const municipalities = municipalityTopology as unknown as Topology<{ gemeente_2025: GeometryCollection<AreaProps> }>;

export interface AreaCount {
  code: string;
  name: string;
  openChallenges: number;
}

export interface MunicipalityFigure {
  province: string;
  /** Every municipality of the province, by name, with its open challenges (0 included). */
  rows: AreaCount[];
  /** Open challenges whose region is the province itself (no municipality): on no municipality of the map. */
  provinceWide: number;
}

/**
 * Open challenges per municipality of one province: public, published challenges with the municipality among
 * their regions (a challenge with several municipalities counts for each); `theme` narrows as on the province map.
 */
export async function openChallengesPerMunicipality(province: string, themeFilter: ReturnType<typeof sql> | undefined): Promise<MunicipalityFigure> {
  const db = getDb();
  const list = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.kind, "gemeente"), eq(regions.provinceCode, province)))
    .orderBy(asc(regions.name));
  const open = and(publicChallenge(), eq(challenges.status, "published"), themeFilter);
  const counted = await db
    .select({ code: challengeRegions.regionCode, n: sql<number>`count(distinct ${challenges.id})::int` })
    .from(challenges)
    .innerJoin(challengeRegions, eq(challengeRegions.challengeId, challenges.id))
    .innerJoin(regions, eq(regions.code, challengeRegions.regionCode))
    .where(and(open, eq(regions.provinceCode, province)))
    .groupBy(challengeRegions.regionCode);
  const [wide] = await db
    .select({ n: sql<number>`count(distinct ${challenges.id})::int` })
    .from(challenges)
    .innerJoin(challengeRegions, eq(challengeRegions.challengeId, challenges.id))
    .where(and(open, eq(challengeRegions.regionCode, province)));
  const of = new Map(counted.map((r) => [r.code, r.n]));
  return { province, rows: list.map((m) => ({ code: m.code, name: m.name, openChallenges: of.get(m.code) ?? 0 })), provinceWide: wide?.n ?? 0 };
}

/** The municipality shapes (CBS 2025) with the given codes, for `choropleth`; also drawn by "Gluren bij de buren". */
export function municipalityFeatures(codes: ReadonlySet<string>) {
  return feature(municipalities, municipalities.objects.gemeente_2025).features.filter((f) => codes.has(String(f.id ?? f.properties.statcode)));
}

/** The province map (always) and the municipality map of the chosen province (when there is one). */
export function insightMaps(perProvince: AreaCount[], perMunicipality: MunicipalityFigure | null) {
  const provinceFeatures = feature(provinces, provinces.objects.provincie_2025).features;
  const provinceMap = choropleth(provinceFeatures as never, Object.fromEntries(perProvince.map((p) => [p.code, p.openChallenges])), 460, 540);
  if (!perMunicipality) return { provinces: provinceMap, municipalities: null };
  const features = municipalityFeatures(new Set(perMunicipality.rows.map((r) => r.code)));
  const values = Object.fromEntries(perMunicipality.rows.map((r) => [r.code, r.openChallenges]));
  const names = Object.fromEntries(perMunicipality.rows.map((r) => [r.code, r.name]));
  const map = choropleth(features as never, values, 480);
  // Names as in the regions table (the same spelling as the table beside the map).
  return { provinces: provinceMap, municipalities: { ...map, areas: map.areas.map((a) => ({ ...a, name: names[a.code] ?? a.name })) } };
}
