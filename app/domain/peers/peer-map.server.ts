/**
 * The map above the "Gluren bij de buren" table, drawn on the server with the hub's map helpers (CBS 2025 geometry,
 * app/domain/hub/geo): the body's province with its municipalities, plus bordering municipalities across the
 * province border, shaded by the number of confirmed deployments the table lists for each. The own municipality and
 * the bordering ones are marked. No geometry reaches the browser: the page gets SVG paths.
 */
import { eq, or } from "drizzle-orm";
import { regions } from "../../../db/schema";
import { getDb } from "../db.server";
import { choropleth, MAP_COLOURS, mapTextColour, type MapArea } from "../hub/insight-charts";
import { municipalityFeatures } from "../hub/insights-geo.server";
import { neighboursOf } from "./peers.server";

export type PeerMapRole = "own" | "adjacent" | "other";
export interface PeerMapArea extends MapArea {
  role: PeerMapRole;
}
export interface PeerMap {
  width: number;
  height: number;
  areas: PeerMapArea[];
  /** The shades in use, lightest first, with the range of deployment counts each stands for. */
  shades: { fill: string; min: number; max: number }[];
  /** The province drawn (its name, for the accessible name). */
  provinceName: string;
}

/** The map for a body (municipality or province) and the rows of its table; null when the body has no province. */
export async function peerMap(regionCode: string, rows: { regionCode: string }[]): Promise<PeerMap | null> {
  const db = getDb();
  const [own] = await db.select({ kind: regions.kind, province: regions.provinceCode }).from(regions).where(eq(regions.code, regionCode));
  const province = own?.kind === "provincie" ? regionCode : own?.province;
  if (!province) return null;
  const adjacent = new Set(own.kind === "gemeente" ? neighboursOf(regionCode) : []);
  const list = await db
    .select({ code: regions.code, name: regions.name, kind: regions.kind })
    .from(regions)
    .where(or(eq(regions.provinceCode, province), eq(regions.code, province)));
  const provinceName = list.find((r) => r.code === province)?.name ?? province;
  const names = new Map(list.filter((r) => r.kind === "gemeente").map((r) => [r.code, r.name]));
  // Bordering municipalities in another province are drawn too, so that every row of the table has a place.
  const outside = [...adjacent].filter((c) => !names.has(c));
  if (outside.length) {
    const more = await db.select({ code: regions.code, name: regions.name }).from(regions).where(or(...outside.map((c) => eq(regions.code, c))));
    for (const r of more) names.set(r.code, r.name);
  }
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.regionCode] = (counts[r.regionCode] ?? 0) + 1;
  const map = choropleth(municipalityFeatures(new Set(names.keys())) as never, counts, 440, 480);
  const role = (code: string): PeerMapRole => (code === regionCode ? "own" : adjacent.has(code) ? "adjacent" : "other");
  // A municipality with deployments is never drawn in the "none" shade (quantizing can put a small count there).
  const shade = (a: MapArea) => (a.value > 0 && a.fill === MAP_COLOURS[0] ? { fill: MAP_COLOURS[1], text: mapTextColour(MAP_COLOURS[1]) } : {});
  const areas = map.areas.map((a) => ({ ...a, ...shade(a), name: names.get(a.code) ?? a.name, role: role(a.code) }));
  const shades = MAP_COLOURS.slice(1).flatMap((fill) => {
    const values = areas.filter((a) => a.value > 0 && a.fill === fill).map((a) => a.value);
    return values.length ? [{ fill, min: Math.min(...values), max: Math.max(...values) }] : [];
  });
  return { width: map.width, height: map.height, areas, shades, provinceName };
}
