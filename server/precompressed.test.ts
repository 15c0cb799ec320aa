import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressed } from "./precompressed";

describe("precompressed static files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "precompressed-"));
  const js = "export const x = 1;\n".repeat(200);
  let base = "";
  let server: ReturnType<express.Express["listen"]>;
  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, "a.js"), js);
    fs.writeFileSync(path.join(dir, "a.js.br"), zlib.brotliCompressSync(js));
    fs.writeFileSync(path.join(dir, "b.js"), js);
    const app = express();
    app.use("/build", precompressed(dir, "public, max-age=31536000, immutable"));
    app.use("/build", express.static(dir));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (p: string, accept: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      void import("node:http").then(({ get: httpGet }) =>
        httpGet(`${base}${p}`, { headers: { "Accept-Encoding": accept } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject),
      );
    });

  it("sends the brotli copy with the original's type when the browser takes brotli", async () => {
    const res = await get("/build/a.js", "gzip, br");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toContain("immutable");
    expect(res.headers.vary).toContain("Accept-Encoding");
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(js);
  });

  it("falls through to the plain file without a copy or without brotli", async () => {
    for (const [p, accept] of [["/build/b.js", "br"], ["/build/a.js", "gzip"], ["/build/a.js", "identity"]] as const) {
      const res = await get(p, accept);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.body.toString()).toBe(js);
    }
  });

  it("never leaves the directory", async () => {
    const res = await get("/build/..%2f..%2fetc%2fpasswd", "br");
    expect(res.headers["content-encoding"]).toBeUndefined();
  });
});
