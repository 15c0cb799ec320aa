import fs from "node:fs";
import path from "node:path";

/**
 * One Opgavenmarkt process per data folder: the embedded PostgreSQL and Meilisearch must not be started twice on the
 * same files (a second Meilisearch on the same --db-path even starts without complaint). The lock is a file with the
 * holder's pid and port; a lock whose process is gone (a kill -9, a crash) is taken over.
 */
export const LOCK_FILE = "opgavenmarkt.lock";

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: string) {
    super(`The data folder ${dataDir} is in use by another Opgavenmarkt process (${holder}). Stop it, or set DATA_DIR to another folder.`);
    this.name = "DataDirInUseError";
  }
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Take the data folder's lock for this process; throws DataDirInUseError when a live process holds it. */
export function lockDataDir(dataDir: string, options: { port?: number } = {}): { release(): void } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, port: options.port ?? null, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: "wx" });
      return {
        release() {
          try {
            if (JSON.parse(fs.readFileSync(file, "utf8")).pid === process.pid) fs.rmSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    let holder: { pid?: number; port?: number | null } = {};
    try {
      holder = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      // unreadable: treat as stale
    }
    if (holder.pid && holder.pid !== process.pid && isAlive(holder.pid)) {
      throw new DataDirInUseError(dataDir, `pid ${holder.pid}${holder.port ? `, port ${holder.port}` : ""}`);
    }
    fs.rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new DataDirInUseError(dataDir, "another start took it at the same moment");
}
