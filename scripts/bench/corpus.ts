import { THEMES } from "../../db/reference/themes";
import { SEED_CHALLENGES, SEED_SOLUTIONS } from "../../db/seed/seed";

/** A small deterministic PRNG (mulberry32) so every benchmark run uses the same corpus. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Sentences from the hand-written demo data, per theme and language: the generated corpus mixes them,
 * so its vocabulary and word frequencies look like real challenges and solutions rather than a tiny
 * repeated word list (which would make every query match every document).
 */
const sentences = (() => {
  const byKey = new Map<string, string[]>();
  const add = (themes: string[], lang: string, text: string) => {
    const parts = text
      .replace(/[*#>`_-]+/g, " ")
      .split(/(?<=[.!?])\s+/)
      .map((p) => p.trim())
      .filter((p) => p.split(/\s+/).length >= 5);
    for (const theme of themes) {
      const key = `${theme}:${lang}`;
      byKey.set(key, [...(byKey.get(key) ?? []), ...parts]);
    }
  };
  for (const c of SEED_CHALLENGES) add(c.themes, c.lang, [c.summary, c.problemStatement, c.localContext, c.desiredOutcome].join(" "));
  for (const sol of SEED_SOLUTIONS) add(sol.themes, sol.lang, [sol.summary, sol.description].join(" "));
  return byKey;
})();

const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)];

/** About `words` words of text about the given themes, in Dutch or English, from real sentences. */
export function text(r: () => number, themes: string[], lang: "nl" | "en", words: number): string {
  const pool = themes.flatMap((t) => sentences.get(`${t}:${lang}`) ?? sentences.get(`${t}:${lang === "nl" ? "en" : "nl"}`) ?? []);
  const fallback = [...sentences.values()][0];
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = pick(r, pool.length ? pool : fallback);
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return out.join(" ");
}

export function themesFor(r: () => number): string[] {
  const first = pick(r, THEMES).slug;
  const second = r() < 0.4 ? pick(r, THEMES).slug : null;
  return second && second !== first ? [first, second] : [first];
}

export function title(r: () => number, themes: string[], lang: "nl" | "en"): string {
  return text(r, themes, lang, 1).split(/\s+/).slice(0, 6 + Math.floor(r() * 5)).join(" ");
}

/** Short queries as people type them: one or two theme terms, sometimes with a typo. */
export function queries(r: () => number, n: number): { q: string; theme: string | null }[] {
  return Array.from({ length: n }, () => {
    const theme = pick(r, THEMES);
    const term = pick(r, theme.terms);
    let q = r() < 0.5 ? term.nl[0] : term.en[0];
    if (r() < 0.2 && q.length > 6) q = q.slice(0, 3) + q.slice(4); // a dropped letter
    return { q, theme: r() < 0.5 ? theme.slug : null };
  });
}
