/**
 * The app's HTTP server alone, for the load benchmark (scripts/bench/load.ts): a child process on PORT (loopback),
 * on the stack whose settings (DATABASE_URL, MEILI_URL, …) the parent passes in the environment. Prints "ready"
 * once listening; SIGTERM drains and stops.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { closeHttpServer, startHttpServer } from "../../server/http";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const server = await startHttpServer({ root, port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
process.once("SIGTERM", () => {
  closeHttpServer(server).then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
