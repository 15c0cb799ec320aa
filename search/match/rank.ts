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

/**
 * Fusion weights, chosen on both evaluation sets together (`npx tsx scripts/eval/tune.ts`, ADR 0023): full-text
 * BM25 relevance, theme overlap, the ranked lists (only the hybrid seam's semantic list: the Meilisearch queries'
 * ranks no longer count, matcher.ts), deployments, region, and the cognate relevance
 * (analyze.ts) of a candidate in the other language (`cognate`) or the same language (`cognateSame`).
 */
export const RANK_WEIGHTS = { bm25: 1, theme: 0.1, lists: 0.25, deployment: 0.01, province: 0.01, cognate: 4, cognateSame: 0.1 };
const RRF_K = 10;

/** BM25 and feedback parameters of the final ranking (tuned on both evaluation sets together, ADR 0023). */
export interface RankParams {
  k1: number;
  b: number;
  /** Saturation of the query term frequency (the source is a whole text, not a few words). */
  k3: number;
  /** Pseudo-relevance feedback (RM3-style): expansion terms from the first ranking's top documents. */
  prf: { docs: number; terms: number; weight: number };
}
// k3 1000: the source's term frequencies count nearly linearly (it is a whole text). Feedback is off: on whole-text
// queries it lowered both sets at every setting tried.
export const RANK_PARAMS: RankParams = { k1: 1.6, b: 0.75, k3: 1000, prf: { docs: 0, terms: 0, weight: 0 } };
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

/**
 * A query's terms with their IDF and saturated query term frequency worked out once: a suggestion list scores the
 * same source against every candidate (BM25 over stems, and over cognate keys).
 */
interface PreparedQuery {
  terms: string[];
  idf: Float64Array;
  /** (qtf · (k3 + 1)) / (qtf + k3) */
  qtf: Float64Array;
}

function prepareQuery(terms: Map<string, number>, idf: Idf, k3: number): PreparedQuery {
  const prepared: PreparedQuery = { terms: [...terms.keys()], idf: new Float64Array(terms.size), qtf: new Float64Array(terms.size) };
  let i = 0;
  for (const [term, qtf] of terms) {
    prepared.idf[i] = idf(term);
    prepared.qtf[i] = (qtf * (k3 + 1)) / (qtf + k3);
    i++;
  }
  return prepared;
}

/** BM25 of one document's terms for a prepared query; each matching term's contribution goes to `contributions`. */
function scorePrepared(
  query: PreparedQuery,
  docTerms: Map<string, number>,
  docLength: number,
  avgLength: number,
  params: Pick<RankParams, "k1" | "b">,
  contributions?: [string, number][],
): number {
  const { k1, b } = params;
  const norm = k1 * (1 - b + (b * docLength) / avgLength);
  let score = 0;
  for (let i = 0; i < query.terms.length; i++) {
    const tf = docTerms.get(query.terms[i]);
    if (!tf) continue;
    const value = query.idf[i] * ((tf * (k1 + 1)) / (tf + norm)) * query.qtf[i];
    score += value;
    contributions?.push([query.terms[i], value]);
  }
  return score;
}

const byContribution = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

/** BM25 of a document for a (long) query, with each term's contribution. */
export function bm25(
  query: Pick<Analyzed, "terms">,
  doc: Pick<Analyzed, "terms" | "length">,
  idf: Idf,
  params: Pick<RankParams, "k1" | "b" | "k3"> = RANK_PARAMS,
): { score: number; contributions: [string, number][] } {
  const contributions: [string, number][] = [];
  const score = scorePrepared(prepareQuery(query.terms, idf, params.k3), doc.terms, doc.length, idf.avgLength, params, contributions);
  return { score, contributions: contributions.sort(byContribution) };
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

/**
 * RM3-style feedback model: the distinctive terms of the first ranking's top documents, each weighted by its share
 * of those documents (tf / length, weighted by the document's relevance) times its IDF; the source's own terms and
 * common words are left out. The best `terms` of them, scaled to 0..1, form an expansion query. Top documents in
 * the other language bring their own words, so this also reaches texts the glossary does not connect.
 */
export function feedbackTerms(
  top: { analyzed: Pick<Analyzed, "terms" | "length">; relevance: number }[],
  query: Pick<Analyzed, "terms">,
  idf: Idf,
  terms: number,
): Map<string, number> {
  const model = new Map<string, number>();
  for (const d of top) {
    if (d.relevance <= 0 || d.analyzed.length === 0) continue;
    for (const [term, tf] of d.analyzed.terms) {
      if (query.terms.has(term) || idf.junk(term) || idf.df(term) < 2) continue;
      model.set(term, (model.get(term) ?? 0) + (d.relevance * tf) / d.analyzed.length);
    }
  }
  const weighted = [...model.entries()]
    .map(([term, p]) => [term, p * idf(term)] as [string, number])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, terms);
  const max = weighted[0]?.[1] || 1;
  return new Map(weighted.map(([term, v]) => [term, v / max]));
}

/** BM25 over cognate keys (analyze.ts), with each key's contribution. */
export function cognateBm25(
  query: Pick<Analyzed, "cognates">,
  doc: Pick<Analyzed, "cognates" | "cognateLength">,
  idf: Idf,
  params: Pick<RankParams, "k1" | "b" | "k3"> = RANK_PARAMS,
): { score: number; contributions: [string, number][] } {
  const contributions: [string, number][] = [];
  const score = scorePrepared(prepareQuery(query.cognates, idf, params.k3), doc.cognates, doc.cognateLength, idf.avgCognateLength, params, contributions);
  return { score, contributions: contributions.sort(byContribution) };
}

/** Analysed candidate texts by id (most recently used last), each with the text it was made from. */
const analysedCandidates = new Map<string, { text: string; lang: Lang | undefined; analyzed: Analyzed }>();
/**
 * About 22 KiB each (measured): 2,000 hold the candidates of some 70 suggestion lists at 60 each (~45 MiB). A popular
 * record is a candidate of many lists; a hit saves its analysis (about a fifth of a millisecond per text).
 */
export const ANALYSED_CANDIDATES_MAX = 2_000;

/**
 * A candidate's text analysed (analyze.ts), from a bounded cache keyed by id and checked against the text itself:
 * an edited record is analysed again, and nothing needs to invalidate the cache. The result is shared: read only.
 */
export function analyzeCandidate(doc: RankCandidate): Analyzed {
  const text = candidateText(doc);
  const hit = analysedCandidates.get(doc.id);
  analysedCandidates.delete(doc.id);
  if (hit && hit.text === text && hit.lang === doc.lang) {
    analysedCandidates.set(doc.id, hit);
    return hit.analyzed;
  }
  const analyzed = analyze(text, doc.lang);
  analysedCandidates.set(doc.id, { text, lang: doc.lang, analyzed });
  if (analysedCandidates.size > ANALYSED_CANDIDATES_MAX) analysedCandidates.delete(analysedCandidates.keys().next().value!);
  return analyzed;
}

/** Forget the analysed candidates (benchmarks measure without them). */
export function clearAnalysedCandidates() {
  analysedCandidates.clear();
}

/** BM25 of a document for weighted expansion terms (each weight 0..1 in place of a query term frequency). */
function expansionScore(expansion: Map<string, number>, doc: Pick<Analyzed, "terms" | "length">, idf: Idf, params: RankParams): number {
  const norm = params.k1 * (1 - params.b + (params.b * doc.length) / idf.avgLength);
  let score = 0;
  for (const [term, weight] of expansion) {
    const tf = doc.terms.get(term);
    if (tf) score += weight * idf(term) * ((tf * (params.k1 + 1)) / (tf + norm));
  }
  return score;
}

export function rankCandidates<T extends RankCandidate>(input: {
  source: RankSource;
  candidates: Map<string, T>;
  lists: RankedList[];
  idf: Idf;
  limit: number;
  weights?: Partial<typeof RANK_WEIGHTS>;
  params?: Partial<RankParams>;
  /** Analysis of a candidate's text (default analyzeCandidate; the tuning passes its own cache). */
  analyzeDoc?: (doc: T) => Analyzed;
  /** The source's text analysed as `analyze(title + "\n" + text, source.lang)` does (the matcher has it already). */
  analyzedSource?: Analyzed;
  /** Feedback hook (feedback.ts): re-ranks or drops candidates after scoring, before the cut. */
  rerank?: <R extends { id: string; raw: number }>(ranked: R[]) => R[];
}): Ranked<T>[] {
  const { source, candidates, lists, idf } = input;
  const w = { ...RANK_WEIGHTS, ...input.weights };
  const p: RankParams = { ...RANK_PARAMS, ...input.params };
  const analyzeDoc = input.analyzeDoc ?? analyzeCandidate;
  const query = input.analyzedSource ?? analyze(`${source.title}\n${source.text}`, source.lang);
  const terms = prepareQuery(query.terms, idf, p.k3);
  const cognates = prepareQuery(query.cognates, idf, p.k3);
  const self = scorePrepared(terms, query.terms, query.length, idf.avgLength, p) || 1;
  const cognateSelf = scorePrepared(cognates, query.cognates, query.cognateLength, idf.avgCognateLength, p) || 1;
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
    const analyzed = analyzeDoc(doc);
    // Contributions are sorted only for the candidates whose reasons are shown (below).
    const contributions: [string, number][] = [];
    const score = scorePrepared(terms, analyzed.terms, analyzed.length, idf.avgLength, p, contributions);
    const relevance = Math.min(1, score / self);
    const crossLanguage = (doc.lang ?? analyzed.lang) !== query.lang;
    const cognateWeight = crossLanguage ? w.cognate : w.cognateSame;
    const cognate = cognateWeight > 0 ? scorePrepared(cognates, analyzed.cognates, analyzed.cognateLength, idf.avgCognateLength, p) : undefined;
    const shared = doc.themes.filter((t) => sourceThemes.has(t));
    const union = new Set([...doc.themes, ...source.themes]).size || 1;
    const deployments = doc.deploymentNames ?? [];
    const sameProvince = (doc.provinceCodes ?? []).some((p) => sourceProvinces.has(p));
    const raw =
      w.bm25 * relevance +
      w.theme * (shared.length / union) +
      w.lists * ((rrf.get(doc.id) ?? 0) / maxRrf) +
      (deployments.length ? w.deployment : 0) +
      (sameProvince ? w.province : 0) +
      (cognate !== undefined ? cognateWeight * Math.min(1, cognate / cognateSelf) : 0);
    scored.push({ id: doc.id, doc, raw, relevance, shared, deployments, sameProvince, contributions, analyzed });
  }
  if (p.prf.docs > 0 && p.prf.terms > 0 && p.prf.weight > 0 && scored.length > p.prf.docs) {
    // Second pass: the expansion terms of the first ranking's top documents add to the full-text part. The shown
    // relevance and the reasons stay those of the source's own words (a person can check them in both texts).
    scored.sort((a, b) => b.raw - a.raw || a.doc.id.localeCompare(b.doc.id));
    const expansion = feedbackTerms(scored.slice(0, p.prf.docs), query, idf, p.prf.terms);
    const expansionSelf = [...expansion.entries()].reduce((sum, [term, weight]) => sum + weight * idf(term), 0) || 1;
    for (const m of scored) m.raw += w.bm25 * p.prf.weight * Math.min(1, expansionScore(expansion, m.analyzed, idf, p) / expansionSelf);
  }
  scored.sort((a, b) => b.raw - a.raw || a.doc.id.localeCompare(b.doc.id));
  const ranked = input.rerank ? input.rerank(scored) : scored;
  const results: Ranked<T>[] = [];
  for (const m of ranked) {
    if (results.length >= input.limit) break;
    const reasons = reasonTerms(m.contributions.sort(byContribution), query, m.analyzed, idf);
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
