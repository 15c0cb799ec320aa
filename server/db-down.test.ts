/**
 * While PostgreSQL is down, pages that read it and /healthz answer 503 fast (within ~2 s, the normal layout with
 * "tijdelijk niet beschikbaar"), and the app recovers by itself when the database is back. An anonymous /opgaven
 * needs nothing from PostgreSQL once the theme and province lists are cached (reference data, ADR 0029): it keeps
 * answering from Meilisearch, as fast. The database sits behind a TCP proxy that
 * this test cuts: "refuse" closes the port (what a kill -9 of PostgreSQL looks like), "blackhole" accepts connections
 * and never answers (a network partition). The shared PostgreSQL itself is never touched. Needs the build.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { setupAppEnv } from "../app/test/route-harness";
import { startTcpProxy, throughProxy, type TcpProxy } from "./tcp-proxy";

setupAppEnv();
const target = new URL(inject("databaseUrl"));
const proxy: TcpProxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
process.env.DATABASE_URL = throughProxy(inject("databaseUrl"), proxy);
const { closeHttpServer, startHttpServer } = await import("./http");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let server: Server;
let base = "";

beforeAll(async () => {
  server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await proxy.setMode("pass");
  if (server) await closeHttpServer(server);
  await proxy.close();
});

async function timed(p: string, headers: Record<string, string> = {}) {
  const t0 = Date.now();
  try {
    const res = await fetch(`${base}${p}`, { headers, signal: AbortSignal.timeout(15_000) });
    const body = await res.text();
    return { status: res.status, body, ms: Date.now() - t0 };
  } catch (err) {
    return { status: 0, body: String(err), ms: Date.now() - t0 };
  }
}

describe("database down", () => {
  it("answers 503 within ~2 s on pages and /healthz, in the normal layout, and recovers", async () => {
    expect((await timed("/")).status).toBe(200);
    const list = await timed("/opgaven");
    expect(list.status).toBe(200);
    const challenge = /href="(\/opgaven\/[a-z0-9-]+)"/.exec(list.body)![1];
    expect((await timed(challenge)).status).toBe(200);

    for (const mode of ["refuse", "blackhole"] as const) {
      await proxy.setMode(mode);
      // Several rounds: the client's reconnect backoff grows with each failure, and must not show up here.
      const seen: number[] = [];
      // A closed port fails at once (well under a second); a silent one after the 2 s connect timeout.
      const limit = mode === "refuse" ? 1_500 : 3_500;
      for (let round = 0; round < (mode === "refuse" ? 4 : 2); round++) {
        for (const p of ["/", challenge, "/healthz"]) {
          const r = await timed(p);
          seen.push(r.ms);
          expect(r.status, `${mode} ${p} round ${round}: ${r.body.slice(0, 200)}`).toBe(503);
          expect(r.ms, `${mode} ${p} round ${round}`).toBeLessThan(limit);
          if (p === "/healthz") expect(JSON.parse(r.body)).toEqual({ status: "down", database: false, search: true });
          else {
            expect(r.body).toContain("Tijdelijk niet beschikbaar");
            expect(r.body).toContain('class="site-header"'); // the normal layout
            expect(r.body).toMatch(/HTTP (<!-- -->)?503/);
          }
        }
      }
      // The list from Meilisearch and cached reference data: no query, so no wait either.
      const listDown = await timed("/opgaven");
      expect(listDown.status, `${mode} /opgaven: ${listDown.body.slice(0, 200)}`).toBe(200);
      expect(listDown.ms, `${mode} /opgaven`).toBeLessThan(limit);
      expect(listDown.body).toContain(challenge);
      console.log(`[db-down.test] ${mode}: 503 in ${Math.min(...seen)}–${Math.max(...seen)} ms over ${seen.length} requests`);
    }
    const en = await timed("/", { Cookie: "lng=ImVuIg%3D%3D" });
    expect(en.status).toBe(503);
    expect(en.body).toContain("Temporarily unavailable");

    await proxy.setMode("pass");
    const t0 = Date.now();
    await expect.poll(async () => (await timed("/")).status, { timeout: 15_000, interval: 100 }).toBe(200);
    console.log(`[db-down.test] pages back ${Date.now() - t0} ms after the database returned`);
    expect((await timed("/healthz")).status).toBe(200);
    expect((await timed("/opgaven")).status).toBe(200);
    expect((await timed(challenge)).status).toBe(200);
  }, 120_000);
});
