/**
 * Pure chart geometry for the hub's insight page (/hub/inzicht): numbers in, SVG shapes out. No data access; the
 * loader calls these on the server, so d3 never ships to the browser and the page renders without JavaScript.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { scaleBand, scaleLinear, scalePoint, scaleQuantize } from "d3-scale";
import { line } from "d3-shape";

export interface Bar {
  key: string;
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Horizontal bars: one row per item, length proportional to the value (0 at the left edge). */
export function horizontalBars(
  items: { key: string; label: string; value: number }[],
  size: { width: number; rowHeight: number; labelWidth: number },
): { width: number; height: number; bars: Bar[] } {
  const height = Math.max(1, items.length) * size.rowHeight;
  const max = Math.max(1, ...items.map((i) => i.value));
  const x = scaleLinear().domain([0, max]).range([0, size.width - size.labelWidth - 40]);
  const y = scaleBand<string>()
    .domain(items.map((i) => i.key))
    .range([0, height])
    .padding(0.2);
  return {
    width: size.width,
    height,
    bars: items.map((i) => ({ key: i.key, label: i.label, value: i.value, x: size.labelWidth, y: y(i.key) ?? 0, width: x(i.value), height: y.bandwidth() })),
  };
}

/**
 * Sequential fill colours for the map, light to dark blue. Dark text is used on the three lightest, white on the
 * others; each pair has a contrast ratio above 4.5:1, and the outline (#1f2937) sets every province off from white.
 */
export const MAP_COLOURS = ["#eff6ff", "#bfdbfe", "#93c5fd", "#1d4ed8", "#1e3a8a"] as const;
export const mapTextColour = (fill: string) => (MAP_COLOURS.indexOf(fill as (typeof MAP_COLOURS)[number]) >= 3 ? "#ffffff" : "#111827");

export interface MapArea {
  code: string;
  name: string;
  value: number;
  d: string;
  fill: string;
  text: string;
  /** Where the number label goes (the centroid). */
  cx: number;
  cy: number;
}

interface TopoFeature {
  type: "Feature";
  id?: string | number;
  properties: { statnaam?: string; statcode?: string } | null;
  geometry: unknown;
}

/**
 * A choropleth of the given features, fitted to `width` × `height` with a Mercator projection; without a height, fitted
 * to the width with the height the shape needs (a wide province gets a low map, not empty space).
 */
export function choropleth(features: TopoFeature[], values: Record<string, number>, width: number, maxHeight?: number): { width: number; height: number; areas: MapArea[] } {
  const collection = { type: "FeatureCollection", features } as unknown as GeoPermissibleObjects;
  const projection = maxHeight ? geoMercator().fitSize([width, maxHeight], collection as never) : geoMercator().fitWidth(width, collection as never);
  const height = maxHeight ?? Math.ceil(geoPath(projection).bounds(collection)[1][1]);
  // One decimal is finer than a screen pixel at these sizes and keeps the page light.
  const path = geoPath(projection).digits(1);
  const max = Math.max(1, ...Object.values(values));
  const colour = scaleQuantize<string>().domain([0, max]).range([...MAP_COLOURS]);
  return {
    width,
    height,
    areas: features.map((f) => {
      const code = String(f.id ?? f.properties?.statcode ?? "");
      const value = values[code] ?? 0;
      const fill = value === 0 ? MAP_COLOURS[0] : colour(value);
      const [cx, cy] = path.centroid(f as never);
      return { code, name: f.properties?.statnaam ?? code, value, d: path(f as never) ?? "", fill, text: mapTextColour(fill), cx: Math.round(cx), cy: Math.round(cy) };
    }),
  };
}

/** The median of a list of numbers (null for an empty list). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface SeriesChart {
  key: string;
  width: number;
  height: number;
  /** One path per series (d3-shape line), plus its points for markers. */
  lines: { series: string; d: string; points: { x: number; y: number; value: number }[] }[];
  /** Tick labels for the first and last period (the table has every period). */
  ticks: { x: number; label: string }[];
  /** The y axis top value (shared by every small chart, so they compare). */
  max: number;
}

/**
 * Small multiples: one line chart per item (e.g. a theme) over the same periods, each series a line. All charts
 * share one y scale so that a taller line means more, across charts.
 */
export function smallMultiples(
  items: { key: string; series: Record<string, number[]> }[],
  periods: string[],
  size: { width: number; height: number; margin: number },
): SeriesChart[] {
  const max = Math.max(1, ...items.flatMap((i) => Object.values(i.series).flat()));
  const x = scalePoint<string>().domain(periods).range([size.margin, size.width - size.margin]);
  const y = scaleLinear().domain([0, max]).range([size.height - 18, 6]);
  const ticks = periods.length ? [...new Set([periods[0], periods[periods.length - 1]])].map((p) => ({ x: Math.round(x(p) ?? 0), label: p })) : [];
  return items.map((item) => ({
    key: item.key,
    width: size.width,
    height: size.height,
    max,
    ticks,
    lines: Object.entries(item.series).map(([series, values]) => {
      const points = values.map((v, i) => ({ x: Math.round((x(periods[i]) ?? 0) * 10) / 10, y: Math.round(y(v) * 10) / 10, value: v }));
      const d = line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y)(points);
      return { series, d: d ?? "", points };
    }),
  }));
}
