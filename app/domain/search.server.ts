import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { createSearchClient, indexName, searchConfigFromEnv, type IndexKind, type SearchConfig } from "../../search/client";
import type { ChallengeDocument, SolutionDocument } from "../../search/documents";
import {
  FACETS,
  facetAllowlists,
  facetFilters,
  parseFacetSelection,
  parseSort,
  sortFor,
  SORTS,
  type FacetKey,
  type FacetSelection,
  type SortOption,
} from "../../search/facets";
import { filterValue } from "../../search/filter";
import { getSql } from "./db.server";
import { singleton } from "./singleton.server";

/** Routes and components reach search/ only through this module. */
export { filterValue, SORTS };
export type { ChallengeDocument, SolutionDocument };

export const PAGE_SIZE = 12;
const MAX_PAGE = 500;

export function getSearch(): { client: Meilisearch; config: SearchConfig } {
  return singleton("search", () => {
    const config = searchConfigFromEnv();
    return { config, client: createSearchClient(config) };
  });
}

export interface SearchParams {
  q: string;
  page: number;
  sort: SortOption;
  selection: FacetSelection;
}

/**
 * What a result card shows (app/components/cards.tsx): the only fields a list page asks Meilisearch for and sends to
 * the browser. The documents carry the whole texts (for search and matching); a page of twelve whole documents,
 * each twice (as stored and highlighted), made /opgaven's HTML and loader data three times larger.
 */
export const CARD_FIELDS = {
  challenges: ["id", "slug", "lang", "title", "summary", "ownerName", "status", "themes", "responseDeadline"],
  solutions: ["id", "slug", "lang", "title", "summary", "organisationName", "maturity", "themes", "deploymentNames"],
} as const satisfies Record<IndexKind, readonly string[]>;
export type ChallengeCardData = Pick<ChallengeDocument, (typeof CARD_FIELDS.challenges)[number]>;
export type SolutionCardData = Pick<SolutionDocument, (typeof CARD_FIELDS.solutions)[number]>;
/** Highlighted title and summary (Meilisearch's `_formatted`, markers \u0001…\u0002). */
export type Card<T> = T & { _formatted?: { title?: unknown; summary?: unknown } };

/** A document (from Meilisearch or PostgreSQL) reduced to what its card shows. */
export function toCard<T extends object>(kind: IndexKind, doc: T & { _formatted?: Record<string, unknown> }): Card<T> {
  const card: Record<string, unknown> = {};
  for (const field of CARD_FIELDS[kind]) card[field] = (doc as Record<string, unknown>)[field];
  if (doc._formatted) card._formatted = { title: doc._formatted.title, summary: doc._formatted.summary };
  return card as Card<T>;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
  /** A label from the data (province names); the UI translates the fixed vocabularies itself. */
  label?: string;
}

export interface FacetGroup {
  key: FacetKey;
  param: string;
  values: FacetValue[];
}

export interface SearchResult<T> {
  hits: Card<T>[];
  total: number;
  page: number;
  pages: number;
  /** Facet groups with counts; empty when search is unavailable. */
  facets: FacetGroup[];
  unavailable: boolean;
}

export interface Province {
  code: string;
  name: string;
}

const PROVINCES_TTL_MS = 10 * 60_000;
let provincesCache: { at: number; provinces: Promise<Province[]> } | undefined;

/**
 * The provinces from the CBS reference data: the allowlist and the labels of the province facet. Reference data
 * changes only at an import, so one query per ten minutes serves every list page.
 */
export async function listProvinces(): Promise<Province[]> {
  if (!provincesCache || Date.now() - provincesCache.at > PROVINCES_TTL_MS) {
    const provinces = getSql()<Province[]>`select code, name from regions where kind = 'provincie' order by name`.then((rows) => [...rows]);
    provincesCache = { at: Date.now(), provinces };
    provinces.catch(() => (provincesCache = undefined));
  }
  return provincesCache.provinces;
}

/**
 * Parse list-page search params from the URL. Unknown facet values, sorts and bad page numbers are ignored,
 * so nothing a visitor puts in the URL reaches Meilisearch unchecked.
 */
export function parseSearchParams(url: URL, kind: IndexKind, provinces: Province[]): SearchParams {
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const pageNumber = Number.parseInt(url.searchParams.get("pagina") ?? "1", 10);
  const page = Number.isFinite(pageNumber) && pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : 1;
  const allow = facetAllowlists(provinces.map((p) => p.code));
  return { q, page, sort: parseSort(url.searchParams, kind), selection: parseFacetSelection(url.searchParams, kind, allow) };
}

/**
 * One multi-search: the page of results with the counts of every facet, plus, for each facet with a choice,
 * the same search without that facet's own filter. Its counts then say how many results ticking another value
 * of that facet would add (values within a facet are alternatives). Exported for the benchmark's baseline.
 */
export function searchQueries(kind: IndexKind, indexUid: string, params: SearchParams): MultiSearchQuery[] {
  const facets = FACETS[kind];
  const main: MultiSearchQuery = {
    indexUid,
    q: params.q,
    filter: facetFilters(kind, params.selection),
    hitsPerPage: PAGE_SIZE,
    page: params.page,
    facets: facets.map((f) => f.attribute),
    sort: sortFor(params.sort, params.q !== ""),
    attributesToRetrieve: [...CARD_FIELDS[kind]],
    attributesToHighlight: ["title", "summary"],
    highlightPreTag: "\u0001",
    highlightPostTag: "\u0002",
  };
  const disjunctive = facets.filter((f) => (params.selection[f.key]?.length ?? 0) > 0);
  return [main, ...disjunctive.map((f) => ({ indexUid, q: params.q, filter: facetFilters(kind, params.selection, f.key), facets: [f.attribute], limit: 0 }))];
}

async function search<T extends object>(kind: IndexKind, params: SearchParams, provinces: Province[]): Promise<SearchResult<T>> {
  const { client, config } = getSearch();
  const facets = FACETS[kind];
  const disjunctive = facets.filter((f) => (params.selection[f.key]?.length ?? 0) > 0);
  const { results } = await client.multiSearch({ queries: searchQueries(kind, indexName(config, kind), params) });
  const [res, ...others] = results;
  const distribution: Record<string, Record<string, number>> = { ...(res.facetDistribution ?? {}) };
  disjunctive.forEach((f, i) => (distribution[f.attribute] = others[i].facetDistribution?.[f.attribute] ?? {}));
  const allow = facetAllowlists(provinces.map((p) => p.code));
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  return {
    hits: res.hits.map((hit) => toCard(kind, hit)) as SearchResult<T>["hits"],
    total: res.totalHits ?? res.hits.length,
    page: res.page ?? params.page,
    pages: res.totalPages ?? 1,
    // A value that would lead to an empty page is not offered (issue 13); a chosen one stays, so it can be unticked.
    facets: facets.map((f) => ({
      key: f.key,
      param: f.param,
      values: allow[f.key]
        .map((value) => ({
          value,
          count: distribution[f.attribute]?.[value] ?? 0,
          selected: params.selection[f.key]?.includes(value) ?? false,
          ...(f.key === "provinces" ? { label: provinceName.get(value) ?? value } : {}),
        }))
        .filter((v) => v.count > 0 || v.selected),
    })),
    unavailable: false,
  };
}

export async function searchChallenges(
  params: SearchParams,
  fallback: () => Promise<ChallengeDocument[]>,
  provinces: Province[],
): Promise<SearchResult<ChallengeCardData>> {
  try {
    return await search<ChallengeCardData>("challenges", params, provinces);
  } catch (err) {
    console.error(`Challenge search failed: ${err instanceof Error ? err.message : err}`);
    return degraded((await fallback()).map((doc) => toCard<ChallengeCardData>("challenges", doc)));
  }
}

export async function searchSolutions(
  params: SearchParams,
  fallback: () => Promise<SolutionDocument[]>,
  provinces: Province[],
): Promise<SearchResult<SolutionCardData>> {
  try {
    return await search<SolutionCardData>("solutions", params, provinces);
  } catch (err) {
    console.error(`Solution search failed: ${err instanceof Error ? err.message : err}`);
    return degraded((await fallback()).map((doc) => toCard<SolutionCardData>("solutions", doc)));
  }
}

/** When Meilisearch is down the list pages still show the newest records, and say so. */
function degraded<T>(docs: Card<T>[]): SearchResult<T> {
  return { hits: docs.slice(0, PAGE_SIZE) as SearchResult<T>["hits"], total: docs.length, page: 1, pages: 1, facets: [], unavailable: true };
}

/** The canonical query string of a search (text and facets, no page or sort): what a search alert stores. */
export function searchQueryString(kind: IndexKind, params: Pick<SearchParams, "q" | "selection">): string {
  const out = new URLSearchParams();
  if (params.q) out.set("q", params.q);
  for (const facet of FACETS[kind]) for (const value of params.selection[facet.key] ?? []) out.append(facet.param, value);
  return out.toString();
}

/** Which of `ids` the search (text and facets) finds in the index; throws when search is unavailable. */
export async function matchingIds(kind: IndexKind, params: Pick<SearchParams, "q" | "selection">, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const { client, config } = getSearch();
  const res = await client.index(indexName(config, kind)).search(params.q, {
    filter: [...facetFilters(kind, params.selection), `id IN [${ids.map((id) => filterValue(id)).join(", ")}]`],
    limit: ids.length,
    attributesToRetrieve: ["id"],
  });
  return res.hits.map((h) => String(h.id));
}
