/**
 * After `remix build`: write brotli (quality 11) and gzip (level 9) copies next to each text asset in public/build
 * (`x.js.br`, `x.js.gz`), so the server sends them as they are (server/precompressed.ts) instead of compressing
 * the same file on every request at the middleware's cheap settings. Skips files under 1 KiB and copies that are
 * not smaller than the original.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../public/build");
const TEXT = /\.(js|css|map|json|svg|txt)$/;

function* files(at: string): Generator<string> {
  for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
    const p = path.join(at, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (TEXT.test(entry.name)) yield p;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of files(dir)) {
  const body = fs.readFileSync(file);
  if (body.length < 1024) continue;
  const br = zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = zlib.gzipSync(body, { level: 9 });
  if (br.length < body.length) fs.writeFileSync(`${file}.br`, br);
  if (gz.length < body.length) fs.writeFileSync(`${file}.gz`, gz);
  count++;
  before += body.length;
  after += br.length;
}
console.log(`[precompress] ${count} files in public/build: ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB brotli`);
