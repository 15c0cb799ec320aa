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
console.log(`check-client-bundle: ${files} files in ${path.relative(process.cwd(), root)}, no server code.`);
