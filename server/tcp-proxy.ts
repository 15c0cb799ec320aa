/**
 * A TCP proxy for fault-injection tests: put it between the app and PostgreSQL (or Meilisearch) and make the
 * service slow, refuse connections (as after kill -9: the port is closed), or swallow them (a network partition:
 * the connection opens but nothing ever answers). Only for tests; never used by the app.
 */
import net from "node:net";

export type ProxyMode = "pass" | "refuse" | "blackhole";

export interface TcpProxy {
  port: number;
  /** `host:port` that replaces the target's in a URL. */
  address: string;
  /** Delay every chunk from the target to the client by this many milliseconds (order is kept). */
  delayMs: number;
  mode(): ProxyMode;
  /** Change the mode; "refuse" and "blackhole" also cut every open connection. */
  setMode(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let mode: ProxyMode = "pass";
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode === "blackhole") return; // accepted, never answered
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.on("data", (chunk) => upstream.write(chunk));
    upstream.on("data", (chunk) => {
      if (proxy.delayMs > 0) setTimeout(() => client.writable && client.write(chunk), proxy.delayMs);
      else client.write(chunk);
    });
    const end = () => {
      const wait = proxy.delayMs > 0 ? proxy.delayMs + 5 : 0;
      setTimeout(() => {
        client.destroy();
        upstream.destroy();
      }, wait);
    };
    client.on("close", end);
    upstream.on("close", end);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const cutAll = () => {
    for (const s of sockets) s.destroy();
  };
  const proxy: TcpProxy = {
    port,
    address: `127.0.0.1:${port}`,
    delayMs: 0,
    mode: () => mode,
    async setMode(next) {
      if (next === mode) return;
      if (mode === "refuse") await listen(port);
      mode = next;
      if (next !== "pass") cutAll();
      if (next === "refuse") await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async close() {
      cutAll();
      if (mode !== "refuse") await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}

/** The URL with its host and port replaced by the proxy's. */
export function throughProxy(url: string, proxy: TcpProxy): string {
  const u = new URL(url);
  u.host = proxy.address;
  return u.toString();
}
