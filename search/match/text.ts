import { eng, nld } from "stopword";
import { THEMES, type ThemeDefinition } from "../../db/reference/themes";

/**
 * Words that are in nearly every challenge or solution of this marketplace and say nothing about
 * what it is about (NL and EN). Together with the general stopword lists they are never query terms.
 */
const DOMAIN_STOPWORDS = `gemeente gemeenten provincie provincies inwoner inwoners bewoner bewoners oplossing oplossingen
  opgave opgaven organisatie organisaties partij partijen platform platformen systeem systemen data gegevens digitaal digitale
  tool tools app applicatie dashboard inzicht inzichten informatie manier mogelijk mogelijkheid mogelijkheden jaar jaren
  nieuwe nieuw goed goede graag willen wil zoeken zoekt zoeken aanpak project projecten pilot pilots samen samenwerking
  beter betere snel sneller hoe wat waar welke wie onze ons wij zij hun kunnen kan moet moeten wordt worden werd zijn
  heeft hebben hadden ook nog meer minder veel weinig vaak eerst daarna tussen binnen buiten zonder tegen over onder
  bijvoorbeeld namelijk daarnaast echter waardoor zodat omdat terwijl wanneer steeds elke iedere alle andere
  municipality municipalities province provinces resident residents citizen citizens solution solutions challenge challenges
  organisation organisations organization platform platforms system systems data digital tool tools app application
  dashboard insight insights information way possible new good help helps helping want wants looking approach project
  projects pilot pilots together better faster how what where which who our we they their can could must should
  also more less many much often first between within without against over under example including based use uses
  used using make makes provide provides offer offers support supports need needs local public sector service services`
  .split(/\s+/)
  .filter(Boolean);

const STOPWORDS = new Set([...nld, ...eng, ...DOMAIN_STOPWORDS].map((w) => normalize(w)));

/** A general (NL/EN) or marketplace stop word, given normalized. */
export const isStopword = (word: string) => STOPWORDS.has(word);

/** The stop words themselves (normalized), for stemming them in analyze.ts: "making" goes with "make". */
export const stopwordList = (): string[] => [...STOPWORDS];

/** Lower case, without diacritics (Meilisearch also ignores them). */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Content words: letters/digits, at least 3 characters, not a stopword. */
export function contentWords(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

export interface ThemeTermHit {
  theme: string;
  /** The term as found in the text (one variant of the pair). */
  term: string;
  /** All variants of the concept in both languages. */
  variants: string[];
}

/** The words of a text, normalized (runs of letters and digits). */
export const tokenize = (text: string): string[] => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];

interface CompiledVariant {
  theme: string;
  /** Index into the theme's term list, to report the concept once. */
  concept: number;
  variant: string;
  variants: string[];
  words: string[];
}

/**
 * A term matches at the start of a word; longer terms also as the start of a Dutch compound
 * ("isolatie" in "isolatiemaatregelen"), short ones (acronyms like "EV") only as a whole word.
 */
function wordMatches(token: string, word: string, last: boolean): boolean {
  return last && word.length >= 5 ? token.startsWith(word) : token === word;
}

export function termPattern(term: string): RegExp {
  const normalized = normalize(term);
  const escaped = normalized.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[^\p{L}\p{N}]+/gu, "[^\\p{L}\\p{N}]+");
  const end = normalized.length < 5 ? "(?![\\p{L}\\p{N}])" : "";
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}${end}`, "u");
}

let compiled: { byPrefix: Map<string, CompiledVariant[]> } | undefined;

/** All term variants indexed by the first three letters of their first word: one pass over a text finds them all. */
function compiledTerms(themes: ThemeDefinition[]): { byPrefix: Map<string, CompiledVariant[]> } {
  if (compiled && themes === THEMES) return compiled;
  const byPrefix = new Map<string, CompiledVariant[]>();
  let concept = 0;
  for (const theme of themes) {
    for (const term of theme.terms) {
      const variants = [...term.nl, ...term.en];
      for (const variant of variants) {
        const words = tokenize(variant);
        if (!words.length) continue;
        const key = words[0].slice(0, 3);
        const list = byPrefix.get(key) ?? [];
        list.push({ theme: theme.slug, concept, variant, variants, words });
        byPrefix.set(key, list);
      }
      concept++;
    }
  }
  const result = { byPrefix };
  if (themes === THEMES) compiled = result;
  return result;
}

/** The bilingual theme terms that occur in a text (each concept once, in text order). */
export function findThemeTerms(text: string, themes: ThemeDefinition[] = THEMES): ThemeTermHit[] {
  return findThemeTermsInTokens(tokenize(text), themes);
}

/** findThemeTerms over a text already split by `tokenize` (analyze.ts splits each text once). */
export function findThemeTermsInTokens(tokens: string[], themes: ThemeDefinition[] = THEMES): ThemeTermHit[] {
  const { byPrefix } = compiledTerms(themes);
  const hits: ThemeTermHit[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byPrefix.get(tokens[i].slice(0, 3));
    if (!candidates) continue;
    for (const c of candidates) {
      const n = c.words.length;
      if (seen.has(c.concept) || i + n > tokens.length) continue;
      let j = 0;
      while (j < n && wordMatches(tokens[i + j], c.words[j], j === n - 1)) j++;
      if (j === n) {
        seen.add(c.concept);
        hits.push({ theme: c.theme, term: c.variant, variants: c.variants });
      }
    }
  }
  return hits;
}

/**
 * Themes inferred from free text: a theme counts when at least `minHits` of its terms occur, or when
 * its label does. Returns slugs ordered by strength.
 */
export function inferThemes(text: string, options: { minHits?: number; max?: number } = {}): string[] {
  const minHits = options.minHits ?? 2;
  const haystack = normalize(text);
  const counts = new Map<string, number>();
  for (const hit of findThemeTerms(text)) counts.set(hit.theme, (counts.get(hit.theme) ?? 0) + 1);
  for (const theme of THEMES) {
    if (haystack.includes(normalize(theme.labelNl)) || haystack.includes(normalize(theme.labelEn))) {
      counts.set(theme.slug, (counts.get(theme.slug) ?? 0) + minHits);
    }
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= minHits)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.max ?? 3)
    .map(([slug]) => slug);
}

/** Map stated themes that may be slugs, labels or free words ("klimaat", "heat") to theme slugs. */
export function resolveThemes(stated: string[], text: string): string[] {
  const slugs = new Set<string>();
  for (const raw of stated) {
    const value = normalize(raw.trim());
    if (!value) continue;
    const direct = THEMES.find(
      (t) => t.slug === value || normalize(t.labelNl) === value || normalize(t.labelEn) === value,
    );
    if (direct) {
      slugs.add(direct.slug);
      continue;
    }
    const partial = THEMES.find(
      (t) => normalize(t.labelNl).includes(value) || normalize(t.labelEn).includes(value) || t.slug.includes(value),
    );
    if (partial) {
      slugs.add(partial.slug);
      continue;
    }
    for (const theme of inferThemes(raw, { minHits: 1, max: 1 })) slugs.add(theme);
  }
  if (slugs.size === 0) for (const theme of inferThemes(text)) slugs.add(theme);
  return [...slugs];
}
