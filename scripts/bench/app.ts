/**
 * The real app on a fresh stack with the demo data, for the page-weight and load benchmarks: its own database (on
 * TEST_DATABASE_URL's server, or an embedded PostgreSQL), its own Meilisearch, served on a free loopback port in
 * production mode. stop() closes the server and removes everything the stack made.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { closeHttpServer, startHttpServer } from "../../server/http";
import { startTestStack, type TestStack } from "../../server/test-stack";
import { freePort } from "../../shared/ports";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BenchApp {
  base: string;
  stack: TestStack;
  stop(): Promise<void>;
}

export async function startBenchApp(log: (line: string) => void): Promise<BenchApp> {
  process.env.NODE_ENV = "production";
  log(`starting a fresh stack with demo data (database ${process.env.TEST_DATABASE_URL ? "on TEST_DATABASE_URL" : "embedded"}, own Meilisearch)…`);
  const stack = await startTestStack({ seed: true, outboxWorker: true, mailWorker: false, log: () => {} });
  const port = await freePort();
  let server;
  try {
    server = await startHttpServer({ root, port, host: "127.0.0.1" });
  } catch (error) {
    await stack.stop();
    throw error;
  }
  const base = `http://127.0.0.1:${port}`;
  log(`app on ${base}`);
  return {
    base,
    stack,
    async stop() {
      // Closing the server ends the app module's database pool; then the stack (workers, Meilisearch, database).
      await closeHttpServer(server);
      await stack.stop();
    },
  };
}

/** The first public challenge and solution pages linked from the lists. */
export async function samplePages(base: string): Promise<{ challenge: string; solution: string }> {
  const first = async (list: string, prefix: string) => {
    const html = await (await fetch(`${base}${list}`)).text();
    const m = html.match(new RegExp(`href="(${prefix}/[a-z0-9-]+)"`));
    if (!m) throw new Error(`no link to ${prefix}/… on ${list}`);
    return m[1]!;
  };
  return { challenge: await first("/opgaven", "/opgaven"), solution: await first("/oplossingen", "/oplossingen") };
}
