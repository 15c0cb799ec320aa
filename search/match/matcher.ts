import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { filterIn } from "../filter";
import { analyze, COGNATE_LENGTH, type Analyzed } from "./analyze";
import type { HybridConfig } from "./hybrid";
import type { Idf } from "./idf";
import { rankCandidates, type RankCandidate, type Ranked, type RankedList, type RankSource } from "./rank";
import { findThemeTerms } from "./text";

export type { MatchExplanation, Strength } from "./rank";

/** A record (challenge or solution) used as the question. */
export type MatchSource = RankSource;

/** The fields the matcher reads from candidate documents in the index. */
export type CandidateDocument = RankCandidate;

export type MatchResult<T extends CandidateDocument = CandidateDocument> = Ranked<T>;

/** Meilisearch hybrid search with an embedder configured in the index: one more ranked list in the fusion (hybrid.ts). */
export type HybridOption = Pick<HybridConfig, "embedder" | "weight">;

export interface MatchOptions {
  client: Meilisearch;
  indexUid: string;
  source: MatchSource;
  idf: Idf;
  limit?: number;
  /** Extra Meilisearch filter expressions, already safe (built from allowlisted values). */
  filter?: string[];
  excludeIds?: string[];
  hybrid?: HybridOption;
  /** Weights of the Meilisearch queries' ranked lists in the fusion (the tuning script tries them; default WEIGHTS). */
  listWeights?: Partial<Record<PlannedQuery["kind"], number>>;
  /** Feedback hook (search/match/feedback.ts): re-ranks or drops candidates after scoring, before the cut. */
  rerank?: <R extends { id: string; raw: number }>(ranked: R[]) => R[];
}

const CANDIDATES_PER_QUERY = 15;
/** Single distinctive words, each its own query: Meilisearch has no OR, and a several-word query returns few hits. */
// Seven, not eight (one query less per list): eval:match the same (real set 0.713, NL 0.751, EN 0.674; devset 0.888 →
// 0.889); six lowered the real set to 0.709, and fewer term queries (3: 0.710) or fewer hits per query (6 per word and
// 10 per term: 0.706; 12 per term: devset 0.886) lowered a set.
const WORD_QUERIES = 7;
/** Glossary terms the record mentions, the most distinctive first, each its own query (expanded by the index synonyms). */
const TERM_QUERIES = 4;
const CANDIDATES_PER_WORD = 8;
/**
 * At most this many candidates are analysed and ranked on their whole texts (the ranking's cost grows with them):
 * those returned by the most queries, earliest first. On the evaluation sets ranking every candidate gives the same
 * figures as 60 (40 lowered the real set 0.712 → 0.698); it bounds the work on a large index (bench:search).
 */
export const MAX_RANKED_CANDIDATES = 60;
// The Meilisearch queries only add candidates (weight 0): the whole texts rank them. Their ranks counted until the
// tuning on both sets (scripts/eval/tune.ts) found the fusion better without them; a semantic list still counts.
const WEIGHTS = { title: 0, terms: 0, keywords: 0, word: 0, themeOnly: 0, semantic: 1 } as const;

export interface PlannedQuery {
  kind: keyof typeof WEIGHTS;
  q: string;
  words: string[];
  themed?: boolean;
}

/** The source's whole text analysed, as the ranking reads it (rank.ts). */
export const analyzeSource = (source: MatchSource): Analyzed => analyze(`${source.title}\n${source.text}`, source.lang);

/**
 * Meilisearch reads only the first 10 words of a query and does not weigh words by rarity, so a long
 * record becomes several short queries for candidates: its title, the bilingual theme terms it mentions
 * (expanded to the other language by the index synonyms), and its most distinctive words (by IDF).
 * The final order comes from the whole texts (rank.ts).
 */
export function planQueries(source: MatchSource, idf: Idf, analyzed = analyzeSource(source)): PlannedQuery[] {
  // Only one-word (or one-term) queries: Meilisearch's time is in multi-word queries (proximity, matching strategy),
  // and with the whole texts ranking the candidates a title or keyword phrase query added nothing measurable
  // (eval:match: real set 0.713 → 0.713, devset 0.864 → 0.888 without them, with 8 word and 4 term queries; at 20k solutions
  // bench:search's suggestions went from p50 ~125 to ~77 ms with the cut on ranked candidates below).
  const queries: PlannedQuery[] = [];
  const termHits = findThemeTerms(`${source.title}\n${source.text}`);
  const termWeight = (term: string) => [...analyze(term, analyzed.lang).terms.keys()].reduce((sum, t) => sum + idf(t), 0);
  const terms = [...new Set(termHits.map((h) => h.term))].sort((a, b) => termWeight(b) - termWeight(a) || a.localeCompare(b)).slice(0, TERM_QUERIES);
  for (const term of terms) queries.push({ kind: "terms", q: term, words: [term] });

  const keywords = [...analyzed.terms.entries()]
    .filter(([term]) => analyzed.surface.has(term) && !idf.junk(term))
    .map(([term, tf]) => ({ word: analyzed.surface.get(term)!, weight: (1 + Math.log(tf)) * idf(term) }))
    .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word))
    .slice(0, WORD_QUERIES)
    .map((k) => k.word);
  for (const word of keywords) {
    // Cut to its cognate key: Meilisearch reads a one-word query as a prefix, so "senso" finds "sensors" and
    // "sensoren" alike (candidates in the other language; the whole texts still rank them).
    const q = word.length > COGNATE_LENGTH ? word.slice(0, COGNATE_LENGTH) : word;
    queries.push({ kind: "word", q, words: [word] });
  }
  if (source.themes.length) {
    // Candidates that share a theme but no words: ranked by theme overlap alone (weight 0 in the fusion).
    queries.push({ kind: "themeOnly", q: "", words: [], themed: true });
  }
  return queries;
}

/** The Meilisearch queries for a source record, with the plan they come from (exported for the benchmark). */
export function matchQueries(options: Pick<MatchOptions, "indexUid" | "source" | "idf" | "filter" | "hybrid"> & { analyzedSource?: Analyzed }): {
  plan: PlannedQuery[];
  queries: MultiSearchQuery[];
} {
  const { indexUid, source, idf } = options;
  const plan = planQueries(source, idf, options.analyzedSource);
  if (options.hybrid) {
    // The embedder reads the beginning of the record (title and opening text) as the semantic query.
    const q = `${source.title}\n${source.text}`.split(/\s+/).slice(0, 200).join(" ");
    plan.push({ kind: "semantic", q, words: [] });
  }
  const baseFilter = options.filter ?? [];
  const themeFilter = source.themes.length ? [filterIn("themes", source.themes)] : [];
  const queries: MultiSearchQuery[] = plan.map((p) => ({
    indexUid,
    q: p.q,
    limit: p.kind === "word" ? CANDIDATES_PER_WORD : CANDIDATES_PER_QUERY,
    filter: p.themed ? [...baseFilter, ...themeFilter] : baseFilter,
    ...(p.kind === "semantic"
      ? { hybrid: { embedder: options.hybrid!.embedder, semanticRatio: 1 } }
      : { matchingStrategy: "frequency" as const }),
  }));
  return { plan, queries };
}

/**
 * The planned queries go out as this many multi-search requests at once, dealt in turn (a term query costs about
 * twice a word query, and they come first): Meilisearch answers one request's queries one after another on one
 * thread, and two requests on two. At 100k solutions (scripts/bench/match-phases.ts --explore, a busy 2-core machine):
 * p50 37 vs 45 ms for the searches. One request per query was slower (148 vs 77 ms p50 at 20k: each has its overhead).
 */
export const SEARCH_REQUESTS = 2;

/** The planned queries' results in plan order, from SEARCH_REQUESTS multi-search requests sent together. */
async function multiSearchInParallel<T extends CandidateDocument>(client: Meilisearch, queries: MultiSearchQuery[]) {
  const parts = Array.from({ length: Math.min(SEARCH_REQUESTS, queries.length) }, (_, k) => queries.filter((_, i) => i % SEARCH_REQUESTS === k));
  const responses = await Promise.all(parts.map((part) => client.multiSearch<{ queries: MultiSearchQuery[] }, T>({ queries: part })));
  return queries.map((_, i) => responses[i % SEARCH_REQUESTS].results[Math.floor(i / SEARCH_REQUESTS)]);
}

/** The candidates of the planned queries and the ranked lists that count in the fusion. */
export async function fetchCandidates<T extends CandidateDocument>(
  options: MatchOptions & { analyzedSource?: Analyzed },
): Promise<{ candidates: Map<string, T>; lists: RankedList[] }> {
  const { client, source } = options;
  const exclude = new Set([source.id, ...(options.excludeIds ?? [])]);
  const { plan, queries } = matchQueries(options);
  const candidates = new Map<string, T>();
  const lists: RankedList[] = [];
  /** First-stage score: how many queries returned a candidate, and how early (reciprocal rank). */
  const firstStage = new Map<string, number>();
  if (queries.length) {
    const results = await multiSearchInParallel<T>(client, queries);
    results.forEach((result, qi) => {
      const ids: string[] = [];
      for (const hit of result.hits) {
        const doc = hit as unknown as T;
        if (exclude.has(doc.id)) continue;
        if (!candidates.has(doc.id)) candidates.set(doc.id, doc);
        ids.push(doc.id);
      }
      const kind = plan[qi].kind;
      const weight = kind === "semantic" ? options.hybrid!.weight : (options.listWeights?.[kind] ?? WEIGHTS[kind]);
      if (weight > 0) lists.push({ name: kind, weight, ids });
      ids.forEach((id, rank) => firstStage.set(id, (firstStage.get(id) ?? 0) + 1 / (10 + rank)));
    });
  }
  if (candidates.size > MAX_RANKED_CANDIDATES) {
    const keep = new Set([...firstStage.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_RANKED_CANDIDATES).map(([id]) => id));
    for (const id of [...candidates.keys()]) if (!keep.has(id)) candidates.delete(id);
  }
  return { candidates, lists };
}

/**
 * Suggestions for a source record: candidates from Meilisearch (the planned queries), ranked on the whole texts
 * with BM25 fused with themes, the query ranks, deployments and region (rank.ts).
 */
export async function findMatches<T extends CandidateDocument>(options: MatchOptions): Promise<MatchResult<T>[]> {
  const analyzedSource = analyzeSource(options.source);
  const { candidates, lists } = await fetchCandidates<T>({ ...options, analyzedSource });
  return rankCandidates({ source: options.source, candidates, lists, idf: options.idf, limit: options.limit ?? 10, rerank: options.rerank, analyzedSource });
}
