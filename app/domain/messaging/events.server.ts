/**
 * Live thread updates: a message insert runs pg_notify(THREAD_CHANNEL, threadId) in its transaction (delivered on
 * commit); one LISTEN connection per process fans the events out to the open server-sent-event streams. An event
 * carries only the thread id: the page then reloads its data through the loader, which checks access again.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { getSql } from "../db.server";
import { onStop } from "../../../shared/lifecycle";
import { singleton } from "../singleton.server";

export const THREAD_CHANNEL = "thread_events";
const HEARTBEAT_MS = 25_000;

type Listener = () => void;
const hub = () =>
  singleton("thread-events", () => ({ listeners: new Map<string, Set<Listener>>(), listening: null as Promise<unknown> | null }));

export async function publishThreadEvent(tx: Executor, threadId: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${THREAD_CHANNEL}, ${threadId})`);
}

/** Calls `listener` on every event of the thread until the returned function is called. */
export async function subscribeToThread(threadId: string, listener: Listener): Promise<() => void> {
  const state = hub();
  if (!state.listening) {
    state.listening = getSql()
      .listen(THREAD_CHANNEL, (payload) => {
        for (const l of state.listeners.get(payload) ?? []) l();
      })
      .catch((err) => {
        state.listening = null;
        throw err;
      });
  }
  await state.listening;
  const set = state.listeners.get(threadId) ?? new Set();
  set.add(listener);
  state.listeners.set(threadId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0 && state.listeners.get(threadId) === set) state.listeners.delete(threadId);
  };
}

/** Open subscriptions (for tests: a closed stream must leave none behind). */
export const openSubscriptions = (threadId: string) => hub().listeners.get(threadId)?.size ?? 0;

/**
 * A text/event-stream response: one unnamed event ("data: <threadId>") per new message or participant change, a
 * comment as heartbeat. Cleans up when the client disconnects (request.signal), the stream is cancelled, or the server
 * begins to stop (shared/lifecycle.ts).
 */
export function threadEventStream(request: Request, threadId: string): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          cleanup();
        }
      };
      send("retry: 3000\n: connected\n\n");
      const unsubscribe = await subscribeToThread(threadId, () => send(`data: ${threadId}\n\n`));
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      heartbeat.unref?.();
      const onAbort = () => cleanup();
      let offStop = () => {};
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        offStop();
        request.signal.removeEventListener("abort", onAbort);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      if (request.signal.aborted) return cleanup();
      request.signal.addEventListener("abort", onAbort, { once: true });
      // A server that is stopping ends the stream (the client reconnects after `retry`), so it does not hold the drain.
      offStop = onStop(() => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      // Tell a reverse proxy (nginx) not to buffer the stream.
      "X-Accel-Buffering": "no",
    },
  });
}
