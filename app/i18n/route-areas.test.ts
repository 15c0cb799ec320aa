import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_MESSAGES } from "./area-messages";
import { AREAS, BASE_AREAS, areaSet, type I18nHandle } from "./areas";
import { en } from "./en";
import { nl } from "./nl";
import { areaOfLiteral, areasUsedBy, rootFile, routeFiles } from "./route-areas.server";

/**
 * A page loads only the string areas its routes declare (handle.i18n) on top of the base (app/i18n/areas.ts). This
 * checks each declaration against the keys the route's browser code, and the schemas it imports, name: a missing
 * area would show a key name in the browser until the rest loads (the client's fallback); a surplus one is weight.
 */
describe("the string areas each page loads", () => {
  it("names every area once, and the areas together are the whole language", () => {
    expect(Object.keys(AREA_MESSAGES).sort()).toEqual([...AREAS].sort());
    const merged = (lang: "nl" | "en") => Object.assign({}, ...AREAS.map((a) => AREA_MESSAGES[a][lang]));
    expect(merged("nl")).toEqual(nl);
    expect(merged("en")).toEqual(en);
  });

  it("gives the layout (root.tsx: header, footer, error pages) everything it uses from the base", () => {
    expect([...areasUsedBy(rootFile)].filter((a) => !BASE_AREAS.includes(a))).toEqual([]);
  });

  it.each(routeFiles().map((f) => [path.basename(f), f]))("%s declares the areas its page uses", async (_name, file) => {
    const mod = (await import(/* @vite-ignore */ file)) as { handle?: I18nHandle; default?: unknown };
    const used = [...areasUsedBy(file)].filter((a) => !BASE_AREAS.includes(a));
    const declared = mod.handle?.i18n ?? [];
    expect(areaSet(declared), `export const handle = { i18n: ${JSON.stringify(areaSet(used).filter((a) => !BASE_AREAS.includes(a)))} } satisfies I18nHandle;`).toEqual(
      areaSet(used),
    );
    expect(new Set(declared).size, "no area twice").toBe(declared.length);
    for (const area of declared) expect(BASE_AREAS, `${area} is in the base already`).not.toContain(area);
  });

  it("recognises keys, plural keys and template heads, and nothing else", () => {
    expect(areaOfLiteral("challenges.budgetRange")).toBe("public");
    expect(areaOfLiteral("nav.bellUnread")).toBe("common");
    expect(areaOfLiteral("challengeStatus.", true)).toBe("vocabulary-labels");
    expect(areaOfLiteral("brokering.nope")).toBeNull();
    expect(areaOfLiteral("app.css")).toBeNull();
    expect(areaOfLiteral("home")).toBeNull();
  });
});
