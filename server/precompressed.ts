import fs from "node:fs";
import path from "node:path";
import type express from "express";

/**
 * Serve the brotli or gzip copy that the build wrote next to a static file (scripts/precompress.ts) when the
 * browser accepts it: Content-Type of the original, Content-Encoding of the copy, Vary: Accept-Encoding, and the
 * caching the given static options set. The compression middleware leaves an encoded response alone. Anything
 * else (no copy, HEAD/GET only, a path outside `dir`) falls through to express.static.
 */
export function precompressed(dir: string, cacheControl: string): express.RequestHandler {
  const root = path.resolve(dir);
  const exists = new Map<string, boolean>();
  const has = (file: string) => {
    let known = exists.get(file);
    if (known === undefined) exists.set(file, (known = fs.existsSync(file)));
    return known;
  };
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let rel: string;
    try {
      rel = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(root, rel);
    if (!file.startsWith(root + path.sep)) return next();
    // Brotli first whenever the browser takes it (smaller), else gzip.
    const pick = (["br", "gzip"] as const).find((e) => req.acceptsEncodings(e) === e && has(`${file}.${e === "br" ? "br" : "gz"}`));
    if (!pick) return next();
    const encoding = pick;
    const copy = `${file}.${pick === "br" ? "br" : "gz"}`;
    res.setHeader("Content-Encoding", encoding);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Cache-Control", cacheControl);
    res.type(path.extname(file));
    res.sendFile(copy, { cacheControl: false, dotfiles: "deny" }, (error) => {
      if (error && !res.headersSent) {
        res.removeHeader("Content-Encoding");
        next();
      }
    });
  };
}
