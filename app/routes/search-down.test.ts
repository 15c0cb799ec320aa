import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * With Meilisearch unreachable the list and detail pages still answer (from PostgreSQL) and say so;
 * nothing becomes a 500. The app's clients are per-process singletons, so this file resets them.
 */
const holder = globalThis as { __opgavenmarktSingletons?: Map<string, unknown> };

beforeAll(() => {
  holder.__opgavenmarktSingletons = new Map();
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.MEILI_URL = "http://127.0.0.1:9"; // nothing listens on the discard port
  process.env.MEILI_INDEX_PREFIX = inject("indexPrefix");
});

afterAll(async () => {
  const db = holder.__opgavenmarktSingletons?.get("db") as { sql: { end(): Promise<void> } } | undefined;
  await db?.sql.end();
  holder.__opgavenmarktSingletons = new Map();
});

describe("when Meilisearch is down", () => {
  it("the challenge list falls back to the newest challenges with a notice", async () => {
    const { loader } = await import("./opgaven._index");
    const data = await loader({ request: new Request("http://localhost/opgaven?q=hitte&thema=klimaatadaptatie&status=closed"), params: {}, context: {} });
    expect(data.result.unavailable).toBe(true);
    expect(data.result.hits.length).toBeGreaterThan(0);
    expect(data.result.facets).toEqual([]); // no counts to show: the facets are hidden
  });

  it("open data does not depend on search: it reads PostgreSQL", async () => {
    const { loader } = await import("./open-data.opgaven[.]json");
    const res = (await loader({ request: new Request("http://localhost/open-data/opgaven.json"), params: {}, context: {} })) as Response;
    expect(res.status).toBe(200);
    expect((await res.json()).count).toBeGreaterThan(0);
  });

  it("the solution list falls back too", async () => {
    const { loader } = await import("./oplossingen._index");
    const data = await loader({ request: new Request("http://localhost/oplossingen"), params: {}, context: {} });
    expect(data.result.unavailable).toBe(true);
    expect(data.result.hits.length).toBeGreaterThan(0);
  });

  it("a challenge page still renders its record; suggestions say they are unavailable", async () => {
    const { loader } = await import("./opgaven.$slug");
    const data = await loader({
      request: new Request("http://localhost/opgaven/zwolle-aardgasvrije-wijken-eigenaar-bewoners"),
      params: { slug: "zwolle-aardgasvrije-wijken-eigenaar-bewoners" },
      context: {},
    });
    expect(data.challenge.title).toBeTruthy();
    expect(data.solutions).toEqual({ results: [], unavailable: true });
    expect(data.similar.unavailable).toBe(true);
  });
});
