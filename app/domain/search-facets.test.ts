import { describe, expect, it } from "vitest";
import { makeRequest, setupAppEnv } from "../test/route-harness";
import type { FacetGroup } from "./search.server";

setupAppEnv();
const { getSearch, listProvinces, parseSearchParams, searchChallenges, searchSolutions } = await import("./search.server");
const { indexName } = await import("../../search/client");
const { filterIn } = await import("../../search/filter");
const challengeList = await import("../routes/opgaven._index");
const solutionList = await import("../routes/oplossingen._index");

const provinces = await listProvinces();
const noFallback = async () => {
  throw new Error("search should not fall back here");
};
const challenges = (query: string) =>
  searchChallenges(parseSearchParams(new URL(`http://x/opgaven?${query}`), "challenges", provinces), noFallback, provinces);
const solutions = (query: string) =>
  searchSolutions(parseSearchParams(new URL(`http://x/oplossingen?${query}`), "solutions", provinces), noFallback, provinces);
const group = (r: { facets: FacetGroup[] }, key: string) => r.facets.find((g) => g.key === key)!;
/** The whole index documents of the hits (a list page gets only the card's fields). */
async function documents(kind: "challenges" | "solutions", hits: { id: string }[]) {
  const { client, config } = getSearch();
  const ids = hits.map((h) => h.id);
  const res = await client.index(indexName(config, kind)).getDocuments({ filter: filterIn("id", ids), limit: ids.length });
  expect(res.results).toHaveLength(ids.length);
  return res.results as Record<string, unknown>[];
}

describe("faceted search", () => {
  it("returns every facet with counts that add up to the results", async () => {
    const all = await challenges("");
    expect(all.unavailable).toBe(false);
    expect(all.facets.map((g) => g.key)).toEqual(["themes", "provinces", "status", "procurement"]);
    const status = group(all, "status");
    expect(status.values.map((v) => v.value)).toEqual(["published", "closed", "in_pilot", "finished"]);
    expect(status.values.reduce((n, v) => n + v.count, 0)).toBe(all.total);
    expect(group(all, "provinces").values.find((v) => v.value === "PV23")?.label).toBe("Overijssel");
  });

  it("a chosen value narrows the results, and its facet keeps the counts of the other values", async () => {
    const all = await challenges("");
    const closed = await challenges("status=closed");
    const closedCount = group(all, "status").values.find((v) => v.value === "closed")!.count;
    expect(closed.total).toBe(closedCount);
    expect(closed.hits.length).toBeGreaterThan(0);
    for (const hit of closed.hits) expect(hit.status).toBe("closed");
    // Disjunctive counts: the status facet still shows what ticking another status would add.
    expect(group(closed, "status").values).toEqual(group(all, "status").values.map((v) => ({ ...v, selected: v.value === "closed" })));
    const both = await challenges("status=closed&status=finished");
    expect(both.total).toBe(closedCount + group(all, "status").values.find((v) => v.value === "finished")!.count);
  });

  it("facets combine with AND across groups and with the free text", async () => {
    const r = await challenges("thema=energietransitie&inkooproute=sbir");
    expect(r.hits.length).toBeGreaterThan(0);
    for (const hit of r.hits) expect(hit.themes).toContain("energietransitie");
    for (const doc of await documents("challenges", r.hits)) expect(doc.procurementRoute).toBe("sbir");
    const withText = await challenges("q=warmte&thema=energietransitie");
    expect(withText.total).toBeGreaterThan(0);
    expect(withText.total).toBeLessThanOrEqual((await challenges("thema=energietransitie")).total);
  });

  it("filters by province and by maturity on solutions", async () => {
    const all = await solutions("");
    const prov = group(all, "provinces").values.find((v) => v.count > 0)!;
    const inProv = await solutions(`provincie=${prov.value}`);
    expect(inProv.total).toBe(prov.count);
    expect(inProv.hits.length).toBeGreaterThan(0);
    for (const doc of await documents("solutions", inProv.hits)) expect(doc.provinceCodes).toContain(prov.value);
    const pilot = await solutions("volwassenheid=pilot");
    expect(pilot.total).toBe(group(all, "maturity").values.find((v) => v.value === "pilot")!.count);
    expect(pilot.hits.length).toBeGreaterThan(0);
    for (const hit of pilot.hits) expect(hit.maturity).toBe("pilot");
  });

  it("sorts by response deadline: open challenges with the soonest deadline first", async () => {
    const r = await challenges("sortering=deadline");
    // The card has the status and deadline; the sort key is the deadline while open (search/documents.ts).
    const deadlines = r.hits.map((h) => (h.status === "published" ? h.responseDeadline : null));
    const known = deadlines.filter((d): d is number => d !== null);
    expect(known.length).toBeGreaterThan(1);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    // Records without an open deadline come after those with one.
    expect(deadlines.slice(0, known.length).every((d) => d !== null)).toBe(true);
  });

  it("offers no value that would lead to an empty page, but keeps a chosen one so it can be unticked", async () => {
    // A narrow search: most provinces, themes and routes have no result in it.
    const narrow = await challenges("status=finished");
    expect(narrow.total).toBeGreaterThan(0);
    const offered = narrow.facets.flatMap((g) => g.values.map((v) => ({ ...v, group: g.key })));
    expect(offered.filter((v) => v.count === 0 && !v.selected)).toEqual([]);
    expect(group(narrow, "provinces").values.length).toBeLessThan(provinces.length);
    // Every offered value leads to a page with exactly that many results.
    const province = group(narrow, "provinces").values[0];
    expect((await challenges(`status=finished&provincie=${province.value}`)).total).toBe(province.count);
    // Chosen with nothing to show, the value is still there (ticked, count 0).
    const empty = group(narrow, "provinces").values.length < provinces.length ? provinces.find((p) => !group(narrow, "provinces").values.some((v) => v.value === p.code))! : null;
    const none = await challenges(`status=finished&provincie=${empty!.code}&provincie=${province.value}`);
    expect(group(none, "provinces").values.find((v) => v.value === empty!.code)).toMatchObject({ selected: true, count: 0 });
  });

  it("ignores values that are not allowed instead of passing them on", async () => {
    const evil = encodeURIComponent('wonen" OR status EXISTS OR themes = "x');
    const r = await challenges(`thema=${evil}&status=draft&sortering=title:asc&pagina=-3`);
    expect(r.total).toBe((await challenges("")).total);
    expect(r.page).toBe(1);
  });
});

describe("list page loaders", () => {
  it("the challenge list serves facets from the URL", async () => {
    const data = await challengeList.loader({ request: makeRequest("/opgaven?thema=klimaatadaptatie&thema=wonen&sortering=nieuwste"), params: {}, context: {} });
    const themes = data.result.facets.find((g) => g.key === "themes")!;
    expect(themes.values.filter((v) => v.selected).map((v) => v.value)).toEqual(["klimaatadaptatie", "wonen"]);
    expect(data.result.hits.length).toBeGreaterThan(0);
    for (const hit of data.result.hits) expect(hit.themes.some((t) => t === "klimaatadaptatie" || t === "wonen")).toBe(true);
    expect(data.sorts).toEqual(["", "nieuwste", "deadline"]);
  });

  it("the solution list has no challenge facets", async () => {
    const data = await solutionList.loader({ request: makeRequest("/oplossingen?status=closed"), params: {}, context: {} });
    expect(data.result.facets.map((g) => g.key)).toEqual(["themes", "provinces", "maturity"]);
    expect(data.sorts).toEqual(["", "nieuwste"]);
  });
});
