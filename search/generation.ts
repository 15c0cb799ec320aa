/**
 * The index generation of this process: a number that goes up whenever the search indexes change, so caches of
 * what was computed from the index (match suggestions, ADR 0022) know when to recompute. Bumped by the outbox
 * worker after it applies a batch (a record's own change goes through the outbox too) and by a rebuild.
 *
 * Held on globalThis: the Remix build bundles its own copy of this module, and the copy the outbox worker
 * imports (server/boot) must bump the counter the app's copy reads. In a WEB_CONCURRENCY cluster the outbox
 * worker runs in the primary, which tells the HTTP processes (shared/cluster-bus.ts).
 */
import { publish, subscribe } from "../shared/cluster-bus";

const holder = globalThis as { __opgavenmarktIndexGeneration?: number; __opgavenmarktIndexGenerationWired?: boolean };

export function indexGeneration(): number {
  return holder.__opgavenmarktIndexGeneration ?? 0;
}

const bump = () => (holder.__opgavenmarktIndexGeneration = indexGeneration() + 1);

export function bumpIndexGeneration(): number {
  const generation = bump();
  publish({ kind: "index-generation" });
  return generation;
}

if (!holder.__opgavenmarktIndexGenerationWired) {
  holder.__opgavenmarktIndexGenerationWired = true;
  subscribe("index-generation", () => void bump());
}
