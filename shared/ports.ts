import net from "node:net";

/** Ask the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Poll until `check` resolves true, or fail after `timeoutMs` with `message`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 25;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  }
  throw new Error(message);
}

export const portInUseMessage = (port: number, host: string) =>
  `Port ${port} on ${host} is in use (another Opgavenmarkt process, or another program). Stop it, or set PORT to another port.`;

/** Fail at once, before anything is started, when `port` cannot be listened on. */
export function assertPortFree(port: number, host: string): Promise<void> {
  if (!port) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", (err: NodeJS.ErrnoException) =>
      reject(err.code === "EADDRINUSE" ? new Error(portInUseMessage(port, host)) : err),
    );
    srv.listen(port, host, () => srv.close(() => resolve()));
  });
}
