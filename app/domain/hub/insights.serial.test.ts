/**
 * /hub/inzicht and its CSV on a fixed history: 3 challenges, 4 solutions and 11 matches of this file's own, dated in
 * 2001 (the period filter keeps every other row out), with every figure worked out by hand below. Serial: the map
 * counts open challenges now, whatever the period, so it is compared before and after this file's rows.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { makeChallenge, makeOrganisation, makeSolution, makeUser } = await import("../../test/factories");
const { createSessionCookie } = await import("../auth/session.server");
const { loadInsights, parseInsightFilters, insightsCsv } = await import("./insights.server");
const page = await import("../../routes/hub.inzicht");
const csvRoute = await import("../../routes/hub.inzicht[.]csv");

const DAY = 86_400_000;
const T0 = Date.UTC(2001, 0, 1, 10);
const at = (days: number) => new Date(T0 + days * DAY);
const PERIOD = "van=2001-01-01&tot=2001-12-31";
type State = (typeof s.matchEvents.$inferInsert)["toState"];

let cookie = "";
let mapBefore: Record<string, number> = {};

const openPerProvince = async () => Object.fromEntries((await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)))).perProvince.map((p) => [p.code, p.openChallenges]));

beforeAll(async () => {
  const db = getDb();
  mapBefore = await openPerProvince();
  const staff = await makeUser({ hub: "hub_staff" });
  cookie = cookieFrom(await createSessionCookie(staff.id));
  const gm = await makeOrganisation({ kind: "waterschap" });
  const company = await makeOrganisation({ kind: "bedrijf", kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)), regionCode: "GM0363" });
  const published = { status: "published" as const, submittedAt: at(20), publishedAt: at(31) };
  // C1 in Amsterdam (Noord-Holland), C2 in Noord-Holland itself, C3 in Groningen (the municipality).
  const c1 = await makeChallenge({ ownerOrganisationId: gm.id, ...published });
  const c2 = await makeChallenge({ ownerOrganisationId: gm.id, ...published });
  const c3 = await makeChallenge({ ownerOrganisationId: gm.id, ...published });
  await db.insert(s.challengeRegions).values([
    { challengeId: c1.id, regionCode: "GM0363" },
    { challengeId: c2.id, regionCode: "PV27" },
    { challengeId: c3.id, regionCode: "GM0014" },
  ]);
  await db.insert(s.challengeThemes).values([
    { challengeId: c1.id, themeSlug: "energietransitie" },
    { challengeId: c2.id, themeSlug: "energietransitie" },
    { challengeId: c2.id, themeSlug: "klimaatadaptatie" },
    { challengeId: c3.id, themeSlug: "klimaatadaptatie" },
  ]);
  const sol = [];
  for (let i = 0; i < 4; i++) sol.push(await makeSolution({ organisationId: company.id, status: "published", submittedAt: at(40), publishedAt: at(59) }));
  await db.insert(s.solutionThemes).values([
    { solutionId: sol[0].id, themeSlug: "energietransitie" },
    { solutionId: sol[1].id, themeSlug: "energietransitie" },
    { solutionId: sol[2].id, themeSlug: "klimaatadaptatie" },
  ]);
  const history: [string, string, "engine" | "company", [State, number][]][] = [
    [c1.id, sol[0].id, "company", [["interest", 0], ["screening", 2], ["introduced", 5], ["in_conversation", 9], ["pilot", 19], ["adopted", 49]]],
    [c1.id, sol[1].id, "company", [["interest", 0], ["screening", 4], ["closed", 6]]],
    [c1.id, sol[2].id, "company", [["interest", 1], ["closed", 2]]],
    [c2.id, sol[0].id, "engine", [["suggested", 0], ["interest", 3], ["screening", 4], ["introduced", 10], ["pilot", 20]]],
    [c2.id, sol[1].id, "engine", [["suggested", 0], ["closed", 1]]],
    [c2.id, sol[2].id, "engine", [["suggested", 2], ["screening", 6], ["introduced", 8], ["in_conversation", 12]]],
    [c3.id, sol[0].id, "company", [["interest", 0]]],
    [c3.id, sol[1].id, "engine", [["suggested", 0]]],
    [c3.id, sol[2].id, "engine", [["suggested", 0], ["interest", 1], ["screening", 2], ["closed", 3], ["screening", 5], ["introduced", 9]]],
    [c3.id, sol[3].id, "company", [["interest", 3], ["screening", 4]]],
    // Created after the period: not in the cohort.
    [c1.id, sol[3].id, "company", [["interest", 370], ["screening", 371]]],
  ];
  for (const [challengeId, solutionId, source, events] of history) {
    const last = events[events.length - 1];
    const [m] = await db
      .insert(s.matches)
      .values({ challengeId, solutionId, source, state: last[0], closedReason: last[0] === "closed" ? "test" : null, createdAt: at(events[0][1]), stateChangedAt: at(last[1]) })
      .returning({ id: s.matches.id });
    await db.insert(s.matchEvents).values(events.map(([to, day], i) => ({ matchId: m.id, fromState: i === 0 ? null : events[i - 1][0], toState: to, createdAt: at(day) })));
  }
});

const STATES = ["suggested", "interest", "screening", "introduced", "in_conversation", "pilot", "adopted"];

describe("insights on a fixed history", () => {
  it("the funnel, time per state, responses and publications per theme, by hand", async () => {
    const d = await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)));
    expect(d.matches).toBe(10);
    // Furthest state per match: adopted, screening, interest, pilot, suggested, in_conversation, interest, suggested, introduced, screening.
    expect(d.funnel).toEqual(
      [10, 8, 6, 4, 3, 2, 1].map((reached, i) => ({ state: STATES[i], reached, conversion: [null, 80, 75, 66.7, 75, 66.7, 50][i] })),
    );
    // suggested 3,1,4,1 → 2; interest 2,4,1,1,1,1 → 1; screening 3,2,6,1,4,2 → 2.5; introduced 4,10,4 → 4; in_conversation 10; pilot 30.
    expect(d.durations).toEqual([
      { state: "suggested", stays: 4, medianDays: 2 },
      { state: "interest", stays: 6, medianDays: 1 },
      { state: "screening", stays: 6, medianDays: 2.5 },
      { state: "introduced", stays: 3, medianDays: 4 },
      { state: "in_conversation", stays: 1, medianDays: 10 },
      { state: "pilot", stays: 1, medianDays: 30 },
    ]);
    // "Ik kan helpen": 3 on C1, 2 on C3.
    expect(d.responses).toEqual({ responses: 5, challenges: 2, average: 2.5, median: 2.5 });
    const theme = (slug: string) => d.perTheme.find((t) => t.theme === slug);
    expect(theme("energietransitie")).toMatchObject({ challenges: 2, solutions: 2 });
    expect(theme("klimaatadaptatie")).toMatchObject({ challenges: 2, solutions: 1 });
    expect(d.perTheme.filter((t) => !["energietransitie", "klimaatadaptatie"].includes(t.theme)).every((t) => t.challenges === 0 && t.solutions === 0)).toBe(true);
  });

  it("a province filters every figure; the map counts open public challenges per province", async () => {
    const d = await loadInsights(parseInsightFilters(new URLSearchParams(`${PERIOD}&provincie=PV27`)));
    expect(d.matches).toBe(6);
    expect(d.funnel.map((s) => s.reached)).toEqual([6, 5, 4, 3, 3, 2, 1]);
    expect(d.responses).toEqual({ responses: 3, challenges: 1, average: 3, median: 3 });
    expect(d.perTheme.find((t) => t.theme === "klimaatadaptatie")).toMatchObject({ challenges: 1, solutions: 1 });
    expect(d.perProvince).toHaveLength(12);
    const after = await openPerProvince();
    for (const code of Object.keys(after)) expect(after[code] - (mapBefore[code] ?? 0), code).toBe(code === "PV27" ? 2 : code === "PV20" ? 1 : 0);
    const themed = await loadInsights(parseInsightFilters(new URLSearchParams(`${PERIOD}&thema=klimaatadaptatie`)));
    expect(themed.matches).toBe(7); // the matches on C2 and C3
  });

  it("the page serves the same numbers with the map; the CSV has stable columns and is an attachment", async () => {
    const out = await run(() => page.loader({ request: makeRequest(`/hub/inzicht?${PERIOD}&provincie=PV27`, { cookie }), params: {}, context: {} }));
    expect(out.status).toBe(200);
    const body = out.body as { matches: number; charts: { map: { areas: { code: string; d: string }[] } }; provinceQueries: Record<string, string> };
    expect(body.matches).toBe(6);
    expect(body.charts.map.areas).toHaveLength(12);
    expect(body.charts.map.areas.every((a) => /^M[\d.]/.test(a.d))).toBe(true);
    expect(body.provinceQueries.PV20).toBe("van=2001-01-01&tot=2001-12-31&provincie=PV20");

    const res = await run(() => csvRoute.loader({ request: makeRequest(`/hub/inzicht.csv?${PERIOD}`, { cookie }), params: {}, context: {} }));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="opgavenmarkt-inzicht-2001-01-01-2001-12-31.csv"');
    const text = await res.response!.text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("figure,key,measure,value");
    expect(lines).toEqual(
      expect.arrayContaining([
        "filter,from,date,2001-01-01",
        "funnel,cohort,matches,10",
        "funnel,screening,reached,6",
        "funnel,introduced,conversion_pct,66.7",
        "time_in_state,pilot,median_days,30",
        "responses,company,average_per_challenge,2.5",
        "published_per_theme,energietransitie,challenges,2",
      ]),
    );
    expect(text).toBe(insightsCsv(await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)))));
  });

  it("defaults to the last 12 months and ignores malformed filters", () => {
    const f = parseInsightFilters(new URLSearchParams("van=gisteren&thema=DROP TABLE&provincie=XX1"), new Date("2026-12-06T12:00:00Z"));
    expect(f).toEqual({ from: "2025-12-07", to: "2026-12-06", theme: null, province: null });
    expect(parseInsightFilters(new URLSearchParams("van=2026-05-01&tot=2026-01-01")).from).toBe("2026-01-01");
  });
});
