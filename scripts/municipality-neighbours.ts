/**
 * Writes db/reference/data/gemeenten_2025.neighbours.json: for each municipality (GM####) the municipalities that
 * share a border with it, computed once from the CBS 2025 boundaries with topojson-client's neighbors() (shared
 * arcs). Run after a new boundary year: `npx tsx scripts/municipality-neighbours.ts <gemeenten.topojson>`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const source = process.argv[2] ?? "/work/shared/reference/gemeenten_2025.topojson";
const topology = JSON.parse(readFileSync(source, "utf8")) as Topology;
const collection = topology.objects.gemeente_2025 as GeometryCollection<{ statcode: string }>;
const codes = collection.geometries.map((g) => (g.properties as { statcode: string }).statcode);
const lists = neighbors(collection.geometries as Parameters<typeof neighbors>[0]);
const out: Record<string, string[]> = {};
codes.forEach((code, i) => (out[code] = lists[i].map((j) => codes[j]).sort()));
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../db/reference/data/gemeenten_2025.neighbours.json");
writeFileSync(target, `${JSON.stringify(Object.fromEntries(Object.entries(out).sort()), null, 0)}\n`);
console.log(`${codes.length} municipalities, ${Object.values(out).reduce((n, l) => n + l.length, 0) / 2} borders → ${target}`);
