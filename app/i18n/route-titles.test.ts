/**
 * Page titles follow the page language (WCAG 2.4.2, ADR 0020): every route's meta takes its title from app/i18n/meta.ts
 * with a message key (or a record's own title), never from a string written into the route.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { MetaArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "./en";
import { provideStrings } from "./instance";
import { AREAS } from "./areas";
import { pageTitle, recordTitle, siteTitle } from "./meta";
import { nl } from "./nl";

const ROUTES = join(__dirname, "..", "routes");

/** The source of a route's `export const meta = ...` statement (up to its closing bracket), or null without one. */
export function metaSource(source: string): string | null {
  const start = source.search(/export (const|function) meta\b/);
  if (start < 0) return null;
  const arrow = source.indexOf("=>", start);
  let i = arrow + 2;
  while (/\s/.test(source[i])) i++;
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === "`") {
      // Skip a string; a template literal's ${...} holds no quote of its own kind here.
      const end = source.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
      continue;
    }
    if ("([{".includes(c)) depth++;
    if (")]}".includes(c) && --depth === 0) return source.slice(start, i + 1);
  }
  return source.slice(start);
}

/** What is wrong with a meta statement's titles: a written title, a Dutch text or the site name written in. */
export function titleProblems(meta: string): string[] {
  const problems: string[] = [];
  if (!/\b(pageTitle|recordTitle|siteTitle)\(/.test(meta)) problems.push("no title from app/i18n/meta.ts");
  for (const m of meta.matchAll(/\btitle:\s*(["'`][^"'`]*["'`]|[^,}\n]*\?[^,}\n]*:\s*["'`][^"'`]*["'`])/g)) problems.push(`written title ${m[1]}`);
  for (const m of meta.matchAll(/(["'`])((?:(?!\1).)*)\1/g)) {
    const text = m[2].replace(/\$\{[^}]*\}/g, "");
    // A message key ("titles.inbox"), a token ("description", "noindex") or a joint (" × ") is fine; words are not.
    if (/Opgavenmarkt|\p{L}\s+\p{L}|[À-ÖØ-öø-ž]/u.test(text)) problems.push(`text in meta ${m[0]}`);
  }
  return problems;
}

const routeFiles = readdirSync(ROUTES).filter((f) => f.endsWith(".tsx"));
const metas = routeFiles.flatMap((f) => {
  const meta = metaSource(readFileSync(join(ROUTES, f), "utf8"));
  return meta ? [{ file: f, meta }] : [];
});

/** The message keys a meta statement names: pageTitle/metaText keys and recordTitle's section and fallback. */
const keysIn = (meta: string): string[] =>
  [...meta.matchAll(/(?:pageTitle|metaText)\(matches,\s*"([^"]+)"|(?:section|fallback):\s*"([^"]+)"/g)].map((m) => m[1] ?? m[2]);

const lookup = (messages: object, key: string): unknown => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);

describe("route titles", () => {
  it("finds the meta of the routes (the scan below checks something)", () => {
    expect(metas.length).toBeGreaterThan(50);
    expect(metas.map((m) => m.file)).toContain("meldingen.tsx");
  });

  it("refuses a title written into a route's meta", () => {
    const hardCoded = [
      `export const meta: MetaFunction = () => [{ title: "Meldingen · Opgavenmarkt" }];`,
      "export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.thread.subject ?? \"Bericht\"} · Opgavenmarkt` }];",
      "export const meta: MetaFunction = ({ data }) => [\n  { title: data ? `${data.challenge.title} · Opgavenmarkt` : \"Opgavenmarkt\" },\n];",
      `export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.inbox") }, { name: "description", content: "Opgaven van overheden" }];`,
    ];
    for (const source of hardCoded) expect(titleProblems(metaSource(source) ?? ""), source).not.toEqual([]);
    const fine = `export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.inbox") }, { name: "robots", content: "noindex" }];\n\nconst x = { title: "Titel" };`;
    expect(metaSource(fine)).not.toContain("Titel");
    expect(titleProblems(metaSource(fine) ?? "")).toEqual([]);
  });

  it("has no route that writes its title (or other meta text) into the route file", () => {
    const problems = metas.flatMap(({ file, meta }) => titleProblems(meta).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("names only title keys that exist in Dutch and in English", () => {
    const used = metas.flatMap(({ meta }) => keysIn(meta));
    expect(used.length).toBeGreaterThan(50);
    for (const key of used) {
      expect(typeof lookup(nl, key), `nl ${key}`).toBe("string");
      expect(typeof lookup(en, key), `en ${key}`).toBe("string");
    }
    // Every page title written for a route is used by one (no stale keys), in both languages.
    for (const key of Object.keys(nl.titles)) expect(used, `titles.${key}`).toContain(`titles.${key}`);
    expect(Object.keys(en.titles).sort()).toEqual(Object.keys(nl.titles).sort());
  });
});

describe("pageTitle and recordTitle", () => {
  beforeAll(() => {
    provideStrings("nl", nl, AREAS);
    provideStrings("en", en, AREAS);
  });
  const matches = (locale: string | undefined) => [{ id: "root", data: { locale } }] as unknown as MetaArgs["matches"];

  it("title a page in the root loader's language (Dutch by default)", () => {
    expect(pageTitle(matches("nl"), "titles.notifications")).toBe("Meldingen · Opgavenmarkt");
    expect(pageTitle(matches("en"), "titles.notifications")).toBe("Notifications · Opgavenmarkt");
    expect(pageTitle(matches(undefined), "titles.notifications")).toBe("Meldingen · Opgavenmarkt");
    expect(pageTitle(matches("en"), "titles.joinChallenge", { title: "Hittestress" })).toBe("Us too · Hittestress · Opgavenmarkt");
    expect(siteTitle(matches("en"))).toBe("Opgavenmarkt");
  });

  it("title a record by its own title, with a translated section, and fall back without a record", () => {
    expect(recordTitle(matches("en"), "Hittestress in de wijk")).toBe("Hittestress in de wijk · Opgavenmarkt");
    expect(recordTitle(matches("en"), "Hittestress", { section: "titles.consultation" })).toBe("Hittestress · Market consultation · Opgavenmarkt");
    expect(recordTitle(matches("nl"), "Hittestress", { section: "titles.consultation" })).toBe("Hittestress · Marktconsultatie · Opgavenmarkt");
    expect(recordTitle(matches("en"), undefined, { fallback: "titles.thread" })).toBe("Message · Opgavenmarkt");
    expect(recordTitle(matches("nl"), null)).toBe("Opgavenmarkt");
  });
});
