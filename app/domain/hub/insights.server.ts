/**
 * The hub's insight page (/hub/inzicht) and its CSV (/hub/inzicht.csv): the brokering funnel, time in each state,
 * responses per challenge, publications per theme and open challenges per province. One loader for both, so the
 * page and the download always show the same numbers.
 *
 * A challenge lies in a province when one of its regions is that province or a municipality in it. The partner and
 * broker filters narrow the match figures (funnel, time per state, responses, first messages): a match belongs to a
 * broker when they are its broker, to a partner when its broker is a member of that hub partner.
 */
import { and, asc, eq, exists, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { challengeRegions, challenges, challengeThemes, matchEvents, matches, memberships, organisations, regions, themes } from "../../../db/schema";
import { publicChallenge } from "../../../db/conditions/challenges";
import { MATCH_STATES, type MatchState } from "../../../shared/vocabulary/matches";
import { getDb } from "../db.server";
import { hubStaff } from "../users/users.repository.server";
import { horizontalBars, median, smallMultiples } from "./insight-charts";
import { insightMaps, openChallengesPerMunicipality, type MunicipalityFigure } from "./insights-geo.server";
import { firstMessages, monthsBetween, publishedPerThemeMonth, themeSeries } from "./insights-series.server";

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
  /** Slug of a hub-partner organisation. */
  partner: string | null;
  /** User id of a broker (hub staff). */
  broker: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string | null): v is string => !!v && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

const slugOrNull = (v: string | null) => (v && v.length <= 100 && /^[a-z0-9-]+$/.test(v) ? v : null);
const idOrNull = (v: string | null) => (v && v.length <= 100 && /^[A-Za-z0-9_-]+$/.test(v) ? v : null);

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
    partner: slugOrNull(params.get("partner")),
    broker: idOrNull(params.get("makelaar")),
  };
}

/** The query string of a set of filters (the CSV link and the province links carry it). */
export function filtersQuery(f: InsightFilters, override: Partial<InsightFilters> = {}): string {
  const all = { ...f, ...override };
  const q = new URLSearchParams({ van: all.from, tot: all.to });
  if (all.theme) q.set("thema", all.theme);
  if (all.province) q.set("provincie", all.province);
  if (all.partner) q.set("partner", all.partner);
  if (all.broker) q.set("makelaar", all.broker);
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

/** The match's broker is a member of the hub partner with this slug. */
function brokerOfPartner(slug: string): SQL {
  const db = getDb();
  return exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.userId, matches.brokerUserId), eq(organisations.slug, slug), eq(organisations.kind, "hub-partner"))),
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
    f.broker ? eq(matches.brokerUserId, f.broker) : undefined,
    f.partner ? brokerOfPartner(f.partner) : undefined,
  );
  const history = await db
    .select({ matchId: matches.id, challengeId: matches.challengeId, source: matches.source, toState: matchEvents.toState, at: matchEvents.createdAt })
    .from(matches)
    .innerJoin(matchEvents, eq(matchEvents.matchId, matches.id))
    .where(cohort)
    .orderBy(asc(matchEvents.createdAt), asc(matchEvents.id));
  const summary = summariseHistory(history);
  const firstMessage = await firstMessages([...new Set(history.map((h) => h.matchId))]);

  // Publications per theme and month; per theme over the period is their sum (each record has one publication date).
  const months = monthsBetween(f.from, f.to);
  const monthly = await publishedPerThemeMonth(
    { from: start(f.from), toExclusive: endExclusive(f.to), theme: f.theme, province: f.province },
    (id) => challengeInProvince(id, f.province!),
  );
  const themeList = await db.select({ slug: themes.slug, labelNl: themes.labelNl, labelEn: themes.labelEn }).from(themes).orderBy(asc(themes.position));
  const total = (kind: "challenges" | "solutions", theme: string) => monthly.filter((r) => r.kind === kind && r.theme === theme).reduce((a, r) => a + r.n, 0);
  const perTheme: ThemeCount[] = themeList
    .filter((t) => !f.theme || t.slug === f.theme)
    .map((t) => ({ theme: t.slug, labelNl: t.labelNl, labelEn: t.labelEn, challenges: total("challenges", t.slug), solutions: total("solutions", t.slug) }));

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

  const themesOverTime = { months, rows: themeSeries(months, themeList.map((t) => t.slug), monthly) };
  const perMunicipality: MunicipalityFigure | null = f.province
    ? await openChallengesPerMunicipality(f.province, f.theme ? challengeHasTheme(challenges.id, f.theme) : undefined)
    : null;
  const partners = await db
    .select({ slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.kind, "hub-partner"))
    .orderBy(asc(organisations.name));
  const brokers = await hubStaff(db);
  return { filters: f, ...summary, firstMessage, perTheme, themesOverTime, perProvince, perMunicipality, themes: themeList, partners, brokers };
}

export type Insights = Awaited<ReturnType<typeof loadInsights>>;

/** The page: the numbers plus the chart geometry (computed here, so the browser gets plain SVG). */
export async function insightsPage(f: InsightFilters) {
  const data = await loadInsights(f);
  const funnelChart = horizontalBars(
    data.funnel.map((s) => ({ key: s.state, label: s.state, value: s.reached })),
    { width: 520, rowHeight: 30, labelWidth: 150 },
  );
  const themeChart = horizontalBars(
    data.perTheme.map((t) => ({ key: t.theme, label: t.theme, value: t.challenges + t.solutions })),
    { width: 640, rowHeight: 26, labelWidth: 300 },
  );
  const overTime = smallMultiples(
    data.themesOverTime.rows.map((r) => ({ key: r.theme, series: { challenges: r.challenges, solutions: r.solutions } })),
    data.themesOverTime.months,
    { width: 300, height: 110, margin: 24 },
  );
  const maps = insightMaps(data.perProvince, data.perMunicipality);
  return { ...data, charts: { map: maps.provinces, municipalityMap: maps.municipalities, funnel: funnelChart, themes: themeChart, overTime } };
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
  rows.push(["filter", "partner", "slug", f.partner], ["filter", "broker", "user_id", f.broker]);
  rows.push(["funnel", "cohort", "matches", d.matches]);
  for (const s of d.funnel) rows.push(["funnel", s.state, "reached", s.reached], ["funnel", s.state, "conversion_pct", s.conversion]);
  for (const s of d.durations) rows.push(["time_in_state", s.state, "stays", s.stays], ["time_in_state", s.state, "median_days", s.medianDays]);
  rows.push(
    ["responses", "company", "responses", d.responses.responses],
    ["responses", "company", "challenges", d.responses.challenges],
    ["responses", "company", "average_per_challenge", d.responses.average],
    ["responses", "company", "median_per_challenge", d.responses.median],
  );
  for (const m of d.firstMessage) {
    rows.push(["first_message", m.party, "introduced", m.introduced], ["first_message", m.party, "wrote", m.wrote], ["first_message", m.party, "median_days", m.medianDays]);
  }
  for (const t of d.perTheme) rows.push(["published_per_theme", t.theme, "challenges", t.challenges], ["published_per_theme", t.theme, "solutions", t.solutions]);
  for (const r of d.themesOverTime.rows) {
    d.themesOverTime.months.forEach((m, i) => rows.push(["published_per_theme_month", `${r.theme}:${m}`, "challenges", r.challenges[i]], ["published_per_theme_month", `${r.theme}:${m}`, "solutions", r.solutions[i]]));
  }
  for (const p of d.perProvince) rows.push(["open_challenges_per_province", p.code, "challenges", p.openChallenges]);
  if (d.perMunicipality) {
    rows.push(["open_challenges_per_municipality", d.perMunicipality.province, "province_wide", d.perMunicipality.provinceWide]);
    for (const m of d.perMunicipality.rows) rows.push(["open_challenges_per_municipality", m.code, "challenges", m.openChallenges]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const insightsCsvName = (f: InsightFilters) =>
  `opgavenmarkt-inzicht-${f.from}-${f.to}${[f.theme, f.province, f.partner, f.broker].map((v) => (v ? `-${v}` : "")).join("")}.csv`;


