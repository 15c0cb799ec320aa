/**
 * The bundled Meilisearch is supervised: after a kill -9 of the child this test started, /healthz reports search as
 * degraded (200, so a probe keeps the app in service), the supervisor restarts it on the same address with the same
 * data, and search answers again.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppEnv } from "../app/test/route-harness";
import { createSearchClient } from "./client";
import { superviseMeilisearch, type SupervisedMeilisearch } from "./supervisor";

setupAppEnv();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-supervise-"));
const lines: string[] = [];
let meili: SupervisedMeilisearch;
const { loader: healthz } = await import("../app/routes/healthz");

beforeAll(async () => {
  meili = await superviseMeilisearch({ dataDir, log: (l) => lines.push(l), initialBackoffMs: 200 });
  process.env.MEILI_URL = meili.url; // what /healthz probes
});
afterAll(async () => {
  await meili?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health() {
  const res = await healthz();
  return { code: res.status, body: (await res.json()) as { status: string; database: boolean; search: boolean } };
}

describe("Meilisearch supervision", () => {
  it("restarts a killed Meilisearch, and /healthz says degraded meanwhile", async () => {
    const client = createSearchClient({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "sup_" });
    await client.index("sup_docs").addDocuments([{ id: "1", title: "hittestress op het plein" }]).waitTask();
    expect(await health()).toEqual({ code: 200, body: { status: "ok", database: true, search: true } });

    const before = meili.pid();
    process.kill(before!, "SIGKILL");
    await expect.poll(() => meili.healthy(), { timeout: 5_000, interval: 20 }).toBe(false);
    const down = await health();
    expect(down).toEqual({ code: 200, body: { status: "degraded", database: true, search: false } });

    const t0 = Date.now();
    await expect.poll(async () => (await health()).body.status, { timeout: 20_000, interval: 100 }).toBe("ok");
    console.log(`[supervisor.test] search back ${Date.now() - t0} ms after the kill was noticed`);
    // /healthz can answer "ok" as soon as the new process serves /health, a moment before the supervisor has taken
    // the started child as its current one: wait for that too.
    await expect.poll(() => meili.healthy(), { timeout: 10_000, interval: 20 }).toBe(true);
    expect(meili.pid()).toBeDefined();
    expect(meili.pid()).not.toBe(before);
    expect(meili.restarts()).toBe(1);
    const res = await client.index("sup_docs").search("hittestress");
    expect(res.hits.map((h) => h.id)).toEqual(["1"]);
    expect(lines.join("\n")).toMatch(/Meilisearch exited \(signal SIGKILL\).*restart 1 in 0\.2 s/);
    expect(lines.join("\n")).toMatch(/Meilisearch is back/);
  }, 60_000);

  it("stop() ends the child for good: no restart after a deliberate stop", async () => {
    const pid = meili.pid()!;
    await meili.stop();
    await new Promise((r) => setTimeout(r, 600));
    expect(() => process.kill(pid, 0)).toThrow();
    expect(meili.restarts()).toBe(1);
    expect(meili.pid()).toBeUndefined();
  });
});

describe("Meilisearch supervision while the app stops", () => {
  it("does not restart a child that exits after the stop began (Ctrl-C reaches the whole process group)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-supervise-stop-"));
    const own: string[] = [];
    const m = await superviseMeilisearch({ dataDir: dir, log: (l) => own.push(l), initialBackoffMs: 100 });
    try {
      const { beginStop } = await import("../shared/lifecycle");
      beginStop();
      process.kill(m.pid()!, "SIGINT");
      await expect.poll(() => m.healthy(), { timeout: 5_000, interval: 20 }).toBe(false);
      await new Promise((r) => setTimeout(r, 500));
      expect(m.restarts()).toBe(0);
      expect(own.join("\n")).toContain("while the app stops: not restarting");
    } finally {
      await m.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
