/**
 * The app's HTTP server alone, for the load benchmark (scripts/bench/load.ts): a child process on PORT (loopback),
 * on the stack whose settings (DATABASE_URL, MEILI_URL, …) the parent passes in the environment. With
 * WEB_CONCURRENCY > 1 it forks that many HTTP workers on the port, as `npm start` does (server/cluster.ts).
 * Prints "ready" once listening; SIGTERM drains and stops. Answers the parent's "memory" message with this
 * process's memory use, after a full garbage collection when run with --expose-gc (the RSS figure of the bench).
 */
import cluster from "node:cluster";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { closeHttpServer, startHttpServer } from "../../server/http";
import { runHttpWorker, startHttpWorkers, webConcurrency } from "../../server/cluster";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const start = () => startHttpServer({ root, port: Number(process.env.PORT), host: "127.0.0.1" });
const log = (line: string) => console.error(`[serve] ${line}`);
const mib = (n: number) => Math.round(n / 1024 / 1024);

if (cluster.isWorker) {
  await runHttpWorker(start, log);
} else {
  const count = webConcurrency();
  const workers = count > 1 ? await startHttpWorkers(count, log) : null;
  const server = workers ? null : await start();
  console.log("ready");
  process.on("message", (m: unknown) => {
    if (m !== "memory") return;
    const before = process.memoryUsage();
    (globalThis as { gc?: () => void }).gc?.();
    const after = process.memoryUsage();
    process.send?.({ memory: { rss: mib(before.rss), heapUsed: mib(before.heapUsed), heapTotal: mib(before.heapTotal), external: mib(before.external), arrayBuffers: mib(before.arrayBuffers), rssAfterGc: mib(after.rss), heapUsedAfterGc: mib(after.heapUsed) } });
  });
  process.once("SIGTERM", () => {
    (workers ? workers.stop() : closeHttpServer(server!).then(() => {})).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
