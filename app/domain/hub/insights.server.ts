/**
 * The hub's insight page (/hub/inzicht) and its CSV (/hub/inzicht.csv): the brokering funnel, time in each state,
 * responses per challenge, publications per theme and open challenges per province. One loader for both, so the
 * page and the download always show the same numbers.
 *
 * A challenge lies in a province when one of its regions is that province or a municipality in it.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { and, asc, eq, exists, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { challengeRegions, challenges, challengeThemes, matchEvents, matches, organisations, regions, solutions, solutionThemes, themes } from "../../../db/schema";
import { publicChallenge } from "../../../db/conditions/challenges";
import { MATCH_STATES, type MatchState } from "../../../shared/vocabulary/matches";
import { getDb } from "../db.server";
import { choropleth, horizontalBars, median } from "./insight-charts";
import provinceTopology from "./geo/provincies_2025.topo.json";

/** The pipeline in order; "closed" is an exit, not a step. */
export const FUNNEL_STATES = MATCH_STATES.filter((s) => s !== "closed") as Exclude<MatchState, "closed">[];
const RANK = new Map<string, number>(FUNNEL_STATES.map((s, i) => [s, i]));
const DAY_MS = 86_400_000;

export interface InsightFilters {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
  theme: string | null;
  province: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string | null): v is string => !!v && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/** Filters from the query string; defaults: the last 12 months up to today, all themes, all provinces. */
export function parseInsightFilters(params: URLSearchParams, now = new Date()): InsightFilters {
  const today = now.toISOString().slice(0, 10);
  const yearAgo = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate() + 1)).toISOString().slice(0, 10);
  let from = params.get("van");
  let to = params.get("tot");
  if (!validDate(from)) from = yearAgo;
  if (!validDate(to)) to = today;
  if (from > to) [from, to] = [to, from];
  const theme = params.get("thema");
  const province = params.get("provincie");
  return {
    from,
    to,
    theme: theme && /^[a-z0-9-]+$/.test(theme) ? theme : null,
    province: province && /^PV\d{2}$/.test(province) ? province : null,
  };
}

/** The query string of a set of filters (the CSV link and the province links carry it). */
export function filtersQuery(f: InsightFilters, override: Partial<InsightFilters> = {}): string {
  const all = { ...f, ...override };
  const q = new URLSearchParams({ van: all.from, tot: all.to });
  if (all.theme) q.set("thema", all.theme);
  if (all.province) q.set("provincie", all.province);
  return q.toString();
}

const start = (day: string) => new Date(`${day}T00:00:00Z`);
const endExclusive = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);

/** The challenge lies in the province (one of its regions is the province or a municipality in it). */
function challengeInProvince(challengeId: SQL | AnyPgColumn, province: string): SQL {
  const db = getDb();
  return exists(
    db
      .select({ one: sql`1` })
      .from(challengeRegions)
      .innerJoin(regions, eq(regions.code, challengeRegions.regionCode))
      .where(and(eq(challengeRegions.challengeId, challengeId), or(eq(regions.code, province), eq(regions.provinceCode, province)))),
  );
}

function challengeHasTheme(challengeId: SQL | AnyPgColumn, theme: string): SQL {
  return exists(
    getDb()
      .select({ one: sql`1` })
      .from(challengeThemes)
      .where(and(eq(challengeThemes.challengeId, challengeId), eq(challengeThemes.themeSlug, theme))),
  );
}

export interface FunnelStep {
  state: MatchState;
  reached: number;
  /** Share of the previous step that reached this one, in percent (null for the first step or when it had none). */
  conversion: number | null;
}
export interface StateDuration {
  state: MatchState;
  /** Completed stays (the match left the state). */
  stays: number;
  medianDays: number | null;
}
export interface ThemeCount {
  theme: string;
  labelNl: string;
  labelEn: string;
  challenges: number;
  solutions: number;
}
export interface ProvinceCount {
  code: string;
  name: string;
  openChallenges: number;
}

export interface MatchHistoryRow {
  matchId: string;
  challengeId: string;
  source: string;
  toState: string;
  at: Date;
}

/** The funnel, durations and responses from the cohort's history (pure: the test feeds it by hand too). */
export function summariseHistory(rows: MatchHistoryRow[]) {
  const byMatch = new Map<string, MatchHistoryRow[]>();
  for (const r of rows) byMatch.set(r.matchId, [...(byMatch.get(r.matchId) ?? []), r]);
  const furthest = new Map<string, number>();
  const stays = new Map<string, number[]>();
  for (const [id, events] of byMatch) {
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    furthest.set(id, Math.max(-1, ...events.map((e) => RANK.get(e.toState) ?? -1)));
    for (let i = 0; i + 1 < events.length; i++) {
      const days = (events[i + 1].at.getTime() - events[i].at.getTime()) / DAY_MS;
      stays.set(events[i].toState, [...(stays.get(events[i].toState) ?? []), days]);
    }
  }
  const funnel: FunnelStep[] = FUNNEL_STATES.map((state, i) => ({ state, reached: [...furthest.values()].filter((r) => r >= i).length, conversion: null }));
  for (let i = 1; i < funnel.length; i++) {
    const prev = funnel[i - 1].reached;
    funnel[i].conversion = prev === 0 ? null : Math.round((funnel[i].reached / prev) * 1000) / 10;
  }
  const durations: StateDuration[] = FUNNEL_STATES.filter((s) => s !== "adopted").map((state) => {
    const list = stays.get(state) ?? [];
    const m = median(list);
    return { state, stays: list.length, medianDays: m === null ? null : Math.round(m * 10) / 10 };
  });
  const perChallenge = new Map<string, number>();
  for (const [, events] of byMatch) {
    if (events[0].source !== "company") continue;
    perChallenge.set(events[0].challengeId, (perChallenge.get(events[0].challengeId) ?? 0) + 1);
  }
  const counts = [...perChallenge.values()];
  const total = counts.reduce((a, b) => a + b, 0);
  const responses = {
    responses: total,
    challenges: counts.length,
    average: counts.length === 0 ? null : Math.round((total / counts.length) * 100) / 100,
    median: median(counts),
  };
  return { matches: byMatch.size, funnel, durations, responses };
}

export async function loadInsights(f: InsightFilters) {
  const db = getDb();
  const period = and(gte(matches.createdAt, start(f.from)), lt(matches.createdAt, endExclusive(f.to)));
  const cohort = and(
    period,
    f.theme ? challengeHasTheme(matches.challengeId, f.theme) : undefined,
    f.province ? challengeInProvince(matches.challengeId, f.province) : undefined,
  );
  const history = await db
    .select({ matchId: matches.id, challengeId: matches.challengeId, source: matches.source, toState: matchEvents.toState, at: matchEvents.createdAt })
    .from(matches)
    .innerJoin(matchEvents, eq(matchEvents.matchId, matches.id))
    .where(cohort)
    .orderBy(asc(matchEvents.createdAt), asc(matchEvents.id));
  const summary = summariseHistory(history);

  const published = (col: typeof challenges.publishedAt | typeof solutions.publishedAt) => and(gte(col, start(f.from)), lt(col, endExclusive(f.to)));
  const challengeRows = await db
    .select({ theme: challengeThemes.themeSlug, n: sql<number>`count(distinct ${challenges.id})::int` })
    .from(challenges)
    .innerJoin(challengeThemes, eq(challengeThemes.challengeId, challenges.id))
    .where(and(publicChallenge(), published(challenges.publishedAt), f.province ? challengeInProvince(challenges.id, f.province) : undefined))
    .groupBy(challengeThemes.themeSlug);
  const solutionRows = await db
    .select({ theme: solutionThemes.themeSlug, n: sql<number>`count(distinct ${solutions.id})::int` })
    .from(solutions)
    .innerJoin(solutionThemes, eq(solutionThemes.solutionId, solutions.id))
    .innerJoin(organisations, eq(organisations.id, solutions.organisationId))
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(
      and(
        eq(solutions.status, "published"),
        published(solutions.publishedAt),
        f.province ? or(eq(regions.code, f.province), eq(regions.provinceCode, f.province)) : undefined,
      ),
    )
    .groupBy(solutionThemes.themeSlug);
  const themeList = await db.select({ slug: themes.slug, labelNl: themes.labelNl, labelEn: themes.labelEn }).from(themes).orderBy(asc(themes.position));
  const cOf = new Map(challengeRows.map((r) => [r.theme, r.n]));
  const sOf = new Map(solutionRows.map((r) => [r.theme, r.n]));
  const perTheme: ThemeCount[] = themeList
    .filter((t) => !f.theme || t.slug === f.theme)
    .map((t) => ({ theme: t.slug, labelNl: t.labelNl, labelEn: t.labelEn, challenges: cOf.get(t.slug) ?? 0, solutions: sOf.get(t.slug) ?? 0 }));

  // Open challenges per province: public and published (open for responses) now, whatever the period.
  const provinceRows = await db
    .select({ code: sql<string>`coalesce(${regions.provinceCode}, ${regions.code})`, n: sql<number>`count(distinct ${challenges.id})::int` })
    .from(challenges)
    .innerJoin(challengeRegions, eq(challengeRegions.challengeId, challenges.id))
    .innerJoin(regions, eq(regions.code, challengeRegions.regionCode))
    .where(and(publicChallenge(), eq(challenges.status, "published"), f.theme ? challengeHasTheme(challenges.id, f.theme) : undefined))
    .groupBy(sql`coalesce(${regions.provinceCode}, ${regions.code})`);
  const provinceNames = await db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.kind, "provincie")).orderBy(asc(regions.code));
  const pOf = new Map(provinceRows.map((r) => [r.code, r.n]));
  const perProvince: ProvinceCount[] = provinceNames.map((p) => ({ code: p.code, name: p.name, openChallenges: pOf.get(p.code) ?? 0 }));

  return { filters: f, ...summary, perTheme, perProvince, themes: themeList };
}

export type Insights = Awaited<ReturnType<typeof loadInsights>>;

type ProvinceProps = { statcode: string; statnaam: string };
const topology = provinceTopology as unknown as Topology<{ provincie_2025: GeometryCollection<ProvinceProps> }>;

/** The page: the numbers plus the chart geometry (computed here, so the browser gets plain SVG). */
export async function insightsPage(f: InsightFilters) {
  const data = await loadInsights(f);
  const provinces = feature(topology, topology.objects.provincie_2025);
  const values = Object.fromEntries(data.perProvince.map((p) => [p.code, p.openChallenges]));
  const map = choropleth(provinces.features as never, values, 360, 420);
  const funnelChart = horizontalBars(
    data.funnel.map((s) => ({ key: s.state, label: s.state, value: s.reached })),
    { width: 520, rowHeight: 30, labelWidth: 150 },
  );
  const themeChart = horizontalBars(
    data.perTheme.map((t) => ({ key: t.theme, label: t.theme, value: t.challenges + t.solutions })),
    { width: 640, rowHeight: 26, labelWidth: 300 },
  );
  return { ...data, charts: { map, funnel: funnelChart, themes: themeChart } };
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The CSV: one long table with stable columns (figure, key, measure, value), so every figure fits and a new figure
 * adds rows, not columns.
 */
export function insightsCsv(d: Insights): string {
  const rows: (string | number | null)[][] = [["figure", "key", "measure", "value"]];
  const f = d.filters;
  rows.push(["filter", "from", "date", f.from], ["filter", "to", "date", f.to], ["filter", "theme", "slug", f.theme], ["filter", "province", "code", f.province]);
  rows.push(["funnel", "cohort", "matches", d.matches]);
  for (const s of d.funnel) rows.push(["funnel", s.state, "reached", s.reached], ["funnel", s.state, "conversion_pct", s.conversion]);
  for (const s of d.durations) rows.push(["time_in_state", s.state, "stays", s.stays], ["time_in_state", s.state, "median_days", s.medianDays]);
  rows.push(
    ["responses", "company", "responses", d.responses.responses],
    ["responses", "company", "challenges", d.responses.challenges],
    ["responses", "company", "average_per_challenge", d.responses.average],
    ["responses", "company", "median_per_challenge", d.responses.median],
  );
  for (const t of d.perTheme) rows.push(["published_per_theme", t.theme, "challenges", t.challenges], ["published_per_theme", t.theme, "solutions", t.solutions]);
  for (const p of d.perProvince) rows.push(["open_challenges_per_province", p.code, "challenges", p.openChallenges]);
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const insightsCsvName = (f: InsightFilters) => `opgavenmarkt-inzicht-${f.from}-${f.to}${f.theme ? `-${f.theme}` : ""}${f.province ? `-${f.province}` : ""}.csv`;


