/**
 * The home page's theme tiles (issue 13): each tile's count equals the number of results on the page its link
 * opens (the challenge list's own loader, called with the link's URL), over the demo data. Serial: other files
 * publish challenges meanwhile, and the index must have caught up with the outbox before counting.
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import { setupAppEnv, makeRequest } from "../test/route-harness";
import { createDb } from "../../db/client";
import { createSearchClient, type SearchConfig } from "../../search/client";
import { processOutboxBatch } from "../../search/outbox";

setupAppEnv();
const home = await import("./_index");
const challengeList = await import("./opgaven._index");
const { getSql } = await import("../domain/db.server");

const config: SearchConfig = { url: inject("meiliUrl"), apiKey: inject("meiliKey") || undefined, indexPrefix: inject("indexPrefix") };
const { sql } = createDb(inject("databaseUrl"), { max: 2 });
afterAll(async () => {
  await sql.end();
  await getSql().end();
});

describe("home page theme tiles", () => {
  it("count exactly what their link shows, and a theme without open challenges has no tile", async () => {
    const client = createSearchClient(config);
    while ((await processOutboxBatch(sql, client, config)) > 0);
    const data = (await home.loader()) as { themes: { slug: string; count: number; href: string }[] };
    expect(data.themes.length).toBeGreaterThan(3);
    for (const tile of data.themes) {
      expect(tile.count, tile.slug).toBeGreaterThan(0);
      const list = await challengeList.loader({ request: makeRequest(tile.href), params: {}, context: {} });
      expect(list.result.unavailable).toBe(false);
      expect(list.result.total, tile.href).toBe(tile.count);
    }
  });
});
