/**
 * Which string areas (app/i18n/areas) a route's page can use in the browser, found from its source: the string
 * literals (and template-literal heads such as `challengeStatus.`) that name a key, in the route module, in every
 * module the browser loads with it (its imports, not following *.server modules), and in the form schemas and error
 * catalogues it imports (their messages reach the page through action data). Used by the test that checks each
 * route's `handle.i18n` (app/i18n/route-areas.test.ts) and by `npx tsx app/i18n/route-areas.server.ts` to print them
 * (a .server module: it reads the sources with Node and TypeScript).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { AREA_MESSAGES } from "./area-messages";
import type { Area } from "./areas";

const appDir = path.resolve(import.meta.dirname, "..");

/** Top-level key → area, and every leaf key. */
const ownerOf = new Map<string, Area>();
const leaves: string[] = [];
for (const [area, messages] of Object.entries(AREA_MESSAGES) as [Area, { nl: object }][]) {
  for (const key of Object.keys(messages.nl)) ownerOf.set(key, area);
  const walk = (node: object, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === "string") leaves.push(prefix + k);
      else walk(v as object, `${prefix}${k}.`);
    }
  };
  walk(messages.nl, "");
}

/** The area a literal names a key of, if it does: "challenges.budgetRange", "challengeStatus." (a head), "x.count" (plural). */
export function areaOfLiteral(literal: string, head = false): Area | null {
  if (!/^[A-Za-z][\w-]*\.[\w.-]*$/.test(literal)) return null;
  const area = ownerOf.get(literal.slice(0, literal.indexOf(".")));
  if (!area) return null;
  const isKey = head
    ? leaves.some((k) => k.startsWith(literal))
    : leaves.some((k) => k === literal || k.startsWith(`${literal}.`) || k.startsWith(`${literal}_`));
  return isKey ? area : null;
}

interface ModuleInfo {
  imports: string[];
  literals: { text: string; head: boolean }[];
}
const cache = new Map<string, ModuleInfo>();

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

function moduleInfo(file: string): ModuleInfo {
  const cached = cache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const info: ModuleInfo = { imports: [], literals: [] };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      const spec = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null;
      const target = spec ? resolve(file, spec) : null;
      if (target && !typeOnly) info.imports.push(target);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      const target = arg && ts.isStringLiteral(arg) ? resolve(file, arg.text) : null;
      if (target) info.imports.push(target);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) info.literals.push({ text: node.text, head: false });
    else if (ts.isTemplateHead(node)) info.literals.push({ text: node.text, head: true });
    ts.forEachChild(node, visit);
  };
  visit(source);
  cache.set(file, info);
  return info;
}

const isServer = (file: string) => /\.server(\.tsx?)?$/.test(file) || file.includes(`${path.sep}server${path.sep}`);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
/** Modules whose messages reach a page through action or loader data. */
const carriesMessages = (file: string) => /(schemas?|errors|-schema|-form)(\.server)?\.tsx?$/.test(path.basename(file));

/** The areas the page of this module (a route, or root.tsx) may use in the browser. */
export function areasUsedBy(entry: string): Set<Area> {
  const areas = new Set<Area>();
  const add = (file: string) => {
    for (const { text, head } of moduleInfo(file).literals) {
      const area = areaOfLiteral(text, head);
      if (area) areas.add(area);
    }
  };
  // What the browser loads: the route and its imports, short of the .server modules the compiler empties.
  const client = new Set<string>();
  const walkClient = (file: string) => {
    if (client.has(file) || isServer(file) || isTest(file)) return;
    client.add(file);
    moduleInfo(file).imports.forEach(walkClient);
  };
  walkClient(entry);
  client.forEach(add);
  // The schemas and error catalogues the route imports (also through a schemas.server module), and theirs: their
  // messages come back to the page as action data.
  const messages = new Set<string>();
  const walkMessages = (file: string) => {
    for (const target of moduleInfo(file).imports) {
      if (messages.has(target) || !carriesMessages(target)) continue;
      messages.add(target);
      add(target);
      walkMessages(target);
    }
  };
  walkMessages(entry);
  return areas;
}

export const routeFiles = (): string[] =>
  readdirSync(path.join(appDir, "routes"))
    .filter((f) => /\.tsx$/.test(f) && !isTest(f))
    .map((f) => path.join(appDir, "routes", f));

export const rootFile = path.join(appDir, "root.tsx");

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const base = areasUsedBy(rootFile);
  console.log("root:", [...base].join(", "));
  for (const file of routeFiles()) console.log(path.basename(file), "→", [...areasUsedBy(file)].filter((a) => !base.has(a)).join(", "));
}
