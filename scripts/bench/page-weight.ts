/**
 * `npm run bench:weight [-- --url http://127.0.0.1:3000]`
 * Bytes on the wire for the public pages (home, the lists, a challenge and a solution page, results): the HTML, the JS
 * (<script src>, <link rel=modulepreload>), the CSS (<link rel=stylesheet>) and the strings file (data-strings) it
 * loads, each fetched without compression, with gzip and with brotli; and per page the JavaScript the browser runs,
 * strings included, against the budget of issue 15 (150 KiB brotli). Without --url it starts the real app on a fresh demo stack and stops it.
 */
import http from "node:http";
import https from "node:https";
import { parseArgs } from "node:util";
import { samplePages, startBenchApp, type BenchApp } from "./app";

/** The size of the body as sent (not decoded), and its Content-Encoding. */
function wireSize(url: string, acceptEncoding: string | null): Promise<{ bytes: number; encoding: string; body: Buffer }> {
  const u = new URL(url);
  const get = u.protocol === "https:" ? https.get : http.get;
  return new Promise((resolve, reject) => {
    get(u, { headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        if ((res.statusCode ?? 0) >= 400) return reject(new Error(`${url}: HTTP ${res.statusCode}`));
        const body = Buffer.concat(chunks);
        resolve({ bytes: body.length, encoding: String(res.headers["content-encoding"] ?? "identity"), body });
      });
      res.on("error", reject);
    }).on("error", reject);
  });
}

/** The JS and CSS a page loads, from its HTML. */
export function assetsOf(html: string): { js: string[]; css: string[]; strings: string[] } {
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, "src");
    if (src) js.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, "rel");
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel === "modulepreload") js.add(href);
    if (rel === "stylesheet") css.add(href);
  }
  // The interface strings of the page's language, which the client loads before it hydrates (entry.client).
  const strings = [...html.matchAll(/\sdata-strings="([^"]+)"/g)].map((m) => m[1]!);
  return { js: [...js], css: [...css], strings };
}

const ENCODINGS = [
  ["none", null],
  ["gzip", "gzip"],
  ["br", "br, gzip"],
] as const;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string" } } });
  const log = (line: string) => console.error(`[weight] ${line}`);
  let app: BenchApp | null = null;
  const base = values.url ?? (app = await startBenchApp(log)).base;
  try {
    const { challenge, solution } = await samplePages(base);
    const pages = [
      ["home", "/"],
      ["/opgaven", "/opgaven"],
      ["/oplossingen", "/oplossingen"],
      ["challenge", challenge],
      ["solution", solution],
      ["/resultaten", "/resultaten"],
    ] as const;
    const rows: string[][] = [];
    const budget: string[] = [];
    for (const [name, p] of pages) {
      const html = (await wireSize(`${base}${p}`, null)).body.toString("utf8");
      const { js, css, strings } = assetsOf(html);
      const parts = [
        ["HTML", [p]],
        [`JS (${js.length} files)`, js],
        [`CSS (${css.length} files)`, css],
        ["strings (JSON, one language)", strings],
      ] as const;
      const totals = ENCODINGS.map(() => 0);
      let scriptBr = 0;
      for (const [part, urls] of parts) {
        const sizes: number[] = [];
        for (const [i, [, accept]] of ENCODINGS.entries()) {
          let sum = 0;
          for (const u of urls) sum += (await wireSize(new URL(u, base).href, accept)).bytes;
          sizes.push(sum);
          totals[i]! += sum;
        }
        rows.push([name, part, ...sizes.map(kb), `${((1 - sizes[2]! / sizes[0]!) * 100).toFixed(0)}%`]);
        if (part.startsWith("JS") || part.startsWith("strings")) scriptBr += sizes[2]!;
      }
      rows.push([name, "total", ...totals.map(kb), `${((1 - totals[2]! / totals[0]!) * 100).toFixed(0)}%`]);
      budget.push(`| ${name} | ${kb(scriptBr)} | ${scriptBr <= 150 * 1024 ? "yes" : "**no**"} |`);
    }
    console.log(`\nPage weight on the wire (${base}; challenge page ${challenge})\n`);
    console.log("| page | part | uncompressed | gzip | brotli | saved (br) |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: |");
    for (const r of rows) console.log(`| ${r.join(" | ")} |`);
    console.log("\nJavaScript per page, strings included (brotli, first view), against 150 KiB (issue 15)\n");
    console.log("| page | JS + strings | ≤ 150 KiB |");
    console.log("| --- | ---: | :---: |");
    for (const line of budget) console.log(line);
  } finally {
    await app?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
