import cluster from "node:cluster";

/**
 * Messages between the HTTP processes of one `WEB_CONCURRENCY` cluster (server/cluster.ts), for what a process keeps
 * in memory and another process's work changes: the index generation (bumped by the outbox worker, which runs in the
 * primary only), judgements that make cached suggestions stale, and writes that make cached pages stale
 * (server/page-cache.ts). A worker's message goes to the primary, which passes it on to every other worker; the
 * primary's own messages go to every worker. Outside a cluster this does nothing (several separate processes rely on
 * the expiry of their caches, ADR 0022).
 *
 * Kept on globalThis: the Remix build bundles its own copy of this module beside the server's.
 */
export type BusMessage = { kind: "index-generation" } | { kind: "suggestions-changed"; ids: string[] } | { kind: "page-writes" };

const TAG = "opgavenmarkt-bus";
type Envelope = { [TAG]: BusMessage };
const isEnvelope = (m: unknown): m is Envelope => typeof m === "object" && m !== null && TAG in m;

const holder = globalThis as { __opgavenmarktBus?: { handlers: Map<BusMessage["kind"], Set<(m: BusMessage) => void>>; wired: boolean } };
const bus = (holder.__opgavenmarktBus ??= { handlers: new Map(), wired: false });

function deliver(message: BusMessage) {
  for (const handler of bus.handlers.get(message.kind) ?? []) handler(message);
}

/** Tell the other processes of the cluster (not this one). */
export function publish(message: BusMessage): void {
  if (cluster.isWorker) process.send?.({ [TAG]: message });
  else for (const worker of Object.values(cluster.workers ?? {})) worker?.send({ [TAG]: message });
}

/** Handle a message another process of the cluster published. */
export function subscribe<K extends BusMessage["kind"]>(kind: K, handler: (m: Extract<BusMessage, { kind: K }>) => void): void {
  if (!bus.wired && cluster.isWorker) {
    bus.wired = true;
    process.on("message", (m: unknown) => {
      if (isEnvelope(m)) deliver(m[TAG]);
    });
  }
  const set = bus.handlers.get(kind) ?? new Set();
  set.add(handler as (m: BusMessage) => void);
  bus.handlers.set(kind, set);
}

/** In the primary: pass a worker's message on to the other workers (server/cluster.ts wires this per worker). */
export function relay(from: { id: number }, m: unknown): void {
  if (!isEnvelope(m)) return;
  deliver(m[TAG]);
  for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker.id !== from.id) worker.send(m);
}
