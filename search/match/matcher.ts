import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { filterIn } from "../filter";
import { analyze, COGNATE_LENGTH } from "./analyze";
import type { HybridConfig } from "./hybrid";
import type { Idf } from "./idf";
import { rankCandidates, type RankCandidate, type Ranked, type RankedList, type RankSource } from "./rank";
import { contentWords, findThemeTerms } from "./text";

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

const CANDIDATES_PER_QUERY = 20;
/** Single distinctive words, each its own query: Meilisearch has no OR, and a several-word query returns few hits. */
const WORD_QUERIES = 8;
const CANDIDATES_PER_WORD = 10;
// The Meilisearch queries only add candidates (weight 0): the whole texts rank them. Their ranks counted until the
// tuning on both sets (scripts/eval/tune.ts) found the fusion better without them; a semantic list still counts.
const WEIGHTS = { title: 0, terms: 0, keywords: 0, word: 0, themeOnly: 0, semantic: 1 } as const;

export interface PlannedQuery {
  kind: keyof typeof WEIGHTS;
  q: string;
  words: string[];
  themed?: boolean;
}

/**
 * Meilisearch reads only the first 10 words of a query and does not weigh words by rarity, so a long
 * record becomes several short queries for candidates: its title, the bilingual theme terms it mentions
 * (expanded to the other language by the index synonyms), and its most distinctive words (by IDF).
 * The final order comes from the whole texts (rank.ts).
 */
export function planQueries(source: MatchSource, idf: Idf): PlannedQuery[] {
  const queries: PlannedQuery[] = [];
  const titleWords = [...new Set(contentWords(source.title))].slice(0, 10);
  if (titleWords.length) queries.push({ kind: "title", q: titleWords.join(" "), words: titleWords });

  const full = `${source.title}\n${source.text}`;
  const analyzed = analyze(full, source.lang);
  const termHits = findThemeTerms(full);
  const termWeight = (term: string) => [...analyze(term, analyzed.lang).terms.keys()].reduce((sum, t) => sum + idf(t), 0);
  const terms = [...new Set(termHits.map((h) => h.term))].sort((a, b) => termWeight(b) - termWeight(a) || a.localeCompare(b)).slice(0, 6);
  for (let i = 0; i < terms.length; i += 3) {
    const group = terms.slice(i, i + 3);
    queries.push({ kind: "terms", q: group.join(" "), words: group });
  }

  const keywords = [...analyzed.terms.entries()]
    .filter(([term]) => analyzed.surface.has(term) && !idf.junk(term))
    .map(([term, tf]) => ({ word: analyzed.surface.get(term)!, weight: (1 + Math.log(tf)) * idf(term) }))
    .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word))
    .slice(0, 10)
    .map((k) => k.word);
  if (keywords.length) queries.push({ kind: "keywords", q: keywords.slice(0, 5).join(" "), words: keywords.slice(0, 5) });
  for (const word of keywords.slice(0, WORD_QUERIES)) {
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
export function matchQueries(options: Pick<MatchOptions, "indexUid" | "source" | "idf" | "filter" | "hybrid">): {
  plan: PlannedQuery[];
  queries: MultiSearchQuery[];
} {
  const { indexUid, source, idf } = options;
  const plan = planQueries(source, idf);
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
      : { matchingStrategy: p.kind === "title" ? ("last" as const) : ("frequency" as const) }),
  }));
  return { plan, queries };
}

/** The candidates of one multi-search (the planned queries) and the ranked lists that count in the fusion. */
export async function fetchCandidates<T extends CandidateDocument>(
  options: MatchOptions,
): Promise<{ candidates: Map<string, T>; lists: RankedList[] }> {
  const { client, source } = options;
  const exclude = new Set([source.id, ...(options.excludeIds ?? [])]);
  const { plan, queries } = matchQueries(options);
  const candidates = new Map<string, T>();
  const lists: RankedList[] = [];
  if (queries.length) {
    // One multi-search request (measured faster here than parallel single searches: 77 vs 148 ms p50).
    const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, T>({ queries });
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
    });
  }
  return { candidates, lists };
}

/**
 * Suggestions for a source record: candidates from one Meilisearch multi-search (the planned queries), ranked
 * on the whole texts with BM25 fused with themes, the query ranks, deployments and region (rank.ts).
 */
export async function findMatches<T extends CandidateDocument>(options: MatchOptions): Promise<MatchResult<T>[]> {
  const { candidates, lists } = await fetchCandidates<T>(options);
  return rankCandidates({ source: options.source, candidates, lists, idf: options.idf, limit: options.limit ?? 10, rerank: options.rerank });
}
