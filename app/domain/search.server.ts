import type { Meilisearch } from "meilisearch";
import { THEME_SLUGS } from "../../db/reference/themes";
import { createSearchClient, indexName, searchConfigFromEnv, type IndexKind, type SearchConfig } from "../../search/client";
import type { ChallengeDocument, SolutionDocument } from "../../search/documents";
import { filterValue } from "../../search/filter";
import { singleton } from "./singleton.server";

export { filterValue };

export const PAGE_SIZE = 12;

export function getSearch(): { client: Meilisearch; config: SearchConfig } {
  return singleton("search", () => {
    const config = searchConfigFromEnv();
    return { config, client: createSearchClient(config) };
  });
}

export interface SearchParams {
  q: string;
  theme: string | null;
  page: number;
}

export interface SearchResult<T> {
  hits: (T & { _formatted?: Partial<Record<keyof T, unknown>> })[];
  total: number;
  page: number;
  pages: number;
  facets: Record<string, Record<string, number>>;
  unavailable: boolean;
}

/** Parse list-page search params from the URL; unknown themes and bad page numbers are ignored. */
export function parseSearchParams(url: URL): SearchParams {
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const themeParam = url.searchParams.get("thema");
  const theme = themeParam && (THEME_SLUGS as readonly string[]).includes(themeParam) ? themeParam : null;
  const pageNumber = Number.parseInt(url.searchParams.get("pagina") ?? "1", 10);
  const page = Number.isFinite(pageNumber) && pageNumber >= 1 && pageNumber <= 500 ? pageNumber : 1;
  return { q, theme, page };
}

async function search<T>(kind: IndexKind, params: SearchParams, extraFilter: string[]): Promise<SearchResult<T>> {
  const { client, config } = getSearch();
  const filter = [...extraFilter];
  if (params.theme) filter.push(`themes = ${filterValue(params.theme)}`);
  const res = await client.index(indexName(config, kind)).search(params.q, {
    filter,
    hitsPerPage: PAGE_SIZE,
    page: params.page,
    facets: ["themes"],
    sort: params.q ? undefined : ["publishedAt:desc"],
    attributesToHighlight: ["title", "summary"],
    highlightPreTag: "\u0001",
    highlightPostTag: "\u0002",
  });
  return {
    hits: res.hits as SearchResult<T>["hits"],
    total: res.totalHits ?? res.hits.length,
    page: res.page ?? params.page,
    pages: res.totalPages ?? 1,
    facets: (res.facetDistribution ?? {}) as SearchResult<T>["facets"],
    unavailable: false,
  };
}

export async function searchChallenges(
  params: SearchParams,
  fallback: () => Promise<ChallengeDocument[]>,
): Promise<SearchResult<ChallengeDocument>> {
  try {
    return await search<ChallengeDocument>("challenges", params, []);
  } catch (err) {
    console.error(`Challenge search failed: ${err instanceof Error ? err.message : err}`);
    return degraded(await fallback());
  }
}

export async function searchSolutions(
  params: SearchParams,
  fallback: () => Promise<SolutionDocument[]>,
): Promise<SearchResult<SolutionDocument>> {
  try {
    return await search<SolutionDocument>("solutions", params, []);
  } catch (err) {
    console.error(`Solution search failed: ${err instanceof Error ? err.message : err}`);
    return degraded(await fallback());
  }
}

/** When Meilisearch is down the list pages still show the newest records, and say so. */
function degraded<T>(docs: T[]): SearchResult<T> {
  return { hits: docs.slice(0, PAGE_SIZE) as SearchResult<T>["hits"], total: docs.length, page: 1, pages: 1, facets: {}, unavailable: true };
}
