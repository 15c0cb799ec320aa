import { THEME_SLUGS } from "../db/reference/themes";
import { PROCUREMENT_ROUTES, PUBLIC_CHALLENGE_STATUSES } from "../shared/vocabulary/challenges";
import { MATURITIES } from "../shared/vocabulary/solutions";
import type { IndexKind } from "./client";
import { filterIn } from "./filter";

/**
 * Faceted browsing of the public lists. Every facet has a Dutch URL parameter, an index attribute and an
 * allowlist of values: a value from the URL that is not on the list is dropped before it gets near a filter,
 * and the ones that remain are quoted by filterIn. Within a facet the chosen values are alternatives (OR);
 * across facets they narrow (AND).
 */
export type FacetKey = "themes" | "provinces" | "status" | "procurement" | "maturity";

export interface FacetDefinition {
  key: FacetKey;
  /** The URL parameter, repeated for several values: ?thema=a&thema=b */
  param: string;
  /** The filterable attribute in the index (search/settings.ts). */
  attribute: string;
}

const themes: FacetDefinition = { key: "themes", param: "thema", attribute: "themes" };
const provinces: FacetDefinition = { key: "provinces", param: "provincie", attribute: "provinceCodes" };

export const FACETS: Record<IndexKind, FacetDefinition[]> = {
  challenges: [
    themes,
    provinces,
    { key: "status", param: "status", attribute: "status" },
    { key: "procurement", param: "inkooproute", attribute: "procurementRoute" },
  ],
  solutions: [themes, provinces, { key: "maturity", param: "volwassenheid", attribute: "maturity" }],
};

export type Allowlists = Record<FacetKey, readonly string[]>;

/** The allowlists: fixed vocabularies from the schema, plus the province codes from the reference data. */
export function facetAllowlists(provinceCodes: readonly string[]): Allowlists {
  return {
    themes: THEME_SLUGS,
    provinces: provinceCodes.filter((code) => /^PV[0-9]{2}$/.test(code)),
    status: PUBLIC_CHALLENGE_STATUSES,
    procurement: PROCUREMENT_ROUTES,
    maturity: MATURITIES,
  };
}

export type FacetSelection = Partial<Record<FacetKey, string[]>>;

/** The chosen facet values from the URL: only allowlisted ones, each once, in the allowlist's order. */
export function parseFacetSelection(params: URLSearchParams, kind: IndexKind, allow: Allowlists): FacetSelection {
  const selection: FacetSelection = {};
  for (const facet of FACETS[kind]) {
    const asked = new Set(params.getAll(facet.param));
    const values = allow[facet.key].filter((value) => asked.has(value));
    if (values.length > 0) selection[facet.key] = values;
  }
  return selection;
}

/** Filter expressions for a selection (one per facet, ANDed by Meilisearch); `except` leaves one facet out. */
export function facetFilters(kind: IndexKind, selection: FacetSelection, except?: FacetKey): string[] {
  return FACETS[kind]
    .filter((facet) => facet.key !== except && (selection[facet.key]?.length ?? 0) > 0)
    .map((facet) => filterIn(facet.attribute, selection[facet.key]!));
}

export const hasSelection = (selection: FacetSelection) => Object.values(selection).some((v) => v && v.length > 0);

/** Sort options per list; "" is the default: relevance with a query, newest without one. */
export const SORTS = {
  challenges: ["", "nieuwste", "deadline"],
  solutions: ["", "nieuwste"],
} as const satisfies Record<IndexKind, readonly string[]>;
export type SortOption = (typeof SORTS)[IndexKind][number];

export function parseSort(params: URLSearchParams, kind: IndexKind): SortOption {
  const asked = params.get("sortering") ?? "";
  return (SORTS[kind] as readonly string[]).includes(asked) ? (asked as SortOption) : "";
}

/** The Meilisearch sort for an option; undefined keeps the relevance ranking. */
export function sortFor(sort: SortOption, hasQuery: boolean): string[] | undefined {
  if (sort === "deadline") return ["openResponseDeadline:asc", "publishedAt:desc"];
  if (sort === "nieuwste" || !hasQuery) return ["publishedAt:desc"];
  return undefined;
}
