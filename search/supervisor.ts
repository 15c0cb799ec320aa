/**
 * Supervision of the bundled Meilisearch (ADR 0018). When the child exits without being asked to (a crash, the OOM
 * killer, a kill -9), it is started again on the same address with the same data and key, so MEILI_URL stays valid.
 * Restarts back off exponentially (0.5 s, 1 s, 2 s … capped at 30 s) and never give up: search is an optional
 * dependency (lists fall back to PostgreSQL, /healthz says "degraded"), and a restart loop that logs each attempt is
 * more use to an operator than a process that silently stays without search. The backoff resets after a minute of
 * healthy running. Each exit and restart is logged.
 */
import { isStopping } from "../shared/lifecycle";
import { startMeilisearch, type MeiliProcess } from "./launcher";

export interface SupervisedMeilisearch {
  url: string;
  masterKey: string;
  /** Pid of the running child (undefined while it is down or after stop). */
  pid(): number | undefined;
  /** Whether the child is running (it answered /health when it was started). */
  healthy(): boolean;
  /** Restarts so far. */
  restarts(): number;
  stop(): Promise<void>;
}

export const MAX_BACKOFF_MS = 30_000;
const STABLE_MS = 60_000;

export async function superviseMeilisearch(options: {
  dataDir: string;
  log?: (line: string) => void;
  /** First restart delay (default 500 ms); doubles per failed attempt up to MAX_BACKOFF_MS. */
  initialBackoffMs?: number;
}): Promise<SupervisedMeilisearch> {
  const log = options.log ?? ((line: string) => console.warn(line));
  const initial = options.initialBackoffMs ?? 500;
  let current: MeiliProcess | null = await startMeilisearch({ dataDir: options.dataDir });
  const port = Number(new URL(current.url).port);
  const { url, masterKey } = current;
  let stopped = false;
  let restarts = 0;
  let backoff = initial;
  let startedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;

  // If this Node process dies without stopping us (an uncaught error), do not leave Meilisearch behind.
  const killOnExit = () => current?.process.kill("SIGKILL");
  process.once("exit", killOnExit);

  const watch = (child: MeiliProcess) => {
    child.process.once("exit", (code, signal) => {
      if (current === child) current = null;
      if (stopped) return;
      // Ctrl-C (or a supervisor's SIGTERM to the process group) reaches Meilisearch too: the app is stopping, so let it.
      if (isStopping()) return log(`[meilisearch] Meilisearch exited (${signal ?? code}) while the app stops: not restarting`);
      if (Date.now() - startedAt > STABLE_MS) backoff = initial;
      schedule(`Meilisearch exited (${signal ? `signal ${signal}` : `code ${code}`})`);
    });
  };

  const schedule = (why: string) => {
    const delay = backoff;
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    log(`[meilisearch] ${why}; restart ${restarts + 1} in ${delay / 1000} s`);
    timer = setTimeout(() => void restart(), delay);
    timer.unref();
  };

  const restart = async () => {
    if (stopped || isStopping()) return;
    restarts++;
    try {
      const child = await startMeilisearch({ dataDir: options.dataDir, port });
      if (stopped) {
        await child.stop();
        return;
      }
      current = child;
      startedAt = Date.now();
      watch(child);
      log(`[meilisearch] Meilisearch is back on ${url} (restart ${restarts}, pid ${child.process.pid})`);
    } catch (err) {
      schedule(`restart ${restarts} failed: ${err instanceof Error ? err.message : err}`);
    }
  };

  watch(current);
  return {
    url,
    masterKey,
    pid: () => current?.process.pid,
    healthy: () => current !== null && current.process.exitCode === null && current.process.signalCode === null,
    restarts: () => restarts,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      process.off("exit", killOnExit);
      const child = current;
      current = null;
      await child?.stop();
    },
  };
}
