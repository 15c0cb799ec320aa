/**
 * Graceful shutdown of the real express server (server/http.ts + server/shutdown.ts) under traffic: requests in
 * flight when the stop begins all finish with 200, new connections are refused, idle keep-alive sockets and open
 * event streams do not hold the stop, and the app's pool is closed. The database sits behind a proxy that delays
 * every answer, so the requests are really in flight. Needs the build, like http.test.ts.
 */
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cookieFrom, setupAppEnv } from "../app/test/route-harness";
import { startTcpProxy, throughProxy, type TcpProxy } from "./tcp-proxy";

setupAppEnv();
const target = new URL(inject("databaseUrl"));
const proxy: TcpProxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
process.env.DATABASE_URL = throughProxy(inject("databaseUrl"), proxy);
process.env.DATABASE_POOL_SIZE = "10";
const { getSql } = await import("../app/domain/db.server");
const { createSessionCookie } = await import("../app/domain/auth/session.server");
const { makeTwoPartyThread } = await import("../app/test/factories");
const { closeHttpServer, startHttpServer } = await import("./http");
const { drainHttpServer } = await import("./shutdown");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let server: Server;
let port = 0;
let cookie = "";
let threadId = "";

beforeAll(async () => {
  server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
  port = (server.address() as AddressInfo).port;
  const made = await makeTwoPartyThread("stop", "Stop");
  threadId = made.threadId;
  cookie = cookieFrom(await createSessionCookie(made.a.id));
});
afterAll(async () => {
  if (server?.listening) await closeHttpServer(server).catch(() => {});
  await proxy.close();
});

/** A GET over its own keep-alive agent; resolves with the status and the whole body, or the socket error. */
function get(p: string, agent: http.Agent, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: p, agent, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

describe("graceful shutdown", () => {
  it("lets 8 in-flight requests finish with 200, refuses new connections, ends event streams and closes the pool", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    // Warm up (compiles the routes, opens pool connections) and leave an idle keep-alive socket behind.
    expect((await get("/", agent)).status).toBe(200);
    expect((await get("/healthz", agent)).status).toBe(200);

    // An open event stream: it must not hold the stop for the full grace period.
    const sse = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: "127.0.0.1", port, path: `/berichten/${threadId}/events`, headers: { Cookie: cookie } }, resolve).on("error", reject),
    );
    expect(sse.statusCode).toBe(200);
    const sseEnded = new Promise<string>((resolve) => {
      sse.on("end", () => resolve("end"));
      sse.on("error", () => resolve("error"));
      sse.on("close", () => resolve("close"));
      sse.resume();
    });

    // Every database answer now takes 300 ms: a page needs several, so these are in flight for a while.
    proxy.delayMs = 300;
    let arrived = 0;
    server.on("request", () => arrived++);
    const inFlight = Array.from({ length: 8 }, (_, i) => get(i % 2 ? "/" : "/healthz", agent));
    await expect.poll(() => arrived, { timeout: 5_000, interval: 10 }).toBe(8);

    const t0 = Date.now();
    const stopped = closeHttpServer(server);
    // The listening socket closes after a short settle time: then a new connection is refused.
    await new Promise((r) => setTimeout(r, 300));
    const fresh = new http.Agent({ keepAlive: false });
    await expect(get("/healthz", fresh)).rejects.toMatchObject({ code: "ECONNREFUSED" });

    const results = await Promise.allSettled(inFlight);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.status : String(r.reason?.code ?? r.reason)))).toEqual(Array(8).fill(200));
    for (const r of results) if (r.status === "fulfilled") expect(r.value.body.length).toBeGreaterThan(0);
    await stopped;
    const ms = Date.now() - t0;
    console.log(`[shutdown.test] drained 8 in-flight requests in ${ms} ms`);
    expect(ms).toBeLessThan(9_000); // well inside the 10 s grace: neither the idle socket nor the stream held it
    expect(await sseEnded).toBeTruthy();
    expect(server.listening).toBe(false);
    // The app's pool is closed.
    await expect(getSql()`select 1`).rejects.toMatchObject({ code: "CONNECTION_ENDED" });
    agent.destroy();
  }, 30_000);
});

describe("connections accepted but not yet read", () => {
  it("are served, not cut: a client whose request was still on its way when the stop began gets its answer", async () => {
    // Under load the server accepts a connection some time before it reads the request on it: a drain must not count
    // such a connection as idle and cut it (ECONNRESET on a request the client already sent). A regression guard.
    const server2 = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
    const port2 = (server2.address() as AddressInfo).port;
    let accepted = 0;
    server2.on("connection", () => accepted++);
    const sockets = Array.from({ length: 8 }, () => net.connect(port2, "127.0.0.1"));
    await expect.poll(() => accepted, { timeout: 5_000, interval: 10 }).toBe(8);
    const answers = sockets.map(
      (socket) =>
        new Promise<string>((resolve) => {
          let data = "";
          socket.on("data", (d) => (data += d));
          socket.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
          socket.on("close", () => resolve(data.split("\r\n")[0] || "closed without an answer"));
        }),
    );
    const stopped = drainHttpServer(server2);
    await new Promise((r) => setTimeout(r, 200));
    for (const socket of sockets) if (!socket.destroyed) socket.write(`GET /favicon.svg HTTP/1.1\r\nHost: 127.0.0.1:${port2}\r\n\r\n`);
    expect(await Promise.all(answers)).toEqual(Array(8).fill("HTTP/1.1 200 OK"));
    await stopped;
  }, 30_000);
});

describe("the grace period", () => {
  it("bounds the drain: a request that outlives it is cut, and the stop goes on", async () => {
    const slow = http.createServer((_req, res) => {
      setTimeout(() => res.end("late"), 5_000).unref();
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const slowPort = (slow.address() as AddressInfo).port;
    const pending = new Promise<string>((resolve) => {
      http.get({ host: "127.0.0.1", port: slowPort, path: "/" }, () => resolve("answered")).on("error", (e) => resolve((e as NodeJS.ErrnoException).code ?? "error"));
    });
    await new Promise((r) => setTimeout(r, 100));
    const lines: string[] = [];
    const result = await drainHttpServer(slow, { graceMs: 300, log: (l) => lines.push(l) });
    expect(result.forced).toBe(1);
    expect(result.ms).toBeLessThan(2_000);
    expect(await pending).toBe("ECONNRESET");
    expect(lines.join("\n")).toContain("still open after 300 ms");
  });
});
