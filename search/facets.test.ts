import { describe, expect, it } from "vitest";
import { facetAllowlists, facetFilters, hasSelection, parseFacetSelection, parseSort, sortFor } from "./facets";
import { filterIn, filterValue } from "./filter";

const allow = facetAllowlists(["PV20", "PV23", "PV28", "GM0363", "PV2x"]);
const parse = (query: string, kind: "challenges" | "solutions" = "challenges") =>
  parseFacetSelection(new URLSearchParams(query), kind, allow);

describe("facet selection from the URL", () => {
  it("keeps allowlisted values of every facet, each once, in vocabulary order", () => {
    const sel = parse("thema=wonen&thema=energietransitie&thema=wonen&provincie=PV23&status=closed&inkooproute=sbir");
    expect(sel).toEqual({ themes: ["energietransitie", "wonen"], provinces: ["PV23"], status: ["closed"], procurement: ["sbir"] });
  });

  it("drops values that are not on the allowlist, including injection attempts", () => {
    const sel = parse(
      new URLSearchParams([
        ["thema", 'wonen" OR themes EXISTS OR themes = "x'],
        ["thema", "WONEN"],
        ["provincie", "GM0363"], // a municipality is not a province
        ["provincie", "PV2x"], // not a CBS province code, even when the reference data had it
        ["status", "draft"], // not public
        ["status", "published"],
        ["inkooproute", "sbir\\"],
        ["volwassenheid", "pilot"], // a solution facet on the challenge list
      ]).toString(),
    );
    expect(sel).toEqual({ status: ["published"] });
  });

  it("knows which facets belong to which list", () => {
    expect(parse("volwassenheid=pilot&status=closed&inkooproute=sbir", "solutions")).toEqual({ maturity: ["pilot"] });
    expect(parse("volwassenheid=bogus", "solutions")).toEqual({});
    expect(hasSelection({})).toBe(false);
    expect(hasSelection({ themes: ["wonen"] })).toBe(true);
  });
});

describe("filter building", () => {
  it("quotes every value and ORs values within a facet, one expression per facet", () => {
    expect(facetFilters("challenges", { themes: ["energietransitie", "wonen"], status: ["published"] })).toEqual([
      'themes IN ["energietransitie", "wonen"]',
      'status IN ["published"]',
    ]);
  });

  it("leaves one facet out for its own counts", () => {
    const sel = { themes: ["wonen"], provinces: ["PV23"] };
    expect(facetFilters("challenges", sel, "themes")).toEqual(['provinceCodes IN ["PV23"]']);
    expect(facetFilters("solutions", { maturity: ["pilot"] }, "maturity")).toEqual([]);
  });

  it("escapes quotes and backslashes so a value stays one string literal", () => {
    expect(filterValue('a"b')).toBe('"a\\"b"');
    expect(filterValue("a\\")).toBe('"a\\\\"');
    expect(filterValue('x\\" OR id EXISTS OR "')).toBe('"x\\\\\\" OR id EXISTS OR \\""');
    expect(filterIn("themes", ['"]', "ok"])).toBe('themes IN ["\\"]", "ok"]');
  });
});

describe("sorting", () => {
  it("accepts only the list's own sorts", () => {
    expect(parseSort(new URLSearchParams("sortering=deadline"), "challenges")).toBe("deadline");
    expect(parseSort(new URLSearchParams("sortering=deadline"), "solutions")).toBe("");
    expect(parseSort(new URLSearchParams("sortering=title:asc"), "challenges")).toBe("");
    expect(parseSort(new URLSearchParams("sortering=nieuwste"), "solutions")).toBe("nieuwste");
  });

  it("ranks by relevance only when there is a query", () => {
    expect(sortFor("", true)).toBeUndefined();
    expect(sortFor("", false)).toEqual(["publishedAt:desc"]);
    expect(sortFor("nieuwste", true)).toEqual(["publishedAt:desc"]);
    expect(sortFor("deadline", false)).toEqual(["openResponseDeadline:asc", "publishedAt:desc"]);
  });
});
