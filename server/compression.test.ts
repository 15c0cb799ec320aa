/**
 * Response compression through the real express server (server/http.ts): a page and a JS asset come back
 * compressed when the client asks (brotli or gzip) and decode to the same bytes as the plain answer; nothing is
 * compressed without Accept-Encoding. The event stream is never compressed: server/sse.test.ts. Needs the build.
 */
import type { AddressInfo } from "node:net";
import http, { type Server } from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppEnv } from "../app/test/route-harness";

setupAppEnv();
const { closeHttpServer, startHttpServer } = await import("./http");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let server: Server;
let port = 0;

beforeAll(async () => {
  server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  if (server) await closeHttpServer(server);
});

/** The raw answer (not decoded, unlike fetch). */
function raw(p: string, acceptEncoding?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {};
    http
      .get({ host: "127.0.0.1", port, path: p, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

const decode = (body: Buffer, encoding: string | undefined) =>
  encoding === "br" ? zlib.brotliDecompressSync(body) : encoding === "gzip" ? zlib.gunzipSync(body) : body;

/** A page's text with the per-request CSP nonce taken out, so two renders compare equal. */
const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

describe("response compression", () => {
  it("compresses a page with brotli or gzip, per Accept-Encoding, to the same content", async () => {
    const plain = await raw("/opgaven");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const encoding of ["br", "gzip"]) {
      const res = await raw("/opgaven", encoding);
      expect(res.status).toBe(200);
      expect(res.headers["content-encoding"]).toBe(encoding);
      expect(res.headers["vary"]).toMatch(/accept-encoding/i);
      expect(res.body.length).toBeLessThan(plain.body.length / 2);
      expect(withoutNonce(decode(res.body, encoding).toString("utf8"))).toBe(withoutNonce(plain.body.toString("utf8")));
    }
  });

  it("compresses a JS asset of the build to the same bytes", async () => {
    const page = (await raw("/")).body.toString("utf8");
    const src = [...page.matchAll(/<link rel="modulepreload" href="(\/build\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(src.length).toBeGreaterThan(0);
    // The largest one (files under 1 KiB are not worth compressing and stay plain).
    const sized = await Promise.all(src.map(async (s) => ({ s, plain: await raw(s) })));
    const { s: file, plain } = sized.sort((x, y) => y.plain.body.length - x.plain.body.length)[0]!;
    expect(plain.headers["content-type"]).toMatch(/javascript/);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const res = await raw(file, "br, gzip");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(decode(res.body, "br").equals(plain.body)).toBe(true);
  });
});
