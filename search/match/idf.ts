import { analyze, isConcept, type Lang } from "./analyze";
import { COMMON_TERMS } from "./common-words";

/**
 * Corpus statistics for full-text ranking (BM25) over analyzed terms (stems and glossary concepts, see
 * analyze.ts): document frequencies, the number of documents and their average length. Built from all public
 * records (matching.server.ts refreshes it in the background) or, in the evaluation, from the set's texts.
 */
export interface Idf {
  /** BM25 inverse document frequency of an analyzed term (terms unseen in the corpus count as rare). */
  (term: string): number;
  n: number;
  avgLength: number;
  /** Average number of cognate keys per document (analyze.ts). */
  avgCognateLength: number;
  df(term: string): number;
  /**
   * Too common to be evidence: a word in the generated background list (common-words.ts: document frequency and
   * spread over themes) or in more than JUNK_DF_SHARE of this corpus's documents. Stop words never become terms
   * at all. Glossary concepts are curated domain pairs and are never junk.
   */
  junk(term: string): boolean;
}

/** A word in more than this share of all records says little about what a record is about. */
export const JUNK_DF_SHARE = 0.08;
/** Below this many records document frequencies are too noisy to call a word common. */
const MIN_DOCS_FOR_JUNK = 40;

export type CorpusText = string | { text: string; lang?: Lang };

export function buildIdf(texts: CorpusText[]): Idf {
  const df = new Map<string, number>();
  let total = 0;
  let totalCognates = 0;
  for (const item of texts) {
    const a = typeof item === "string" ? analyze(item) : analyze(item.text, item.lang);
    total += a.length;
    totalCognates += a.cognateLength;
    for (const term of a.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const key of a.cognates.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return idfFromCounts(df, texts.length, total, totalCognates);
}

export function idfFromCounts(df: Map<string, number>, n: number, totalLength: number, totalCognates = totalLength): Idf {
  const idf = ((term: string) => {
    const d = df.get(term) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  }) as Idf;
  idf.n = n;
  idf.avgLength = n ? Math.max(1, totalLength / n) : 100;
  idf.avgCognateLength = n ? Math.max(1, totalCognates / n) : 100;
  idf.df = (term) => df.get(term) ?? 0;
  idf.junk = (term) =>
    !isConcept(term) && (COMMON_TERMS.has(term) || (n >= MIN_DOCS_FOR_JUNK && (df.get(term) ?? 0) / n > JUNK_DF_SHARE));
  return idf;
}
