// Fails when the browser build carries server code: drizzle (the query builder and pg-core), or the table
// definitions with their column names. The client bundle is public; it must hold UI code and the shared
// vocabulary only (docs/decisions/0019-layers.md). `npm test` runs this right after `npm run build`.
//   npx tsx scripts/check-client-bundle.ts [public/build]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Strings that survive minification: drizzle's Symbol.for("drizzle:…") keys and entity names, and column names. */
const MARKERS = ["drizzle", "pgTable", "PgTable", "PgColumn", "password_hash", "totp_secret"];

const root = path.resolve(process.argv[2] ?? "public/build");
if (!existsSync(root)) {
  console.error(`check-client-bundle: ${path.relative(process.cwd(), root)} does not exist; run npm run build first.`);
  process.exit(1);
}

function* jsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) yield* jsFiles(file);
    else if (file.endsWith(".js")) yield file;
  }
}

let files = 0;
const findings: string[] = [];
for (const file of jsFiles(root)) {
  files++;
  const source = readFileSync(file, "utf8");
  const found = MARKERS.filter((marker) => source.includes(marker));
  if (found.length) findings.push(`  ${path.relative(process.cwd(), file)} (${source.length} bytes): ${found.join(", ")}`);
}

if (findings.length) {
  console.error(`check-client-bundle: server code in the client bundle (markers: ${MARKERS.join(", ")}):`);
  console.error(findings.join("\n"));
  console.error("Client-reachable code imports db/ or drizzle-orm; import the constants from shared/vocabulary instead.");
  process.exit(1);
}
// The public pages' JavaScript stays within its budget (issue 15, ADR 0028): the libraries that only the server needs
// there, the markdown parser (the loaders parse, MarkdownView renders) and zod (schemas are imported by actions
// through .server modules), must not reach them. Markers that survive minification.
const PUBLIC_ROUTES = ["routes/_index", "routes/opgaven._index", "routes/opgaven.$slug", "routes/oplossingen._index", "routes/oplossingen.$slug", "routes/resultaten"];
const SERVER_LIBRARIES = { marked: "marked(): ", zod: "ZodError" };
const manifestFile = readdirSync(root).find((f) => /^manifest-[0-9A-Z]+\.js$/.test(f));
if (!manifestFile) {
  console.error("check-client-bundle: no manifest-*.js in the build.");
  process.exit(1);
}
type Manifest = { entry: { module: string; imports: string[] }; routes: Record<string, { module: string; imports?: string[] }> };
const manifest = JSON.parse(readFileSync(path.join(root, manifestFile), "utf8").replace(/^window.__remixManifest=/, "").replace(/;$/, "")) as Manifest;
const publicPath = (url: string) => path.join(root, url.replace(/^\/build\//, ""));
for (const id of PUBLIC_ROUTES) {
  const route = manifest.routes[id];
  if (!route) {
    findings.push(`  ${id}: not in the manifest (renamed? update PUBLIC_ROUTES)`);
    continue;
  }
  const urls = [manifest.entry.module, ...manifest.entry.imports, manifest.routes.root!.module, ...(manifest.routes.root!.imports ?? []), route.module, ...(route.imports ?? [])];
  for (const url of new Set(urls)) {
    const source = readFileSync(publicPath(url), "utf8");
    for (const [library, marker] of Object.entries(SERVER_LIBRARIES)) {
      if (source.includes(marker)) findings.push(`  ${id}: ${url} carries ${library}`);
    }
  }
}
if (findings.length) {
  console.error("check-client-bundle: a public page loads a library only the server needs:");
  console.error(findings.join("\n"));
  process.exit(1);
}
console.log(`check-client-bundle: ${files} files in ${path.relative(process.cwd(), root)}, no server code; public pages without marked and zod.`);
