import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../db/client";
import { filterValue } from "../app/domain/search.server";
import { createSearchClient, indexName, type SearchConfig } from "./client";
import { processOutboxBatch } from "./outbox";
import { rebuildIndex } from "./reindex";

const config: SearchConfig = { url: inject("meiliUrl"), apiKey: inject("meiliKey") || undefined, indexPrefix: inject("indexPrefix") };
const client = createSearchClient(config);
const { sql } = createDb(inject("databaseUrl"), { max: 2 });
afterAll(() => sql.end());
/** Other test files publish and archive records meanwhile (no outbox worker runs in unit tests): apply their changes. */
const drainOutbox = async () => {
  while ((await processOutboxBatch(sql, client, config)) > 0);
};

describe("search index", () => {
  it("holds exactly the public challenges and published solutions after start", async () => {
    await drainOutbox();
    const [{ c }] = await sql`select count(*)::int as c from challenges where status in ('published','closed','in_pilot','finished') and visibility = 'public'`;
    const [{ s }] = await sql`select count(*)::int as s from solutions where status = 'published'`;
    const ch = await client.index(indexName(config, "challenges")).getStats();
    const so = await client.index(indexName(config, "solutions")).getStats();
    expect(ch.numberOfDocuments).toBe(c);
    expect(so.numberOfDocuments).toBe(s);
  });

  it("filters by theme and finds Dutch text with an English query through the theme synonyms", async () => {
    const res = await client.index(indexName(config, "challenges")).search("heat stress", { filter: [`themes = ${filterValue("klimaatadaptatie")}`] });
    expect(res.hits.length).toBeGreaterThan(0);
    for (const hit of res.hits) expect(hit.themes).toContain("klimaatadaptatie");
  });

  it("never lets a filter value break out of its string literal", async () => {
    const evil = `klimaatadaptatie" OR themes EXISTS OR themes = "x`;
    const res = await client.index(indexName(config, "challenges")).search("", { filter: [`themes = ${filterValue(evil)}`] });
    expect(res.hits).toHaveLength(0);
  });

  it("rebuilds an index into a staging index and swaps it in, leaving no staging index behind", async () => {
    await drainOutbox();
    const before = await client.index(indexName(config, "solutions")).getStats();
    const n = await rebuildIndex(client, config, sql, "solutions");
    expect(n).toBe(before.numberOfDocuments);
    const after = await client.index(indexName(config, "solutions")).getStats();
    expect(after.numberOfDocuments).toBe(n);
    const { results } = await client.getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid)).not.toContain(`${indexName(config, "solutions")}_rebuild`);
  });
});
