import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { csrfGuard } from "./csrf";
import { precompressed } from "./precompressed";
import { countSearchFetches, countWork, workHeader } from "./work-counter";
import { createEdgeHandler } from "./request-edge";
import { PageCache, pageCacheBytes } from "./page-cache";

/**
 * For responses that are not Remix documents (static files, data requests, errors from this layer): no framing and
 * nothing to load. A document's own CSP with its nonce (entry.server) is left alone; the fallback is added only
 * when no CSP is set by the time the headers go out (Remix appends headers, so setting one early would duplicate).
 */
export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Security headers that hold for every response (the CSP with nonces is set in entry.server). */
function securityHeaders(_req: express.Request, res: express.Response, next: express.NextFunction) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: express.Response, ...args: Parameters<typeof writeHead>) {
    // Not on a 304: its headers update the stored response, whose policy must keep the stored page's nonce (ADR 0029).
    if (this.statusCode !== 304 && !this.getHeader("Content-Security-Policy")) this.setHeader("Content-Security-Policy", FALLBACK_CSP);
    return writeHead.apply(this, args);
  } as typeof writeHead;
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  if (process.env.NODE_ENV === "production") {
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  next();
}

/**
 * The client address for rate limits and security logs, in a header the app trusts. Any value a client sent
 * is overwritten. Behind a proxy, set TRUST_PROXY (express "trust proxy" setting) so req.ip is the client's.
 */
function clientIpHeader(req: express.Request, _res: express.Response, next: express.NextFunction) {
  req.headers["x-opgavenmarkt-client-ip"] = req.ip ?? req.socket.remoteAddress ?? "unknown";
  next();
}

/**
 * Response compression (brotli or gzip per Accept-Encoding, from the `compression` middleware): text types only
 * (its default filter: HTML, JSON, turbo-stream, JS, CSS, XML/Atom, CSV, not images or archives), never an event
 * stream (each event must reach the browser when it is written, ADR 0022), nothing under 1 KiB.
 */
export function shouldCompress(req: express.Request, res: express.Response): boolean {
  const type = res.getHeader("Content-Type");
  if (typeof type === "string" && /^\s*text\/event-stream/i.test(type)) return false;
  return compression.filter(req, res);
}

/** Serve the Remix build with express on `port`; resolves once listening. */
export async function startHttpServer(options: { root: string; port: number; host?: string }): Promise<Server> {
  const buildPath = path.join(options.root, "build", "index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
  if (countWork) {
    countSearchFetches(process.env.MEILI_URL ?? "http://127.0.0.1:7700");
    app.use(workHeader);
  }
  app.use(clientIpHeader);
  app.use(securityHeaders);
  app.use(csrfGuard);
  app.use(compression({ filter: shouldCompress }));
  // Fingerprinted assets: immutable; the build's brotli/gzip copies where the browser takes them (ADR 0022).
  const buildDir = path.join(options.root, "public", "build");
  app.use("/build", precompressed(buildDir, "public, max-age=31536000, immutable"));
  app.use("/build", express.static(buildDir, { immutable: true, maxAge: "1y" }));
  // Files in public/ have an extension; a page's path has none, and is not looked up on disk (a stat per page view).
  const publicFiles = express.static(path.join(options.root, "public"), { maxAge: "1h" });
  app.use((req, res, next) => (/\.[^/]+$/.test(req.path) ? publicFiles(req, res, next) : next()));
  // Not app.all("*"): express would decode the path itself and answer a malformed one with a bare error.
  // Anonymous pages are served again from memory until data changes (ADR 0030); not in development (live reload).
  const pageCache = new PageCache(process.env.NODE_ENV === "production" ? pageCacheBytes() : 0);
  app.use(createEdgeHandler({ build, mode: process.env.NODE_ENV, pageCache }));
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host ?? "0.0.0.0", () => resolve(server));
    server.on("error", reject);
  });
}

/** Graceful stop (drain, then close the app's pool): server/shutdown.ts. */
export { closeHttpServer } from "./shutdown";
