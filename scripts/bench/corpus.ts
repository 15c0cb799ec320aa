import type postgres from "postgres";
import { THEMES } from "../../db/reference/themes";
import { stableUuid } from "../../db/seed/ids";
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

/**
 * Fill a fresh database (reference data imported, no demo data needed) with the generated corpus: one public body
 * per region, a company per 25 solutions, `challenges` published challenges and `solutions` published solutions of
 * about 180 words each, from the demo sentences (deterministic for a seed). Used by bench:search and bench:load.
 */
export async function insertCorpus(sql: postgres.Sql, nChallenges: number, nSolutions: number, seed = 42): Promise<void> {
  const r = rng(seed);
  const regions = await sql<{ code: string; name: string; kind: string }[]>`select code, name, kind from regions order by code`;
  const bodies = regions.map((reg) => ({
    id: stableUuid(`bench:org:${reg.code}`),
    slug: `bench-${reg.code.toLowerCase()}`,
    kind: reg.kind,
    name: `${reg.kind === "gemeente" ? "Gemeente" : "Provincie"} ${reg.name}`,
    cbs_code: reg.code,
    region_code: reg.code,
    verified: true,
  }));
  const companies = Array.from({ length: Math.max(1, Math.round(nSolutions / 25)) }, (_, i) => ({
    id: stableUuid(`bench:company:${i}`),
    slug: `bench-company-${i}`,
    kind: "bedrijf",
    name: `Bench Company ${i}`,
    kvk_number: String(10_000_000 + i),
    verified: true,
  }));
  for (let i = 0; i < bodies.length; i += 1000) await sql`insert into organisations ${sql(bodies.slice(i, i + 1000))}`;
  for (let i = 0; i < companies.length; i += 1000) await sql`insert into organisations ${sql(companies.slice(i, i + 1000))}`;
  const insertBatch = 1000;
  for (let i = 0; i < nChallenges; i += insertBatch) {
    const rows = [];
    const themeRows = [];
    const regionRows = [];
    for (let j = i; j < Math.min(nChallenges, i + insertBatch); j++) {
      const lang = r() < 0.8 ? "nl" : "en";
      const themes = themesFor(r);
      const body = bodies[Math.floor(r() * bodies.length)];
      const id = stableUuid(`bench:challenge:${j}`);
      rows.push({
        id,
        slug: `bench-challenge-${j}`,
        owner_organisation_id: body.id,
        lang,
        title: title(r, themes, lang),
        summary: text(r, themes, lang, 30),
        problem_statement: text(r, themes, lang, 90),
        local_context: text(r, themes, lang, 30),
        desired_outcome: text(r, themes, lang, 30),
        status: "published",
        published_at: new Date(Date.UTC(2026, 0, 1) + j * 60_000).toISOString(),
      });
      for (const theme of themes) themeRows.push({ challenge_id: id, theme_slug: theme });
      regionRows.push({ challenge_id: id, region_code: body.region_code });
    }
    await sql`insert into challenges ${sql(rows)}`;
    await sql`insert into challenge_themes ${sql(themeRows)}`;
    await sql`insert into challenge_regions ${sql(regionRows)}`;
  }
  for (let i = 0; i < nSolutions; i += insertBatch) {
    const rows = [];
    const themeRows = [];
    const deployRows = [];
    for (let j = i; j < Math.min(nSolutions, i + insertBatch); j++) {
      const lang = r() < 0.5 ? "nl" : "en";
      const themes = themesFor(r);
      const id = stableUuid(`bench:solution:${j}`);
      rows.push({
        id,
        slug: `bench-solution-${j}`,
        organisation_id: companies[j % companies.length].id,
        lang,
        title: title(r, themes, lang),
        summary: text(r, themes, lang, 30),
        description: text(r, themes, lang, 150),
        maturity: ["idee", "prototype", "pilot", "bewezen", "opgeschaald"][j % 5],
        status: "published",
        published_at: new Date(Date.UTC(2026, 0, 1) + j * 30_000).toISOString(),
      });
      for (const theme of themes) themeRows.push({ solution_id: id, theme_slug: theme });
      if (r() < 0.3) {
        const code = regions[Math.floor(r() * regions.length)].code;
        deployRows.push({ id: stableUuid(`bench:dep:${j}`), solution_id: id, region_code: code, status: "active" });
      }
    }
    await sql`insert into solutions ${sql(rows)}`;
    await sql`insert into solution_themes ${sql(themeRows)}`;
    if (deployRows.length) await sql`insert into solution_deployments ${sql(deployRows)}`;
  }
}
