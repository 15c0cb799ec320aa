/**
 * Issue 12: no hub page is reachable only by typing its URL. Every route module app/routes/hub.* is either /hub
 * itself (the header's "Hub" link), listed under "All hub pages" on /hub (HUB_PAGES), or a detail or download that
 * the page it belongs to links to. A new hub route that is none of these fails here. (e2e/hub-home.spec.ts clicks
 * every HUB_PAGES link in a browser.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HUB_PAGES } from "./pages";

const routes = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../routes");
const components = path.resolve(routes, "../components");
const source = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

/** The URL path of a flat route file name: dots are slashes, `_index` is the folder, `[.]` a literal dot. */
const urlOf = (file: string) =>
  "/" +
  file
    .replace(/\.tsx?$/, "")
    .replace(/\[\.\]/g, "\u0000")
    .split(".")
    .filter((seg) => seg !== "_index")
    .map((seg) => seg.replace(/_$/, ""))
    .join("/")
    .replace(/\u0000/g, ".");

/** Detail and download routes: the file whose link opens them, and the link's opening as written there. */
const LINKED_FROM: Record<string, [dir: string, file: string, link: string]> = {
  "/hub/beoordeling/opgaven/$id": [routes, "hub.beoordeling.opgaven._index.tsx", "to={`/hub/beoordeling/opgaven/${"],
  "/hub/beoordeling/oplossingen/$id": [routes, "hub.beoordeling.oplossingen._index.tsx", "to={`/hub/beoordeling/oplossingen/${"],
  "/hub/matches/$id": [components, "match-pipeline.tsx", "to={`/hub/matches/${"],
  "/hub/inzicht.csv": [routes, "hub.inzicht.tsx", "href={`/hub/inzicht.csv?${"],
  "/hub/rapportage/export": [routes, "hub.rapportage.tsx", "href={`/hub/rapportage/export?"],
};

describe("hub navigation", () => {
  const hubRoutes = readdirSync(routes).filter((f) => /^hub[.[]/.test(f) && !f.includes(".test."));

  it("finds the hub routes", () => {
    expect(hubRoutes.length).toBeGreaterThanOrEqual(14);
    expect(urlOf("hub.inzicht[.]csv.ts")).toBe("/hub/inzicht.csv");
    expect(urlOf("hub.beoordeling._index.tsx")).toBe("/hub/beoordeling");
    expect(urlOf("hub.rapportage_.export.ts")).toBe("/hub/rapportage/export");
  });

  it.each(readdirSync(routes).filter((f) => /^hub[.[]/.test(f) && !f.includes(".test.")))("%s is linked from /hub or from the page it belongs to", (file) => {
    const url = urlOf(file);
    if (url === "/hub") {
      expect(source(components, "site-header.tsx")).toContain('<NavLink to="/hub" end>');
      return;
    }
    const listed = HUB_PAGES.some((p) => p.href.split("?")[0] === url);
    const from = LINKED_FROM[url];
    expect(listed || !!from, `${url} is neither on /hub nor linked from its list`).toBe(true);
    if (from) {
      expect(source(from[0], from[1])).toContain(from[2]);
      // The page that links to the detail is itself on /hub.
      expect(HUB_PAGES.some((p) => p.href.split("?")[0] === urlOf(from[1]) || from[1] === "match-pipeline.tsx")).toBe(true);
    }
  });
});
