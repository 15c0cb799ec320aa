/**
 * The index generation of this process: a number that goes up whenever the search indexes change, so caches of
 * what was computed from the index (match suggestions, ADR 0022) know when to recompute. Bumped by the outbox
 * worker after it applies a batch (a record's own change goes through the outbox too) and by a rebuild.
 *
 * Held on globalThis: the Remix build bundles its own copy of this module, and the copy the outbox worker
 * imports (server/boot) must bump the counter the app's copy reads.
 */
const holder = globalThis as { __opgavenmarktIndexGeneration?: number };

export function indexGeneration(): number {
  return holder.__opgavenmarktIndexGeneration ?? 0;
}

export function bumpIndexGeneration(): number {
  holder.__opgavenmarktIndexGeneration = indexGeneration() + 1;
  return holder.__opgavenmarktIndexGeneration;
}
