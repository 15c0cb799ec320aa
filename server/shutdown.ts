/**
 * Graceful shutdown of the HTTP server (ADR 0018): stop accepting, let requests in flight finish, then close.
 *
 * 1. The listening socket closes after 0.1 s, in which it accepts the connections the kernel already queued (a busy
 *    event loop accepts late; closing would reset them); from then on new connections are refused.
 * 2. Idle keep-alive sockets are closed, now and every 100 ms as in-flight responses finish; a request that still
 *    arrives on a kept-alive socket is served with `Connection: close`.
 * 3. Long-lived responses (the messaging event streams) end themselves (shared/lifecycle.ts beginStop, which also
 *    tells the Meilisearch supervisor not to restart a child that the same Ctrl-C reached).
 * 4. After the grace period (10 s) whatever is left is destroyed.
 * 5. The app's database pool is closed (its running queries finish first).
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { beginStop } from "../shared/lifecycle";

export const SHUTDOWN_GRACE_MS = 10_000;
/** How long the listener still accepts after the stop begins (requests sent just before the signal). */
export const ACCEPT_SETTLE_MS = 100;

export interface DrainResult {
  /** Milliseconds from the start of the drain until the server was closed. */
  ms: number;
  /** Connections destroyed because they outlived the grace period. */
  forced: number;
}

/** Stop `server` gracefully: see the file comment. Resolves when every connection is closed. */
export async function drainHttpServer(
  server: Server,
  options: { graceMs?: number; log?: (line: string) => void } = {},
): Promise<DrainResult> {
  const graceMs = options.graceMs ?? SHUTDOWN_GRACE_MS;
  const started = Date.now();
  let forced = 0;
  const markClose = (_req: IncomingMessage, res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("Connection", "close");
  };
  server.on("request", markClose);
  beginStop();
  // Connections the kernel already completed but the server has not accepted yet (the event loop was busy rendering)
  // would be reset by closing the listening socket: keep accepting a moment, then let one more poll phase run.
  await new Promise((resolve) => setTimeout(resolve, ACCEPT_SETTLE_MS));
  await new Promise((resolve) => setImmediate(resolve));
  const closed = new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
  });
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<"expired">((resolve) => {
    timer = setTimeout(() => resolve("expired"), graceMs);
  });
  const outcome = await Promise.race([closed.then(() => "closed" as const), expired]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (outcome === "expired") {
    forced = await new Promise<number>((resolve) => server.getConnections((_err, count) => resolve(count ?? 0)));
    options.log?.(`Shutdown: ${forced} connection(s) still open after ${graceMs} ms: closing them.`);
    server.closeAllConnections();
    await closed;
  }
  server.off("request", markClose);
  return { ms: Date.now() - started, forced };
}

/** Drain the HTTP server, then close the app's database pool (kept on globalThis by app/domain/db.server.ts). */
export async function closeHttpServer(
  server: Server,
  options: { graceMs?: number; log?: (line: string) => void } = {},
): Promise<DrainResult> {
  const result = await drainHttpServer(server, options);
  const holder = globalThis as { __opgavenmarktSingletons?: Map<string, unknown> };
  const db = holder.__opgavenmarktSingletons?.get("db") as { sql?: { end(options?: { timeout?: number }): Promise<void> } } | undefined;
  await db?.sql?.end({ timeout: 5 });
  return result;
}
