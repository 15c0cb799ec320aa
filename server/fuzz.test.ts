/**
 * No input gives a 5xx: a deterministic fuzz of every action route through the real HTTP server (server/http.ts)
 * on the real build, as several personas. The action routes come from the build (so a new route is fuzzed without
 * touching this file; a route file with an action the build lacks fails the first test: rebuild). The forms are
 * the ones the pages really render (every <form method="post"> a persona sees, with its fields and submit
 * buttons), plus a generic form for each route a persona has no form for.
 *
 * Variants, all from fixed lists (no randomness): bodies that are not forms, truncated and undecodable bodies,
 * a body over every limit; per form: every field at once with each kind of junk (NUL and control characters,
 * huge values, impossible dates, out-of-range integers, ...), and each field on its own (junk, control characters
 * in its name, missing, repeated). Plus page addresses with control characters in the path and the query, and
 * cookies with control characters and broken escapes.
 *
 * Runs on its own database (a fresh seeded stack next to the shared Meilisearch), so what the fuzz saves or
 * changes touches no other test file. Needs the build, like http.test.ts. FUZZ_DEBUG=1 lists the forms found
 * (persona, target, fields) instead of sending the field variants.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { startTestStack, type TestStack } from "./test-stack";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let stack: TestStack;
let server: Server;
let base = "";
let build: ServerBuild;
let personas: Awaited<ReturnType<typeof import("../app/test/personas").createPersonas>>;
let freshCookie: (persona: Persona) => Promise<string | null>;
let matchId = "00000000-0000-4000-8000-000000000000";

type Persona = "anonymous" | "muniA" | "company" | "staff";
const PERSONAS: Persona[] = ["anonymous", "muniA", "company", "staff"];

beforeAll(async () => {
  // Thousands of requests: the app's event log lines (console.log/warn) would drown the output. Errors still show.
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
  // Our own database, the run's Meilisearch (own index prefix): set before any app module reads the environment.
  process.env.TEST_MEILI_URL = inject("meiliUrl");
  process.env.TEST_MEILI_MASTER_KEY = inject("meiliKey");
  process.env.TOTP_ENCRYPTION_KEY = inject("totpKey");
  process.env.DATABASE_POOL_SIZE = "4";
  delete process.env.SMTP_URL;
  stack = await startTestStack({ seed: true, outboxWorker: false, mailWorker: false });
  const { createPersonas } = await import("../app/test/personas");
  const { createSessionCookie } = await import("../app/domain/auth/session.server");
  const { getSql } = await import("../app/domain/db.server");
  const { startHttpServer } = await import("./http");
  personas = await createPersonas();
  freshCookie = async (persona) => (persona === "anonymous" ? null : (await createSessionCookie(personas.ids[persona])).split(";")[0]);
  const [match] = await getSql()`select id from matches order by created_at limit 1`;
  if (match) matchId = match.id as string;
  server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  build = (await import(pathToFileURL(path.join(root, "build", "index.js")).href)) as ServerBuild;
}, 180_000);

afterAll(async () => {
  const { closeHttpServer } = await import("./http");
  if (server) await closeHttpServer(server);
  await stack?.stop();
});

// ---------------------------------------------------------------------------------------------------------------
// The routes

interface ActionRoute {
  id: string;
  /** A concrete URL for the route (params filled in; `?index` for an index route). */
  url: string;
}

/** Values for a route's dynamic segments; an unknown route gets a well-formed id that matches nothing. */
function paramValue(routeId: string, name: string): string {
  const p = personas.params;
  const known: Record<string, string> = {
    "routes/opgaven.$slug": p.challenge,
    "routes/oplossingen.$slug": p.solution,
    "routes/organisaties.$slug": p.organisation,
    "routes/mijn.opgaven.$id": p.ownChallenge,
    "routes/hub.beoordeling.opgaven.$id": p.ownChallenge,
    "routes/mijn.oplossingen.$id": p.ownSolution,
    "routes/hub.beoordeling.oplossingen.$id": p.solutionId,
    "routes/berichten.$id": p.thread,
    "routes/berichten.$id.events": p.thread,
    "routes/hub.matches.$id": matchId,
  };
  return known[routeId] ?? (name === "slug" ? "bestaat-niet" : "00000000-0000-4000-8000-000000000000");
}

function routeUrl(id: string): string {
  const segments: string[] = [];
  for (let r: ServerBuild["routes"][string] | undefined = build.routes[id]; r; r = r.parentId ? build.routes[r.parentId] : undefined) {
    if (r.path) segments.unshift(r.path);
  }
  const pathname = "/" + segments.join("/").replace(/:(\w+)/g, (_, name: string) => paramValue(id, name)).replace(/\*$/, "bestaat-niet");
  return build.routes[id].index ? `${pathname}?index` : pathname;
}

const actionRoutes = (): ActionRoute[] =>
  Object.values(build.routes)
    .filter((r) => typeof r.module.action === "function")
    .map((r) => ({ id: r.id, url: routeUrl(r.id) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

const pageRoutes = () =>
  Object.values(build.routes)
    .filter((r) => r.id !== "root" && typeof r.module.loader === "function")
    .map((r) => ({ id: r.id, url: routeUrl(r.id).replace(/\?index$/, "") }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

// ---------------------------------------------------------------------------------------------------------------
// Forms as the pages render them

type Fields = [string, string][];
interface Target {
  persona: Persona;
  action: string;
  fields: Fields;
  /** Where it came from: "form on <page>" or "generic". */
  origin: string;
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1].toLowerCase(), unescapeHtml(m[2] ?? "")]));

/** Every POST form on a page: its target and fields, once per named submit button (at most four). */
function formsOf(html: string, pageUrl: string): { action: string; fields: Fields; button: string }[] {
  const out: { action: string; fields: Fields; button: string }[] = [];
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const a = attrs(form[1]);
    if ((a.method ?? "get").toLowerCase() !== "post") continue;
    const target = new URL(a.action || pageUrl, `${base}${pageUrl}`);
    const action = target.pathname + target.search;
    const body = form[2];
    const fields: Fields = [];
    const radios = new Set<string>();
    for (const m of body.matchAll(/<input\b([^>]*)>/gi)) {
      const i = attrs(m[1]);
      const type = (i.type ?? "text").toLowerCase();
      if (!i.name || ["submit", "button", "image", "reset", "file"].includes(type)) continue;
      if (type === "radio") {
        if (radios.has(i.name)) continue;
        radios.add(i.name);
      }
      fields.push([i.name, i.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
    }
    for (const m of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const t = attrs(m[1]);
      if (t.name) fields.push([t.name, unescapeHtml(m[2])]);
    }
    for (const m of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const sel = attrs(m[1]);
      const options = [...m[2].matchAll(/<option\b([^>]*)>/gi)].map((o) => attrs(o[1]));
      const chosen = options.find((o) => "selected" in o) ?? options.find((o) => o.value) ?? options[0];
      if (sel.name) fields.push([sel.name, chosen?.value ?? ""]);
    }
    const buttons = [...body.matchAll(/<button\b([^>]*)>/gi)].map((m) => attrs(m[1])).filter((b) => b.name && (b.type ?? "submit") === "submit");
    if (buttons.length === 0) out.push({ action, fields, button: "" });
    for (const b of buttons.slice(0, 4)) out.push({ action, fields: [...fields, [b.name, b.value ?? ""]], button: `${b.name}=${b.value ?? ""}` });
  }
  return out;
}

/** A form for a route a persona has no page form for: the field names the app's forms use most. */
const GENERIC: Fields = [
  ["intent", "save"],
  ["title", "Titel"],
  ["body", "Tekst"],
  ["email", "fuzz@fuzz.example"],
  ["password", "een lang wachtwoord voor de fuzz"],
  ["name", "Fuzz"],
  ["version", "1"],
  ["responseDeadline", "2030-01-01"],
  ["idempotencyKey", "fuzz-generic-key"],
  ["creationKey", "fuzz-generic-key"],
  ["token", "x"],
  ["code", "123456"],
  ["locale", "nl"],
  ["redirectTo", "/"],
];

async function discoverTargets(): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const routes = actionRoutes();
  for (const persona of PERSONAS) {
    const cookie = await freshCookie(persona);
    const pages = ["/", ...routes.map((r) => r.url.replace(/\?index$/, ""))];
    for (const page of pages) {
      const res = await fetch(`${base}${page}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
      if (!res.headers.get("content-type")?.startsWith("text/html")) {
        await res.body?.cancel();
        continue;
      }
      for (const form of formsOf(await res.text(), page)) {
        // The same form on several pages (the language switch in the header) is fuzzed once per persona.
        const key = `${persona} ${form.action} ${form.fields.map(([k]) => k).join(",")} ${form.button}`;
        if (seen.has(key)) continue;
        seen.add(key);
        targets.push({ persona, action: form.action, fields: form.fields, origin: `form on ${page}` });
      }
    }
    for (const route of routes) {
      const pathname = route.url.replace(/\?index$/, "");
      if (targets.some((t) => t.persona === persona && new URL(t.action, base).pathname === pathname)) continue;
      targets.push({ persona, action: route.url, fields: GENERIC, origin: "generic" });
    }
  }
  return targets;
}

// ---------------------------------------------------------------------------------------------------------------
// Variants

interface Variant {
  persona: Persona;
  method: "GET" | "POST";
  url: string;
  name: string;
  /** A Cookie header of its own instead of the persona's session. */
  cookie?: string;
  /** The edge must refuse it (a 4xx), not only answer without a 5xx. */
  refused?: boolean;
  /** Made when sent (the huge ones would not all fit in memory at once). */
  make?: () => { body?: BodyInit; type: string | null };
}

/** Junk for a field's value, from the kinds the fuzzer found 5xx with and their neighbours. */
const JUNK: [string, (v: string) => string][] = [
  ["nul", (v) => `${v}\u0000x`],
  ["only-nul", () => "\u0000"],
  ["controls", (v) => `\u0001\u0007\u001b${v}\u007f\u000b\u000c`],
  ["huge", () => "x".repeat(70_000)],
  ["huge-unicode", () => "é😀".repeat(12_000)],
  ["long-line", () => "woord ".repeat(3_000)],
  ["date-feb30", () => "2024-02-30"],
  ["date-year0", () => "0000-01-01"],
  ["date-far", () => "275760-09-13"],
  ["int4-overflow", () => "2147483648"],
  ["exponent", () => "1e21"],
  ["negative", () => "-1"],
  ["fraction", () => "1.5"],
  ["empty", () => ""],
  ["spaces", () => "   "],
  ["unicode-tricks", () => "\u202e\u0301\ufeff\ufffe\uffff"],
  ["markup", () => "<script>alert(1)</script>](javascript:alert(1))"],
  ["sql", () => "' OR 1=1; --"],
  ["uuid-like", () => "00000000-0000-0000-0000-00000000000g"],
];

/** The kinds used on every field at once (the rest come up field by field). */
const ALL_AT_ONCE = ["nul", "controls", "huge", "huge-unicode", "date-feb30", "date-year0", "int4-overflow", "exponent", "empty", "unicode-tricks"];
/**
 * For a generic form (a route the persona has no form for, mostly refused before the form is read) and for the
 * same form with another submit button.
 */
const FEW_KINDS = ["nul", "huge", "date-feb30", "int4-overflow"];

const encoded = (fields: () => Fields) => ({ make: () => ({ body: new URLSearchParams(fields()).toString(), type: "application/x-www-form-urlencoded" }) });

/** Structural changes to one field, in turn. */
const STRUCTURE: [string, (fields: Fields, i: number) => Fields][] = [
  ["missing", (fields, i) => fields.filter((_, j) => j !== i)],
  ["name-nul", (fields, i) => fields.map(([k, val], j) => [j === i ? `${k}\u0000\u0007` : k, val])],
  ["repeated", (fields, i) => [...fields, [fields[i][0], "2147483648"], [fields[i][0], "\u0000"]]],
];

/**
 * A form's variants: as rendered; every field at once (the intent kept, so the action gets past its dispatch) with
 * the main kinds of junk; then each field name on its own with one kind of junk and one structural change, taken
 * in turn (so across the fields every kind comes up). The same form with another submit button (`full` false) and
 * a generic form get the baseline and a few all-fields variants only.
 */
function fieldVariants(target: Target, index: number, full: boolean): Variant[] {
  const kinds = target.origin === "generic" || !full ? FEW_KINDS : ALL_AT_ONCE;
  const out: Variant[] = [];
  const v = (name: string, fields: () => Fields): Variant => ({ persona: target.persona, method: "POST", url: target.action, name, ...encoded(fields) });
  const isIntent = (k: string) => k === "intent";
  out.push(v("baseline", () => target.fields));
  for (const [kind, junk] of JUNK.filter(([k]) => kinds.includes(k))) {
    out.push(v(`all:${kind}`, () => target.fields.map(([k, val]) => [k, isIntent(k) ? val : junk(val)])));
  }
  if (!full || target.origin === "generic") return out;
  const names = [...new Set(target.fields.map(([k]) => k))];
  names.forEach((name, n) => {
    const i = target.fields.findIndex(([k]) => k === name);
    const [kind, junk] = JUNK[(n + index) % JUNK.length];
    out.push(v(`${name}:${kind}`, () => target.fields.map(([k, val], j) => [k, j === i ? junk(val) : val])));
    const [change, apply] = STRUCTURE[(n + index) % STRUCTURE.length];
    out.push(v(`${name}:${change}`, () => apply(target.fields, i)));
  });
  return out;
}

/** Bodies that are not (decodable) forms; the route's own limit decides nothing here except for the last. */
function bodyVariants(persona: Persona, url: string): Variant[] {
  const p = (name: string, body: BodyInit | undefined, type: string | null): Variant => ({ persona, method: "POST", url, name, make: () => ({ body, type }) });
  const refused = (name: string, body: BodyInit | undefined, type: string | null): Variant => ({ ...p(name, body, type), refused: true });
  return [
    refused("json", JSON.stringify({ intent: "save", title: "x", version: 2147483648 }), "application/json"),
    refused("text-plain", "intent=save\ntitle=x", "text/plain"),
    refused("no-type", "intent=save&title=x", null),
    p("empty-no-type", undefined, null),
    refused("form-latin1", "title=caf%E9", "application/x-www-form-urlencoded; charset=iso-8859-1"),
    refused("form-invalid-utf8", "title=%C0%AF&intent=save", "application/x-www-form-urlencoded"),
    refused("form-lone-surrogate", "title=%ED%A0%80&intent=save", "application/x-www-form-urlencoded"),
    p("form-truncated-escape", "intent=save&title=ab%2", "application/x-www-form-urlencoded"),
    p("form-raw-nul", "intent=save&title=a\u0000b", "application/x-www-form-urlencoded"),
    refused("multipart-no-boundary", "intent=save", "multipart/form-data"),
    refused("multipart-truncated", '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nabc', "multipart/form-data; boundary=b"),
    p("multipart-nul", '--b\r\nContent-Disposition: form-data; name="ti\u0000tle"\r\n\r\na\u0000b\r\n--b--\r\n', "multipart/form-data; boundary=b"),
    refused("multipart-file", '--b\r\nContent-Disposition: form-data; name="f"; filename="x.txt"\r\n\r\nabc\r\n--b--\r\n', "multipart/form-data; boundary=b"),
  ];
}

/**
 * Control characters and broken UTF-8 in the path and query (refused at the edge), junk cookies (dropped at the
 * edge), and odd but clean query values.
 */
function addressVariants(persona: Persona, url: string, edge: boolean): Variant[] {
  const g = (name: string, u: string): Variant => ({ persona, method: "GET", url: u, name });
  const pathname = url.split("?")[0];
  const odd = g("query-odd", `${pathname}?pagina=2147483648&q=${encodeURIComponent("' OR 1=1 -- 😀")}&thema=1e21&provincie=-1&sortering=x&weergave=alle&opgave=%E2%80%AE&sjabloon=..%2F&token=${"x".repeat(500)}`);
  if (!edge) return [odd];
  return [
    { ...g("path-nul", pathname === "/" ? "/%00" : pathname.replace(/\/([^/]+)$/, "/$1%00x")), refused: true },
    { ...g("path-bad-utf8", `${pathname.replace(/\/$/, "")}/%C0%AF%01`), refused: true },
    { ...g("query-controls", `${pathname}?pagina=1%00&q=%1b&redirectTo=%7F&x=%ED%A0%80`), refused: true },
    { ...g("cookie-junk", pathname), cookie: "__Host-session=%00; session=a%00b; lng=%; x=%C0%AF" },
    odd,
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Running

interface Failure {
  persona: Persona;
  request: string;
  variant: string;
  status: number | string;
}

async function send(variant: Variant, cookie: string | null): Promise<number | string> {
  const headers: Record<string, string> = { Origin: base };
  if (cookie) headers.Cookie = cookie;
  const { body, type } = variant.make?.() ?? { type: null };
  if (type) headers["Content-Type"] = type;
  try {
    const res = await fetch(`${base}${variant.url}`, {
      method: variant.method,
      headers,
      body: variant.method === "POST" ? (body ?? null) : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(20_000),
    });
    await res.body?.cancel();
    return res.status;
  } catch (error) {
    // A refused oversized upload may close the connection while fetch is still sending: the answer came first.
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return cause === "EPIPE" || cause === "ECONNRESET" || cause === "UND_ERR_SOCKET" ? "closed" : String(error);
  }
}

/** Run variants `concurrency` at a time; a fresh session per persona and URL, so signing out affects nothing else. */
async function runAll(variants: Variant[], concurrency = 4): Promise<{ failures: Failure[]; statuses: Map<string, number> }> {
  const failures: Failure[] = [];
  const statuses = new Map<string, number>();
  const cookies = new Map<string, Promise<string | null>>();
  const cookieFor = (v: Variant) => {
    const key = `${v.persona} ${v.url}`;
    if (!cookies.has(key)) cookies.set(key, freshCookie(v.persona));
    return cookies.get(key)!;
  };
  let next = 0;
  const worker = async () => {
    while (next < variants.length) {
      const variant = variants[next++];
      const status = await send(variant, variant.cookie ?? (await cookieFor(variant)));
      statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
      const wrong = typeof status !== "number" ? status !== "closed" : status >= 500 || (!!variant.refused && status < 400);
      if (wrong) {
        failures.push({ persona: variant.persona, request: `${variant.method} ${variant.url}`, variant: variant.name, status });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, statuses };
}

describe("fuzz: no input gives a 5xx", () => {
  it("fuzzes every route with an action (the build has every route file's action)", () => {
    const routesDir = path.join(root, "app", "routes");
    const withAction = readdirSync(routesDir)
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .filter((f) => /export\s+(async\s+)?function\s+action\b|export\s+const\s+action\b/.test(readFileSync(path.join(routesDir, f), "utf8")))
      .map((f) => `routes/${f.replace(/\.tsx?$/, "")}`)
      .sort();
    expect(actionRoutes().map((r) => r.id), "route files with an action vs. the build (run npm run build)").toEqual(withAction);
    expect(withAction.length).toBeGreaterThan(20);
  });

  it("bodies that are not forms, undecodable and oversized bodies, on every action route", async () => {
    const variants: Variant[] = [];
    for (const route of actionRoutes()) {
      for (const persona of ["anonymous", "muniA"] as const) variants.push(...bodyVariants(persona, route.url));
      variants.push({ persona: "anonymous", method: "POST", url: route.url, name: "over-every-limit", refused: true, ...encoded(() => [["title", "x".repeat(2 * 1024 * 1024 + 1)]]) });
    }
    const { failures, statuses } = await runAll(variants);
    console.error(`fuzz bodies: ${variants.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
  }, 180_000);

  // The timeout is generous: on a shared 2-core machine under load this took up to ~115 s.
  it("junk in every field of every form the personas see, and in generic forms", async () => {
    const targets = await discoverTargets();
    expect(targets.filter((t) => t.origin !== "generic").length, "forms found on the pages").toBeGreaterThan(20);
    const firstOfForm = new Set<string>();
    const variants = targets.flatMap((t, i) => {
      const form = `${t.persona} ${t.action} ${t.fields.slice(0, -1).map(([k]) => k).join(",")}`;
      const full = !firstOfForm.has(form);
      firstOfForm.add(form);
      return fieldVariants(t, i, full);
    });
    console.error(`fuzz fields: ${targets.length} forms, ${variants.length} requests to send`);
    if (process.env.FUZZ_DEBUG) {
      for (const t of targets) console.error(t.persona, t.action, t.origin, t.fields.map(([k, v]) => `${k}=${v.slice(0, 20)}`).join(" "));
      return;
    }
    const { failures, statuses } = await runAll(variants);
    console.error(`fuzz fields: ${targets.length} forms, ${variants.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
  }, 300_000);

  it("control characters and broken UTF-8 in the path, query and cookies of every page", async () => {
    const variants: Variant[] = [];
    for (const route of pageRoutes()) {
      variants.push(...addressVariants("anonymous", route.url, true));
      for (const persona of ["muniA", "staff"] as const) variants.push(...addressVariants(persona, route.url, false));
    }
    const { failures, statuses } = await runAll(variants);
    console.error(`fuzz addresses: ${variants.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
  }, 180_000);
});
