import { newStemmer } from "snowball-stemmers";
import { eng, nld } from "stopword";
import { findThemeTermsInTokens, isStopword, normalize, stopwordList, tokenize } from "./text";

/**
 * Full-text analysis for ranking: words are lower-cased, stop words (the `stopword` package's Dutch and English
 * lists plus the marketplace's own) dropped, and the rest stemmed with the Snowball stemmer of the text's
 * language. Each bilingual glossary concept found in the text adds one language-neutral term (`~` + its first
 * Dutch variant), so "hittestress" and "heat stress" share a term while the words themselves stay apart.
 */
export type Lang = "nl" | "en";

export interface Analyzed {
  /** Term → frequency (stems and glossary concepts). */
  terms: Map<string, number>;
  /** Number of terms (the document length in BM25). */
  length: number;
  /** A readable form of each stem (the first word in the text that produced it). */
  surface: Map<string, string>;
  /** Glossary concept term → the variant found in this text. */
  concepts: Map<string, string>;
  /**
   * Cognate keys (`^` + the first COGNATE_LENGTH letters of each longer content word) → frequency: language-blind
   * truncation, so "sensoren"/"sensors", "mobiliteit"/"mobility" or "infrastructuur"/"infrastructure" meet
   * across Dutch and English where the stemmers and the glossary do not connect them.
   */
  cognates: Map<string, number>;
  cognateLength: number;
  /** A readable form of each cognate key (the first word in the text that produced it). */
  cognateSurface: Map<string, string>;
  lang: Lang;
}

export const COGNATE_LENGTH = 5;
export const COGNATE_PREFIX = "^";
export const isCognate = (term: string) => term.startsWith(COGNATE_PREFIX);

const stemmers = { nl: newStemmer("dutch"), en: newStemmer("english") };
const stemCache = { nl: new Map<string, string>(), en: new Map<string, string>() };
const STEM_CACHE_MAX = 200_000;

export function stem(word: string, lang: Lang): string {
  const cache = stemCache[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmers[lang].stem(word);
    if (cache.size >= STEM_CACHE_MAX) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/** Stems of the stop words in each language: an inflected stop word ("making", "needs") is one too. */
const stopStems = {
  nl: new Set(stopwordList().map((w) => stem(w, "nl"))),
  en: new Set(stopwordList().map((w) => stem(w, "en"))),
};

const NL_HINTS = new Set(nld.map(normalize));
const EN_HINTS = new Set(eng.map(normalize));

/** Dutch or English, by which language's stop words the text uses more (Dutch on a tie). */
export function detectLang(tokens: string[]): Lang {
  let nl = 0;
  let en = 0;
  for (const t of tokens.slice(0, 400)) {
    if (NL_HINTS.has(t)) nl++;
    if (EN_HINTS.has(t)) en++;
  }
  return en > nl ? "en" : "nl";
}

export const tokens = tokenize;

export const CONCEPT_PREFIX = "~";
export const isConcept = (term: string) => term.startsWith(CONCEPT_PREFIX);

/** What a word adds to an analysis: its term (stem) and cognate key, or nothing (`null`): a stop word, too short, a number. */
type WordTerms = { term: string; cognate: string | undefined } | null;
const wordCache = { nl: new Map<string, WordTerms>(), en: new Map<string, WordTerms>() };

function wordTerms(w: string, lang: Lang): WordTerms {
  const cache = wordCache[lang];
  let found = cache.get(w);
  if (found === undefined) {
    const s = w.length < 3 || /^\d+$/.test(w) || isStopword(w) ? undefined : stem(w, lang);
    found = s === undefined || stopStems[lang].has(s) ? null : { term: s, cognate: w.length >= COGNATE_LENGTH ? COGNATE_PREFIX + w.slice(0, COGNATE_LENGTH) : undefined };
    if (cache.size >= STEM_CACHE_MAX) cache.clear();
    cache.set(w, found);
  }
  return found;
}

export function analyze(text: string, lang?: Lang): Analyzed {
  const words = tokens(text);
  const language = lang ?? detectLang(words);
  const terms = new Map<string, number>();
  const surface = new Map<string, string>();
  const cognates = new Map<string, number>();
  const cognateSurface = new Map<string, string>();
  let length = 0;
  let cognateLength = 0;
  for (const w of words) {
    const found = wordTerms(w, language);
    if (!found) continue;
    const tf = terms.get(found.term);
    terms.set(found.term, (tf ?? 0) + 1);
    if (tf === undefined) surface.set(found.term, w);
    length++;
    if (found.cognate) {
      const cf = cognates.get(found.cognate);
      cognates.set(found.cognate, (cf ?? 0) + 1);
      if (cf === undefined) cognateSurface.set(found.cognate, w);
      cognateLength++;
    }
  }
  const concepts = new Map<string, string>();
  for (const hit of findThemeTermsInTokens(words)) {
    const key = `${CONCEPT_PREFIX}${normalize(hit.variants[0])}`;
    if (concepts.has(key)) continue;
    concepts.set(key, hit.term);
    terms.set(key, 1);
    length++;
  }
  return { terms, length, surface, concepts, cognates, cognateLength, cognateSurface, lang: language };
}
