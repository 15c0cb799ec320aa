import { THEMES } from "../../db/reference/themes";

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

const NL = `de gemeente wil samen met bewoners en ondernemers werken aan een betere wijk waarbij we gegevens
  gebruiken om keuzes te onderbouwen en de voortgang te volgen er zijn al eerdere pilots gedaan maar die waren
  te kleinschalig en moeilijk op te schalen we zoeken een partij die ervaring heeft met vergelijkbare trajecten
  in andere gemeenten en die kan laten zien wat het oplevert voor inwoners en voor de organisatie`.split(/\s+/);
const EN = `the platform helps public bodies to plan measure and improve their work with residents and partners it
  combines open data sensors and field observations in one dashboard that shows where action is needed and what it
  delivers we work with municipalities provinces and water authorities across the netherlands and europe`.split(/\s+/);

const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)];

/** About `words` words of realistic-looking text about the given themes, in Dutch or English. */
export function text(r: () => number, themes: string[], lang: "nl" | "en", words: number): string {
  const filler = lang === "nl" ? NL : EN;
  const terms = THEMES.filter((t) => themes.includes(t.slug)).flatMap((t) => t.terms.map((term) => (lang === "nl" ? term.nl[0] : term.en[0])));
  const out: string[] = [];
  while (out.length < words) {
    out.push(r() < 0.18 && terms.length ? pick(r, terms) : pick(r, filler));
  }
  return out.join(" ");
}

export function themesFor(r: () => number): string[] {
  const first = pick(r, THEMES).slug;
  const second = r() < 0.4 ? pick(r, THEMES).slug : null;
  return second && second !== first ? [first, second] : [first];
}

export function title(r: () => number, themes: string[], lang: "nl" | "en"): string {
  return text(r, themes, lang, 6 + Math.floor(r() * 5)).replace(/^./, (c) => c.toUpperCase());
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
