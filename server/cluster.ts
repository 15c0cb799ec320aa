/**
 * Several HTTP processes on one port (`WEB_CONCURRENCY`, default 1; ADR 0029). The primary process boots the stack
 * (PostgreSQL, Meilisearch, migrations) and runs the background workers (search outbox, notification mailer) exactly
 * once; it forks WEB_CONCURRENCY workers that only serve HTTP (node:cluster shares the listening socket and hands
 * connections round-robin). The workers inherit the settings the boot put in the environment (DATABASE_URL,
 * MEILI_URL, keys). In-memory caches that another process's work makes stale are told over the cluster bus
 * (shared/cluster-bus.ts). With WEB_CONCURRENCY=1 nothing is forked: the one process does everything, as before.
 *
 * Stopping: the primary tells every worker to drain (server/shutdown.ts: finish requests in flight, at most 10 s),
 * waits for them to exit, then stops the stack. A worker also drains on its own SIGINT/SIGTERM (Ctrl-C reaches the
 * whole process group) and when the primary goes away. A worker that dies while serving is replaced.
 */
import cluster, { type Worker } from "node:cluster";
import type { Server } from "node:http";
import { relay } from "../shared/cluster-bus";
import { beginStop } from "../shared/lifecycle";
import { closeHttpServer, SHUTDOWN_GRACE_MS } from "./shutdown";

const STOP = { opgavenmarktStop: true };
const isStop = (m: unknown) => typeof m === "object" && m !== null && "opgavenmarktStop" in m;

/** WEB_CONCURRENCY as a number of HTTP processes (1 when unset). */
export function webConcurrency(env: Record<string, string | undefined> = process.env): number {
  const raw = env.WEB_CONCURRENCY?.trim();
  if (!raw) return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${raw}").`);
  return n;
}

export interface HttpWorkers {
  count: number;
  /** Drain every worker, resolve when all have exited (killed after the grace period and 5 s more). */
  stop(): Promise<void>;
}

/**
 * In the primary: fork `count` HTTP workers (each runs `entry`'s worker branch, see runHttpWorker) and resolve when all
 * listen. A worker that exits before it listens fails the start (the others are stopped).
 */
export async function startHttpWorkers(count: number, log: (line: string) => void): Promise<HttpWorkers> {
  let stopping = false;
  let restarts: number[] = [];
  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (m: unknown) => relay(worker, m));
    return worker;
  };
  const listening = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`an HTTP worker exited while starting (${signal ?? code})`));
      worker.once("exit", onExit);
      worker.once("listening", () => {
        worker.off("exit", onExit);
        resolve();
      });
    });
  const replaceWhenDead = (worker: Worker) =>
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      // Back off when workers keep dying (a broken build or database): 1 s, doubling per recent death, at most 30 s.
      const now = Date.now();
      restarts = [...restarts.filter((t) => now - t < 60_000), now];
      const delay = Math.min(1_000 * 2 ** (restarts.length - 1), 30_000);
      log(`HTTP worker ${worker.process.pid} exited (${signal ?? code}): starting another in ${delay / 1000} s.`);
      setTimeout(() => {
        if (stopping) return;
        const next = fork();
        replaceWhenDead(next);
        listening(next).catch((err: Error) => stopping || log(err.message));
      }, delay).unref();
    });

  const workers = Array.from({ length: count }, fork);
  const stop = async () => {
    stopping = true;
    beginStop(); // as a drain does in one process: the Meilisearch supervisor must not restart a child Ctrl-C reached

    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w) && !w!.isDead());
    await Promise.all(
      alive.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            const kill = setTimeout(() => w.process.kill("SIGKILL"), SHUTDOWN_GRACE_MS + 5_000);
            w.once("exit", () => {
              clearTimeout(kill);
              resolve();
            });
            try {
              w.send(STOP);
            } catch {
              w.process.kill("SIGTERM");
            }
          }),
      ),
    );
  };
  try {
    await Promise.all(workers.map(listening));
  } catch (err) {
    await stop();
    throw err;
  }
  for (const w of workers) replaceWhenDead(w);
  return { count, stop };
}

/**
 * In a worker: serve HTTP (`start`), and drain and exit on SIGINT/SIGTERM, on the primary's stop message, or when the
 * primary is gone. Repeated signals do not cut the drain short: the primary decides that (a second Ctrl-C).
 */
export async function runHttpWorker(start: () => Promise<Server>, log: (line: string) => void): Promise<void> {
  let server: Server | null = null;
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    if (!server) process.exit(0);
    const drained = await closeHttpServer(server).catch((err) => {
      log(`HTTP shutdown (${why}): ${err instanceof Error ? err.message : err}`);
      return null;
    });
    if (drained?.forced) log(`HTTP worker ${process.pid}: ${drained.forced} connection(s) cut after the grace period.`);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("message", (m: unknown) => {
    if (isStop(m)) void stop("stop");
  });
  process.on("disconnect", () => void stop("primary gone"));
  try {
    server = await start();
  } catch (err) {
    log(`HTTP worker ${process.pid} could not start: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
