import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * Layer rules (docs/decisions/0019-layers.md): which folder may import which. Each folder gets one list of
 * forbidden import patterns; a file matches the last block that names it (later blocks override earlier ones, so
 * the tests block comes last). Patterns are regular expressions over the import specifier as written; relative
 * specifiers climb with "../", so `up("db")` catches "../db/x", "../../../db/schema" and so on. The rule sees
 * static imports and re-exports, not dynamic import(); `npm run check:bundle` backs it up for the browser bundle.
 */
const up = (folder) => `^(\\.\\./)+${folder}(/|$)`;
const ADR = "see docs/decisions/0019-layers.md";
const forbid = (regex, message, extra = {}) => ({ regex, message: `${message} (${ADR})`, ...extra });

const noTools = forbid(up("scripts"), "Nothing imports the tools in scripts/: move what you need into a layer");
const noServer = forbid(up("server"), "Only tests, e2e/ and scripts/ import server/: it boots the app; move what you need down");
const noApp = forbid(`^(~/|${up("app").slice(1)})`, "db/, search/ and shared/ sit below the app and must not import app/");
const noSearch = forbid(up("search"), "Go through a domain module (app/domain/*.server.ts), not search/ directly");
const noDb = forbid(up("db"), "Client-reachable code must not import db/ (the schema would ship to the browser); use shared/vocabulary");
const noSharedNode = forbid(
  `${up("shared").slice(0, -"(/|$)".length)}/(?!vocabulary(/|$))`,
  "Client-reachable code may import shared/vocabulary only; the other shared/ modules are Node code",
);
const noDrizzle = forbid("^(drizzle-orm|postgres)(/|$)", "Client-reachable code must not import drizzle-orm or postgres");
const noNode = forbid("^node:", "Client-reachable code must not import Node built-ins");
const noServerModules = forbid("\\.server$", "Client-reachable code may import *.server modules for their types only (import type)", {
  allowTypeImports: true,
});
const noRoutes = forbid(`^(~/|(\\.\\./)+)(routes(/|$)|root$)`, "Below the routes: do not import a route module or root.tsx");
const noComponents = forbid(`^(~/|(\\.\\./)+)components(/|$)`, "Domain modules do not import UI components");

/** Client-reachable: bundled for the browser (components, UI helpers, translations, and the domain's pure modules). */
const client = [noDb, noDrizzle, noNode, noServerModules, noSearch, noServer, noTools, noSharedNode, noRoutes];

const layers = [
  // Routes, root and entries: may import components, domain, i18n, utils and shared/vocabulary.
  { files: ["app/routes/**", "app/root.tsx", "app/entry.*.tsx"], patterns: [noDb, noDrizzle, noSearch, noServer, noTools, noSharedNode] },
  // Domain modules with server code: may import db/, search/, shared/, i18n and utils; never routes, UI or server/.
  { files: ["app/domain/**"], patterns: [noServer, noTools, noRoutes, noComponents] },
  // Client-reachable code; the domain's pure modules (no .server) are imported by components, so they count too.
  { files: ["app/components/**", "app/utils/**", "app/i18n/**"], patterns: client },
  { files: ["app/domain/**/!(*.server).ts"], patterns: [...client, noComponents] },
  // Server-only helpers inside those folders (e.g. app/i18n/locale.server.ts) are domain-level code.
  { files: ["app/i18n/**/*.server.ts", "app/utils/**/*.server.ts"], patterns: [noServer, noTools, noRoutes, noComponents] },
  { files: ["search/**"], patterns: [noApp, noServer, noTools] },
  { files: ["db/**"], patterns: [noApp, forbid(up("search"), "db/ sits below search/ and must not import it"), noServer, noTools] },
  {
    files: ["shared/**"],
    patterns: [noApp, forbid(`${up("db")}|${up("search")}`, "shared/ sits below db/ and search/ and must not import them"), noServer, noTools],
  },
  // The vocabulary is dependency-free: it imports its own files and nothing else, so any layer (and the browser) can use it.
  { files: ["shared/vocabulary/**"], patterns: [forbid("^(?!\\./)", "shared/vocabulary is dependency-free: import only its own files (./…)")] },
  { files: ["server/**"], patterns: [noTools] },
  // Tests and the e2e harness may import across layers (to arrange and inspect), but not the tools.
  {
    files: ["**/*.test.{ts,tsx}", "app/test/**", "db/test/**", "e2e/**", "server/vitest-global-setup.ts"],
    ignores: ["scripts/**"],
    patterns: [noTools],
  },
].map(({ files, ignores, patterns }) => ({
  files: files.map((f) => (f.endsWith("**") ? `${f}/*.{ts,tsx}` : f)),
  ...(ignores ? { ignores } : {}),
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
}));

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", ".cache/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
  ...layers,
);
