/**
 * /hub/inzicht and its CSV on a fixed history: 3 challenges, 4 solutions and 11 matches of this file's own, dated in
 * 2001 (the period filter keeps every other row out), with every figure worked out by hand below. Serial: the maps
 * count open challenges now, whatever the period, so they are compared before and after this file's rows. Four of
 * the matches were introduced; three have conversations with known messages; two brokers, one of them with a partner.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { makeChallenge, makeMembership, makeOrganisation, makeSolution, makeUser } = await import("../../test/factories");
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
let nhBefore: { rows: Record<string, number>; provinceWide: number } = { rows: {}, provinceWide: 0 };
let brokerA = "";
let partnerSlug = "";

const openInNoordHolland = async () => {
  const m = (await loadInsights(parseInsightFilters(new URLSearchParams(`${PERIOD}&provincie=PV27`)))).perMunicipality!;
  return { rows: Object.fromEntries(m.rows.map((r) => [r.code, r.openChallenges])), provinceWide: m.provinceWide };
};
const openPerProvince = async () => Object.fromEntries((await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)))).perProvince.map((p) => [p.code, p.openChallenges]));

beforeAll(async () => {
  const db = getDb();
  mapBefore = await openPerProvince();
  nhBefore = await openInNoordHolland();
  const staff = await makeUser({ hub: "hub_staff" });
  // Broker A works for a hub partner; broker B for none.
  brokerA = (await makeUser({ hub: "hub_staff" })).id;
  const brokerB = (await makeUser({ hub: "hub_staff" })).id;
  const partner = await makeOrganisation({ kind: "hub-partner" });
  partnerSlug = partner.slug;
  await makeMembership(brokerA, partner.id);
  const owner = (await makeUser()).id;
  const provider = (await makeUser()).id;
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
  // Solutions 0, 1 and 3 published on 1 March 2001, solution 2 on 11 April.
  for (let i = 0; i < 4; i++) sol.push(await makeSolution({ organisationId: company.id, status: "published", submittedAt: at(40), publishedAt: at(i === 2 ? 100 : 59) }));
  await db.insert(s.solutionThemes).values([
    { solutionId: sol[0].id, themeSlug: "energietransitie" },
    { solutionId: sol[1].id, themeSlug: "energietransitie" },
    { solutionId: sol[2].id, themeSlug: "klimaatadaptatie" },
  ]);
  // Introduced: #0 on day 5, #3 on day 10, #5 on day 8, #8 on day 9 (no messages). Broker A on #0 and #3, B on #5.
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
  const brokers: Record<number, string> = { 0: brokerA, 3: brokerA, 5: brokerB };
  const ids: string[] = [];
  for (const [n, [challengeId, solutionId, source, events]] of history.entries()) {
    const last = events[events.length - 1];
    const [m] = await db
      .insert(s.matches)
      .values({ challengeId, solutionId, source, brokerUserId: brokers[n] ?? null, state: last[0], closedReason: last[0] === "closed" ? "test" : null, createdAt: at(events[0][1]), stateChangedAt: at(last[1]) })
      .returning({ id: s.matches.id });
    ids.push(m.id);
    await db.insert(s.matchEvents).values(events.map(([to, day], i) => ({ matchId: m.id, fromState: i === 0 ? null : events[i - 1][0], toState: to, createdAt: at(day) })));
  }
  // Conversations: [match, author role, day]. Before the introduction (#3, day 9) does not count; nor a second message.
  const posts: [number, "challenge_owner" | "solution_owner" | "broker", number][] = [
    [0, "broker", 5.5], [0, "challenge_owner", 6], [0, "challenge_owner", 7], [0, "solution_owner", 8],
    [3, "solution_owner", 9], [3, "solution_owner", 11], [3, "challenge_owner", 14],
    [5, "challenge_owner", 10],
  ];
  const userOf = { challenge_owner: owner, solution_owner: provider, broker: staff.id };
  for (const n of [0, 3, 5]) {
    const [thread] = await db.insert(s.threads).values({ matchId: ids[n], subject: `Match ${n}`, createdAt: at(5) }).returning({ id: s.threads.id });
    await db.insert(s.threadParticipants).values(Object.entries(userOf).map(([role, userId]) => ({ threadId: thread.id, userId, role: role as keyof typeof userOf })));
    const mine = posts.filter((p) => p[0] === n);
    await db.insert(s.messages).values(mine.map(([, role, day], i) => ({ threadId: thread.id, authorUserId: userOf[role], body: `Bericht ${i}`, createdAt: at(day) })));
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

  it("time from introduction to first message per party, by hand", async () => {
    const d = await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)));
    // Owner: 1 (#0), 4 (#3), 2 (#5) → 2. Provider: 3 (#0), 1 (#3; day 9 was before the introduction) → 2. Broker: 0.5.
    expect(d.firstMessage).toEqual([
      { party: "challenge_owner", introduced: 4, wrote: 3, medianDays: 2 },
      { party: "solution_owner", introduced: 4, wrote: 2, medianDays: 2 },
      { party: "broker", introduced: 4, wrote: 1, medianDays: 0.5 },
    ]);
  });

  it("partner and broker filter the match figures only", async () => {
    for (const q of [`makelaar=${brokerA}`, `partner=${partnerSlug}`]) {
      const d = await loadInsights(parseInsightFilters(new URLSearchParams(`${PERIOD}&${q}`)));
      // #0 (adopted) and #3 (pilot).
      expect(d.matches, q).toBe(2);
      expect(d.funnel.map((f) => f.reached), q).toEqual([2, 2, 2, 2, 2, 2, 1]);
      expect(d.funnel.map((f) => f.conversion), q).toEqual([null, 100, 100, 100, 100, 100, 50]);
      // suggested: 3 (#3); interest: 2, 1; screening: 3, 6; introduced: 4, 10; in_conversation: 10; pilot: 30.
      expect(d.durations.map((x) => [x.stays, x.medianDays]), q).toEqual([[1, 3], [2, 1.5], [2, 4.5], [2, 7], [1, 10], [1, 30]]);
      expect(d.responses, q).toEqual({ responses: 1, challenges: 1, average: 1, median: 1 });
      expect(d.firstMessage.map((m) => [m.introduced, m.wrote, m.medianDays]), q).toEqual([[2, 2, 2.5], [2, 2, 2], [2, 1, 0.5]]);
      // Publications do not depend on brokers.
      expect(d.perTheme.find((t) => t.theme === "energietransitie"), q).toMatchObject({ challenges: 2, solutions: 2 });
    }
    const none = await loadInsights(parseInsightFilters(new URLSearchParams(`${PERIOD}&partner=no-such-partner`)));
    expect(none.matches).toBe(0);
    expect(none.firstMessage.every((m) => m.introduced === 0 && m.medianDays === null)).toBe(true);
  });

  it("publications per theme per month, by hand", async () => {
    const d = await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)));
    const months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2001-${m}`);
    expect(d.themesOverTime.months).toEqual(months);
    const series = (feb: number, mar: number, apr: number) => months.map((m) => (m === "2001-02" ? feb : m === "2001-03" ? mar : m === "2001-04" ? apr : 0));
    expect(d.themesOverTime.rows).toEqual([
      // Theme order is the themes table's; only themes with publications in the period.
      ...[
        { theme: "energietransitie", challenges: series(2, 0, 0), solutions: series(0, 2, 0) },
        { theme: "klimaatadaptatie", challenges: series(2, 0, 0), solutions: series(0, 0, 1) },
      ].sort((a, b) => d.themes.findIndex((t) => t.slug === a.theme) - d.themes.findIndex((t) => t.slug === b.theme)),
    ]);
    const nh = await loadInsights(parseInsightFilters(new URLSearchParams(`${PERIOD}&provincie=PV27`)));
    // In Noord-Holland: C1 (energy) and C2 (energy, climate); the company sits in Amsterdam: all four solutions.
    expect(nh.themesOverTime.rows.find((r) => r.theme === "klimaatadaptatie")).toEqual({ theme: "klimaatadaptatie", challenges: series(1, 0, 0), solutions: series(0, 0, 1) });
    expect(parseInsightFilters(new URLSearchParams("van=2001-11-15&tot=2002-02-01")).from).toBe("2001-11-15");
    const { monthsBetween } = await import("./insights-series.server");
    expect(monthsBetween("2001-11-15", "2002-02-01")).toEqual(["2001-11", "2001-12", "2002-01", "2002-02"]);
  });

  it("a chosen province shows its municipalities: open challenges per municipality and for the whole province", async () => {
    const after = await openInNoordHolland();
    expect(Object.keys(after.rows)).toHaveLength(44);
    for (const code of Object.keys(after.rows)) expect(after.rows[code] - (nhBefore.rows[code] ?? 0), code).toBe(code === "GM0363" ? 1 : 0);
    expect(after.provinceWide - nhBefore.provinceWide).toBe(1);
    const d = await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)));
    expect(d.perMunicipality).toBeNull();
  });

  it("the page serves the same numbers with the map; the CSV has stable columns and is an attachment", async () => {
    const out = await run(() => page.loader({ request: makeRequest(`/hub/inzicht?${PERIOD}&provincie=PV27`, { cookie }), params: {}, context: {} }));
    expect(out.status).toBe(200);
    const body = out.body as { matches: number; charts: { map: { areas: { code: string; d: string }[] } }; provinceQueries: Record<string, string> };
    expect(body.matches).toBe(6);
    expect(body.charts.map.areas).toHaveLength(12);
    expect(body.charts.map.areas.every((a) => /^M[\d.]/.test(a.d))).toBe(true);
    expect(body.provinceQueries.PV20).toBe("van=2001-01-01&tot=2001-12-31&provincie=PV20");
    const full = out.body as Awaited<ReturnType<typeof loadInsights>> & {
      charts: { municipalityMap: { areas: { code: string; value: number; d: string }[] }; overTime: { key: string; lines: { series: string; points: { value: number }[] }[] }[] };
    };
    // The municipality map has the 44 municipalities of Noord-Holland with the table's numbers.
    expect(full.charts.municipalityMap.areas).toHaveLength(44);
    for (const a of full.charts.municipalityMap.areas) expect(a.value, a.code).toBe(full.perMunicipality!.rows.find((r) => r.code === a.code)!.openChallenges);
    // Every small multiple draws the table's numbers.
    for (const c of full.charts.overTime) {
      const row = full.themesOverTime.rows.find((r) => r.theme === c.key)!;
      expect(c.lines.map((l) => l.points.map((p) => p.value))).toEqual([row.challenges, row.solutions]);
    }
    // In Noord-Holland: #0, #3 and #5 were introduced; the owner wrote in all three, the provider in #0 and #3.
    expect(full.firstMessage.map((m) => [m.introduced, m.wrote])).toEqual([[3, 3], [3, 2], [3, 1]]);

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
        "first_message,challenge_owner,introduced,4",
        "first_message,challenge_owner,median_days,2",
        "first_message,solution_owner,wrote,2",
        "first_message,broker,median_days,0.5",
        "published_per_theme_month,energietransitie:2001-03,solutions,2",
        "published_per_theme_month,klimaatadaptatie:2001-04,solutions,1",
        "published_per_theme_month,klimaatadaptatie:2001-01,challenges,0",
        "filter,broker,user_id,",
      ]),
    );
    expect(text).toBe(insightsCsv(await loadInsights(parseInsightFilters(new URLSearchParams(PERIOD)))));
    const nh = await run(() => csvRoute.loader({ request: makeRequest(`/hub/inzicht.csv?${PERIOD}&provincie=PV27&makelaar=${brokerA}`, { cookie }), params: {}, context: {} }));
    const nhText = await nh.response!.text();
    expect(nhText).toContain(`filter,broker,user_id,${brokerA}\r\n`);
    expect(nhText).toContain("funnel,cohort,matches,2\r\n"); // #0 on C1 (Amsterdam) and #3 on C2 (Noord-Holland)
    expect(nhText).toMatch(/open_challenges_per_municipality,GM0363,challenges,\d+\r\n/);
    expect(nhText).toMatch(/open_challenges_per_municipality,PV27,province_wide,\d+\r\n/);
  });

  it("defaults to the last 12 months and ignores malformed filters", () => {
    const f = parseInsightFilters(new URLSearchParams("van=gisteren&thema=DROP TABLE&provincie=XX1"), new Date("2026-12-06T12:00:00Z"));
    expect(f).toEqual({ from: "2025-12-07", to: "2026-12-06", theme: null, province: null, partner: null, broker: null });
    expect(parseInsightFilters(new URLSearchParams("partner=<x>&makelaar=a b"))).toMatchObject({ partner: null, broker: null });
    expect(parseInsightFilters(new URLSearchParams("van=2026-05-01&tot=2026-01-01")).from).toBe("2026-01-01");
  });
});
