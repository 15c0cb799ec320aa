import { analyze, isConcept, type Analyzed, type Lang } from "./analyze";
import type { Idf } from "./idf";
import { normalize } from "./text";

/**
 * The final ranking, without I/O: every candidate's whole text is scored against the whole source text with
 * BM25 (stems and glossary concepts, corpus statistics from `Idf`), and fused with theme overlap, the candidate
 * lists' ranks (reciprocal rank fusion over the Meilisearch queries and, when configured, a semantic list),
 * deployments and region. Each result carries only reasons a person can check, and a strength in words.
 */
export interface RankSource {
  id: string;
  title: string;
  /** All descriptive text of the record. */
  text: string;
  /** Theme slugs, stated or inferred. */
  themes: string[];
  /** Province codes the record is about (for a small regional bonus). */
  provinceCodes?: string[];
  lang?: Lang;
}

export interface RankCandidate {
  id: string;
  title: string;
  summary?: string;
  description?: string;
  problemStatement?: string;
  desiredOutcome?: string;
  localContext?: string;
  affected?: string;
  lang?: Lang;
  themes: string[];
  deploymentNames?: string[];
  provinceCodes?: string[];
}

/** One ranked list of candidate ids (best first) with its weight in the fusion. */
export interface RankedList {
  name: string;
  weight: number;
  ids: string[];
}

export type Strength = "strong" | "possible";

export interface MatchExplanation {
  sharedThemes: string[];
  /** Domain terms both texts use: glossary pairs ("hittestress ↔ heat stress") and distinctive shared words. */
  matchingTerms: string[];
  deployments: string[];
  sameProvince: boolean;
  strength: Strength;
}

export interface Ranked<T> {
  id: string;
  /** 0..1, comparable within one result list (the best is 1). */
  score: number;
  /** Full-text relevance against the source's own (0..1, comparable across lists). */
  relevance: number;
  document: T;
  explanation: MatchExplanation;
}

export const RANK_WEIGHTS = { bm25: 1, theme: 0.25, lists: 0.25, deployment: 0.01, province: 0.01 };
const RRF_K = 10;
const K1 = 1.2;
const B = 0.75;
const K3 = 1.5;
/** Relevance (BM25 share) from which a suggestion with enough reasons counts as a strong match. */
export const STRONG_RELEVANCE = 0.12;
/** Relevance a suggestion with a single shared word (and no shared theme) needs to be shown. */
export const SINGLE_TERM_RELEVANCE = 0.08;
/** Shown reasons: at most this many terms. */
const MAX_TERMS = 6;

export function candidateText(doc: RankCandidate): string {
  return [doc.title, doc.summary, doc.description, doc.problemStatement, doc.desiredOutcome, doc.localContext, doc.affected]
    .filter(Boolean)
    .join("\n");
}

/** BM25 of a document for a (long) query, with each term's contribution. */
export function bm25(query: Analyzed, doc: Analyzed, idf: Idf): { score: number; contributions: [string, number][] } {
  const norm = K1 * (1 - B + (B * doc.length) / idf.avgLength);
  let score = 0;
  const contributions: [string, number][] = [];
  for (const [term, qtf] of query.terms) {
    const tf = doc.terms.get(term);
    if (!tf) continue;
    const value = idf(term) * ((tf * (K1 + 1)) / (tf + norm)) * ((qtf * (K3 + 1)) / (qtf + K3));
    score += value;
    contributions.push([term, value]);
  }
  contributions.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { score, contributions };
}

/** Readable matching terms: glossary pairs first, then distinctive shared words; junk never counts. */
function reasonTerms(contributions: [string, number][], source: Analyzed, doc: Analyzed, idf: Idf): { terms: string[]; concepts: number } {
  const out: string[] = [];
  const seen = new Set<string>();
  const conceptWords = new Set<string>();
  for (const [term] of contributions) {
    if (!isConcept(term)) continue;
    const mine = source.concepts.get(term)!;
    const theirs = doc.concepts.get(term)!;
    const label = normalize(mine) === normalize(theirs) ? mine : `${mine} ↔ ${theirs}`;
    for (const w of normalize(`${mine} ${theirs}`).split(/[^\p{L}\p{N}]+/u)) conceptWords.add(w);
    if (!seen.has(label)) {
      seen.add(label);
      out.push(label);
    }
  }
  const concepts = out.length;
  for (const [term] of contributions) {
    if (isConcept(term) || idf.junk(term)) continue;
    const word = doc.surface.get(term) ?? source.surface.get(term) ?? term;
    if (conceptWords.has(word) || seen.has(word) || word.length < 4) continue;
    seen.add(word);
    out.push(word);
  }
  return { terms: out.slice(0, MAX_TERMS), concepts: Math.min(MAX_TERMS, concepts) };
}

/**
 * Evidence a person can check: each domain term both texts use, and a shared theme. Two pieces are enough; a
 * single one only when it is a term (a glossary pair, or a distinctive word carrying a real share of the
 * full-text relevance). A shared theme alone, a region or deployments alone are too weak to show.
 */
export function enoughEvidence(reasons: { terms: string[]; concepts: number }, sharedTheme: boolean, relevance: number): boolean {
  const evidence = reasons.terms.length + (sharedTheme ? 1 : 0);
  if (evidence >= 2) return true;
  if (reasons.terms.length !== 1) return false;
  return reasons.concepts === 1 || relevance >= SINGLE_TERM_RELEVANCE;
}

export function rankCandidates<T extends RankCandidate>(input: {
  source: RankSource;
  candidates: Map<string, T>;
  lists: RankedList[];
  idf: Idf;
  limit: number;
  weights?: Partial<typeof RANK_WEIGHTS>;
  /** Feedback hook (feedback.ts): re-ranks or drops candidates after scoring, before the cut. */
  rerank?: <R extends { id: string; raw: number }>(ranked: R[]) => R[];
}): Ranked<T>[] {
  const { source, candidates, lists, idf } = input;
  const w = { ...RANK_WEIGHTS, ...input.weights };
  const query = analyze(`${source.title}\n${source.text}`, source.lang);
  const self = bm25(query, query, idf).score || 1;
  const rrf = new Map<string, number>();
  const maxRrf = lists.reduce((sum, l) => sum + l.weight / (RRF_K + 1), 0) || 1;
  for (const list of lists) {
    list.ids.forEach((id, rank) => rrf.set(id, (rrf.get(id) ?? 0) + list.weight / (RRF_K + rank + 1)));
  }
  const sourceThemes = new Set(source.themes);
  const sourceProvinces = new Set(source.provinceCodes ?? []);
  const scored = [];
  for (const doc of candidates.values()) {
    if (doc.id === source.id) continue;
    const analyzed = analyze(candidateText(doc), doc.lang);
    const { score, contributions } = bm25(query, analyzed, idf);
    const relevance = Math.min(1, score / self);
    const shared = doc.themes.filter((t) => sourceThemes.has(t));
    const union = new Set([...doc.themes, ...source.themes]).size || 1;
    const deployments = doc.deploymentNames ?? [];
    const sameProvince = (doc.provinceCodes ?? []).some((p) => sourceProvinces.has(p));
    const raw =
      w.bm25 * relevance +
      w.theme * (shared.length / union) +
      w.lists * ((rrf.get(doc.id) ?? 0) / maxRrf) +
      (deployments.length ? w.deployment : 0) +
      (sameProvince ? w.province : 0);
    scored.push({ id: doc.id, doc, raw, relevance, shared, deployments, sameProvince, contributions, analyzed });
  }
  scored.sort((a, b) => b.raw - a.raw || a.doc.id.localeCompare(b.doc.id));
  const ranked = input.rerank ? input.rerank(scored) : scored;
  const results: Ranked<T>[] = [];
  for (const m of ranked) {
    if (results.length >= input.limit) break;
    const reasons = reasonTerms(m.contributions, query, m.analyzed, idf);
    if (!enoughEvidence(reasons, m.shared.length > 0, m.relevance)) continue;
    const terms = reasons.terms;
    const evidence = terms.length + (m.shared.length ? 1 : 0);
    const strength: Strength = m.relevance >= STRONG_RELEVANCE && evidence >= 3 ? "strong" : "possible";
    results.push({
      id: m.doc.id,
      score: m.raw,
      relevance: Math.round(m.relevance * 1000) / 1000,
      document: m.doc,
      explanation: { sharedThemes: m.shared, matchingTerms: terms, deployments: m.deployments, sameProvince: m.sameProvince, strength },
    });
  }
  const top = results[0]?.score || 1;
  for (const r of results) r.score = Math.round((r.score / top) * 1000) / 1000;
  return results;
}
