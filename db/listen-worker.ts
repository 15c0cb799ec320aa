import type postgres from "postgres";

export interface ListenWorker {
  /** Resolves when the work pending now is done. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A worker that wakes on NOTIFY on `channel` (and every `pollMs` as a safety net for missed notifications and
 * backoff), and calls `batch` until it returns 0. Runs never overlap: a wake-up during a run makes it go round once
 * more. Errors are logged as `[label] message; will retry` and retried on the next wake-up.
 */
export async function startListenWorker(
  sql: postgres.Sql,
  channel: string,
  batch: () => Promise<number>,
  options: { pollMs: number; label: string; log?: (line: string) => void },
): Promise<ListenWorker> {
  const log = options.log ?? ((line: string) => console.warn(line));
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          while (!stopped && (await batch()) > 0) {
            // keep going while there is work
          }
        } catch (err) {
          log(`[${options.label}] ${err instanceof Error ? err.message : err}; will retry`);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const listener = await sql.listen(channel, () => void run());
  const timer = setInterval(() => void run(), options.pollMs);
  timer.unref();
  void run();
  return {
    async drain() {
      await run();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await listener.unlisten().catch(() => {});
      await running;
    },
  };
}
