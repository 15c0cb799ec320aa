/**
 * The process's stop signal for long-lived responses. server/shutdown.ts calls beginStop() when a drain starts;
 * event streams (messaging/events.server.ts) register with onStop() and end themselves, so they do not hold the
 * shutdown for the whole grace period (the browser's EventSource reconnects, to another process or after restart).
 * The state lives on globalThis, so the server, search/ (the Meilisearch supervisor) and the Remix build share it.
 * It sits in shared/ because all three layers need it (ADR 0019).
 */

type Hook = () => void;
interface LifecycleState {
  stopping: boolean;
  hooks: Set<Hook>;
}
const state = (): LifecycleState => {
  const holder = globalThis as { __opgavenmarktLifecycle?: LifecycleState };
  holder.__opgavenmarktLifecycle ??= { stopping: false, hooks: new Set<Hook>() };
  return holder.__opgavenmarktLifecycle;
};

export const isStopping = () => state().stopping;

/** Run `hook` when the stop begins (at once when it already has). Returns a function that unregisters it. */
export function onStop(hook: Hook): () => void {
  const s = state();
  if (s.stopping) {
    hook();
    return () => {};
  }
  s.hooks.add(hook);
  return () => s.hooks.delete(hook);
}

/** Mark the process as stopping and run every registered hook once. */
export function beginStop(): void {
  const s = state();
  s.stopping = true;
  const hooks = [...s.hooks];
  s.hooks.clear();
  for (const hook of hooks) {
    try {
      hook();
    } catch (err) {
      console.warn(`[shutdown] ${err instanceof Error ? err.message : err}`);
    }
  }
}
