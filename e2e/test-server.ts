/**
 * Playwright's web server: the real app on a fresh test stack (own database, own Meilisearch,
 * demo data), torn down on SIGTERM/SIGINT.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { closeHttpServer, startHttpServer } from "../server/http";
import { startTestStack } from "../server/test-stack";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => console.log(`[test-server] ${line}`);

async function main() {
  process.env.NODE_ENV = "production";
  process.env.INSECURE_COOKIES = "true"; // plain http on localhost
  process.env.DEV_MAIL_OUTBOX = "true"; // no SMTP in tests: mail goes to /ontwikkeling/mail
  const stack = await startTestStack({ seed: true, log });
  const server = await startHttpServer({ root, port: Number(process.env.PORT ?? 3100), host: "127.0.0.1" });
  log(`ready on port ${process.env.PORT ?? 3100}`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await closeHttpServer(server).catch(() => {});
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
