/**
 * `npm start` (server/index.ts, run as its own process) when something is in the way: the data folder is used by
 * another process, or the port is taken. It must say what is wrong and what to do, and exit 1, instead of
 * "Start failed: undefined" or a raw EADDRINUSE after a full boot.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../db/embedded";
import { freePort } from "../shared/ports";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-start-"));
fs.chmodSync(tmp, 0o755);
const cleanups: (() => Promise<unknown> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Run `npm run serve`'s entry with only the given settings; resolves with its exit code and output. */
function start(env: Record<string, string>, timeoutMs = 40_000): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["server/index.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", HOST: "127.0.0.1", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      // Still running: it did not notice the problem. Stop it and whatever it started.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // gone already
      }
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

describe("a start that cannot go ahead", () => {
  it("says the data folder is in use when its PostgreSQL already runs, and how to go on", async () => {
    const dataDir = path.join(tmp, "busy");
    const pg: EmbeddedPostgresHandle = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), persistent: true });
    cleanups.push(() => pg.stop());
    const { code, output } = await start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(output).not.toContain("undefined");
    expect(output).toMatch(/The data folder .*busy is in use by another Opgavenmarkt process \(PostgreSQL pid \d+, port \d+\)/);
    expect(output).toContain("set DATA_DIR to another folder");
    expect(code).toBe(1);
  }, 60_000);

  it("says the data folder is in use when another Opgavenmarkt process holds it", async () => {
    const dataDir = path.join(tmp, "held");
    fs.mkdirSync(dataDir, { recursive: true });
    // What a running first process leaves: its lock file, with a live pid (this test's).
    fs.writeFileSync(path.join(dataDir, "opgavenmarkt.lock"), JSON.stringify({ pid: process.pid, port: 3000 }));
    const { code, output } = await start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(output).toMatch(new RegExp(`The data folder .*held is in use by another Opgavenmarkt process \\(pid ${process.pid}, port 3000\\)`));
    expect(output).toContain("Stop it, or set DATA_DIR to another folder");
    expect(code).toBe(1);
  }, 60_000);

  it("says the port is in use before starting anything", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((r) => blocker.close(r)));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = path.join(tmp, "port");
    const { code, output, ms } = await start({ DATA_DIR: dataDir, PORT: String(port) });
    expect(output).toContain(`Port ${port} on 127.0.0.1 is in use`);
    expect(output).toContain("set PORT to another port");
    expect(code).toBe(1);
    expect(fs.existsSync(path.join(dataDir, "postgres"))).toBe(false); // nothing was started
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
