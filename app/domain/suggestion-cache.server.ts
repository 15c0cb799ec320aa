/**
 * Match suggestions per record, kept in the process (ADR 0022): a bounded LRU keyed by record and question, each
 * entry tagged with the index generation it was computed at (search/generation.ts). The outbox worker bumps the
 * generation after it applies a batch (also a record's own change) and a rebuild bumps it, so the next view
 * after a change recomputes. An entry also expires after MAX_AGE_MS: with several processes, the batch may have
 * been applied by another process's worker, which this process does not see.
 */
import { indexGeneration } from "../../search/generation";

export const SUGGESTION_CACHE_SIZE = 2_000;
export const MAX_AGE_MS = 60_000;

interface Entry {
  generation: number;
  at: number;
  value: unknown;
}

const holder = globalThis as { __opgavenmarktSuggestionCache?: Map<string, Entry> };
const entries = (holder.__opgavenmarktSuggestionCache ??= new Map());
const inflight = new Map<string, Promise<unknown>>();
/** Bumped by forgetSuggestionsFor: a computation that started before it is returned but not kept. */
let forgotten = 0;

/**
 * The cached value for `key` when it was computed at the current generation and is younger than MAX_AGE_MS;
 * else `compute()`, stored when `keep(value)` (a failed search is not kept). Concurrent misses share one compute.
 */
export async function cachedSuggestions<T>(key: string, compute: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
  const generation = indexGeneration();
  const hit = entries.get(key);
  if (hit && hit.generation === generation && Date.now() - hit.at < MAX_AGE_MS) {
    entries.delete(key); // most recently used goes to the end
    entries.set(key, hit);
    return hit.value as T;
  }
  const flightKey = `${generation}:${forgotten}:${key}`;
  const pending = inflight.get(flightKey);
  if (pending) return pending as Promise<T>;
  const startedAt = forgotten;
  const run = compute()
    .then((value) => {
      if (keep(value) && startedAt === forgotten) {
        entries.delete(key);
        entries.set(key, { generation, at: Date.now(), value });
        while (entries.size > SUGGESTION_CACHE_SIZE) entries.delete(entries.keys().next().value!);
      }
      return value;
    })
    .finally(() => inflight.delete(flightKey));
  inflight.set(flightKey, run);
  return run;
}

/**
 * Forget the suggestions of these records (a judgement of a pair changes both lists at once). Keys are
 * `list:recordId:…` (app/domain/matching.server.ts). Other processes see the change after MAX_AGE_MS.
 */
export function forgetSuggestionsFor(recordIds: string[]) {
  const ids = new Set(recordIds);
  forgotten++;
  for (const key of [...entries.keys()]) if (ids.has(key.split(":")[1])) entries.delete(key);
}

/** Entries held (tests). */
export const suggestionCacheSize = () => entries.size;

/** Forget everything (tests). */
export function clearSuggestionCache() {
  entries.clear();
}
