import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../db/client";
import { createSearchClient, indexName, INDEX_KINDS, type SearchConfig } from "./client";
import { ensureIndexes } from "./ensure-indexes";
import { INDEX_SETTINGS } from "./settings";

/** Its own index names, so changing settings here never disturbs the other test files' searches. */
const config: SearchConfig = { url: inject("meiliUrl"), apiKey: inject("meiliKey") || undefined, indexPrefix: `${inject("indexPrefix")}ensure_` };
const client = createSearchClient(config);
const { sql } = createDb(inject("databaseUrl"), { max: 2 });
const uid = indexName(config, "challenges");

afterAll(async () => {
  for (const kind of INDEX_KINDS) await client.deleteIndexIfExists(indexName(config, kind));
  await sql.end();
});

describe("ensureIndexes at start-up", () => {
  it("builds missing indexes, then leaves matching ones alone", async () => {
    const first = await ensureIndexes(client, config, sql);
    expect(first.challenges.rebuilt).toBe(true);
    expect(first.solutions.rebuilt).toBe(true);
    const second = await ensureIndexes(client, config, sql);
    expect(second.challenges).toEqual({ documents: first.challenges.documents, rebuilt: false });
  });

  it("applies changed settings: a facet that an older version did not filter on works again", async () => {
    await client.index(uid).updateSettings({ filterableAttributes: ["id"], sortableAttributes: [] }).waitTask();
    await expect(client.index(uid).search("", { filter: ['procurementRoute IN ["sbir"]'] })).rejects.toThrow();
    const result = await ensureIndexes(client, config, sql);
    expect(result.challenges.rebuilt).toBe(false);
    const settings = await client.index(uid).getSettings();
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(INDEX_SETTINGS.challenges.filterableAttributes as string[]));
    expect(settings.sortableAttributes).toContain("openResponseDeadline");
    const res = await client.index(uid).search("", { filter: ['procurementRoute IN ["sbir"]'], sort: ["openResponseDeadline:asc"] });
    expect(res.hits.length).toBeGreaterThan(0);
  });

  it("rebuilds when the documents lack a field this version writes, even if the count matches", async () => {
    const { results } = await client.index(uid).getDocuments({ limit: 1000 });
    const stripped = results.map(({ openResponseDeadline: _drop, ...rest }) => rest);
    await client.index(uid).deleteAllDocuments().waitTask();
    await client.index(uid).addDocuments(stripped).waitTask();
    const result = await ensureIndexes(client, config, sql);
    expect(result.challenges.rebuilt).toBe(true);
    const { results: after } = await client.index(uid).getDocuments({ limit: 1 });
    expect(after[0]).toHaveProperty("openResponseDeadline");
  });
});
