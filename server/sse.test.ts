/**
 * The thread event stream through the real express server (server/http.ts): not buffered (an event arrives while
 * the response is still open) and cleaned up when the client disconnects. Needs the build, like http.test.ts.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, setupAppEnv } from "../app/test/route-harness";

setupAppEnv();
const s = await import("../db/schema");
const { getDb } = await import("../app/domain/db.server");
const { createSessionCookie } = await import("../app/domain/auth/session.server");
const { postMessage } = await import("../app/domain/messaging/threads.server");
const { makeTwoPartyThread } = await import("../app/test/factories");
const { openSubscriptions } = await import("../app/domain/messaging/events.server");
const { closeHttpServer, startHttpServer } = await import("./http");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const suffix = Math.random().toString(36).slice(2, 8);
let server: Server;
let base = "";
let cookie = "";
let threadId = "";
let b = { id: "", name: "" };

beforeAll(async () => {
  server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const made = await makeTwoPartyThread("sse", "SSE");
  b = made.b;
  threadId = made.threadId;
  cookie = cookieFrom(await createSessionCookie(made.a.id));
});
afterAll(async () => {
  if (server) await closeHttpServer(server);
});

describe("thread events over HTTP", () => {
  it("delivers an event uncompressed while the stream is open and unsubscribes when the client goes away", async () => {
    const abort = new AbortController();
    const res = await fetch(`${base}/berichten/${threadId}/events`, {
      headers: { Cookie: cookie, "Accept-Encoding": "br, gzip, deflate" },
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("content-encoding")).toBeNull();
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toContain("retry:");
    await expect.poll(() => openSubscriptions(threadId)).toBe(1);
    await postMessage({ threadId, subject: "SSE", author: b, body: "Nieuw", idempotencyKey: `sse-${suffix}`, joinAsBroker: false });
    // Promptly, not when the stream ends: not held back by compression (never applied to event streams).
    const posted = Date.now();
    expect(decoder.decode((await reader.read()).value)).toBe(`data: ${threadId}\n\n`);
    expect(Date.now() - posted).toBeLessThan(3000);
    abort.abort();
    await reader.cancel().catch(() => {});
    await expect.poll(() => openSubscriptions(threadId)).toBe(0);
  });

  it("answers 404 to a signed-in user who does not take part", async () => {
    const other = cookieFrom(await createSessionCookie(b.id));
    await getDb()
      .delete(s.threadParticipants)
      .where(and(eq(s.threadParticipants.threadId, threadId), eq(s.threadParticipants.userId, b.id)));
    const res = await fetch(`${base}/berichten/${threadId}/events`, { headers: { Cookie: other } });
    expect(res.status).toBe(404);
  });
});
