/**
 * The request edge: the one place where a raw HTTP request becomes the Fetch `Request` the Remix app sees
 * (docs/decisions/0017-request-edge.md). It replaces `createRequestHandler` from @remix-run/express and
 *
 * - refuses an address with control characters or broken UTF-8 (path: 404, query string: 400);
 * - reads a request body only up to the limit of the route's kind (413 as soon as it is exceeded, unread);
 * - takes only forms as bodies: application/x-www-form-urlencoded, or multipart/form-data without files, which
 *   becomes url-encoded (anything else: 415; an undecodable form: 400);
 * - strips C0 control characters (except tab, line feed and carriage return in values) and DEL from every field
 *   name and value, once, before any route sees them, so no NUL byte reaches PostgreSQL;
 * - drops a cookie with a malformed escape, invalid UTF-8 or a control character (the session id is queried).
 *
 * A refused request is rendered as the normal page of the same URL (a GET) with the refusal in the load context:
 * the root loader throws it, the root error boundary shows a message in the visitor's language, and no other
 * loader runs (guardBuild). Data requests of the Remix client get the same through single fetch, except a refused
 * POST, which gets a short text.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import type express from "express";
import { en } from "../app/i18n/en";
import { nl } from "../app/i18n/nl";
import { isDatabaseUnavailable } from "../app/domain/db.server";
import { EDGE_MESSAGES, EDGE_STATUS, edgeErrorOf, type EdgeProblem } from "../app/utils/request-edge";
import { etagMatches, NOT_MODIFIED_HEADERS } from "../app/utils/document-headers.server";
import { noteWrite, pageCacheKey, pageGeneration, storable, type PageCache } from "./page-cache";

/**
 * Body limits in bytes per route kind. Each is well above the longest form its routes take, counted with every
 * character percent-encoded as 4-byte UTF-8 (12 bytes), so a too-long text gets the form's own message, not a 413.
 * - form: sign-up, login, language, account and organisation forms, settings (passwords up to 4,096 characters);
 * - text: messages, notes, introductions and reviews (up to 10,000 characters a field);
 * - intake: the challenge and solution forms (several Markdown fields of 10,000-20,000 characters).
 */
export const BODY_LIMITS = { form: 64 * 1024, text: 512 * 1024, intake: 2 * 1024 * 1024 } as const;
export type BodyKind = keyof typeof BODY_LIMITS;

const KINDS: [RegExp, BodyKind][] = [
  [/^\/mijn\/(opgaven|oplossingen)(\/|\.data$|$)/, "intake"],
  [/^\/(berichten|hub)(\/|\.data$|$)/, "text"],
];

/** The body kind of a path: the largest that applies, "form" for everything else (so a new route starts small). */
export function bodyKindOf(pathname: string): BodyKind {
  return KINDS.find(([pattern]) => pattern.test(pathname))?.[1] ?? "form";
}

/** C0 controls and DEL; in field values, tab, line feed and carriage return are text and stay. */
const CONTROL_IN_VALUE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const CONTROL_ANY = /[\u0000-\u001F\u007F]/g;
const HAS_CONTROL = /[\u0000-\u001F\u007F]/;
const HAS_CONTROL_IN_VALUE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Lone surrogates (only a multipart parser can produce them; strict UTF-8 decoding cannot). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const stripValue = (v: string) => v.replace(CONTROL_IN_VALUE, "").replace(LONE_SURROGATE, "");
export const stripName = (v: string) => v.replace(CONTROL_ANY, "").replace(LONE_SURROGATE, "");

const utf8 = new TextDecoder("utf-8", { fatal: true });

const hex = (b: number) => (b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 0x37 : b >= 0x61 && b <= 0x66 ? b - 0x57 : -1);

/** Percent-decode bytes (and `+` as space when `plus`); a `%` not followed by two hex digits stays as it is. */
function percentDecode(bytes: Uint8Array, plus: boolean): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
      out[n++] = hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]);
      i += 2;
    } else out[n++] = plus && b === 0x2b ? 0x20 : b;
  }
  return out.subarray(0, n);
}

/** Decode as strict UTF-8; null for invalid UTF-8 (which includes encoded lone surrogates). */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * application/x-www-form-urlencoded as name/value pairs (WHATWG parsing, but strict UTF-8: null when a name or
 * value is not valid UTF-8, where the standard parser would silently put in U+FFFD).
 */
export function parseUrlEncoded(body: Uint8Array): [string, string][] | null {
  const pairs: [string, string][] = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== 0x26) continue;
    const part = body.subarray(start, i);
    start = i + 1;
    if (part.length === 0) continue;
    const eq = part.indexOf(0x3d);
    const name = decodeUtf8(percentDecode(eq === -1 ? part : part.subarray(0, eq), true));
    const value = eq === -1 ? "" : decodeUtf8(percentDecode(part.subarray(eq + 1), true));
    if (name === null || value === null) return null;
    pairs.push([name, value]);
  }
  return pairs;
}

/** What is wrong with a request target (path and query string), if anything. */
export function addressProblem(target: string): EdgeProblem | null {
  const q = target.indexOf("?");
  const rawPath = q === -1 ? target : target.slice(0, q);
  // Node gives bytes above 0x7f in the request line as latin1 characters: back to bytes, then strict UTF-8.
  const path = decodeUtf8(percentDecode(Buffer.from(rawPath, "latin1"), false));
  if (path === null || HAS_CONTROL.test(path)) return "notFound";
  if (q === -1) return null;
  const query = parseUrlEncoded(Buffer.from(target.slice(q + 1), "latin1"));
  if (query === null) return "badAddress";
  for (const [name, value] of query) if (HAS_CONTROL.test(name) || HAS_CONTROL_IN_VALUE.test(value)) return "badAddress";
  return null;
}

/**
 * The Cookie header without the cookies a parser would choke on or pass on as control characters: a malformed
 * percent escape (decodeURIComponent throws), invalid UTF-8, or a control character once decoded (a NUL in the
 * session id reached PostgreSQL). A dropped cookie is as good as none: the visitor is anonymous, not a 500.
 */
export function cleanCookieHeader(header: string): string {
  return header
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => {
      if (!pair) return false;
      const value = pair.slice(pair.indexOf("=") + 1);
      if (/%(?![0-9A-Fa-f]{2})/.test(value)) return false;
      const decoded = decodeUtf8(percentDecode(Buffer.from(pair, "latin1"), false));
      return decoded !== null && !HAS_CONTROL.test(decoded);
    })
    .join("; ");
}

type BodyResult = { ok: true; bytes: Buffer } | { ok: false; reason: "tooLarge" | "aborted" };

/** Read the body up to `limit` bytes; stops reading (and leaves the rest unread) as soon as the limit is exceeded. */
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("close", onClose);
      req.off("error", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        settle({ ok: false, reason: "tooLarge" });
      } else chunks.push(chunk);
    };
    const onEnd = () => settle({ ok: true, bytes: Buffer.concat(chunks) });
    const onClose = () => settle(req.complete ? { ok: true, bytes: Buffer.concat(chunks) } : { ok: false, reason: "aborted" });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("close", onClose);
    req.on("error", onClose);
  });
}

type FormResult = { ok: true; form: URLSearchParams } | { ok: false; problem: EdgeProblem | "aborted" };

/** The body of an unsafe request as a clean url-encoded form, or what is wrong with it. */
async function readForm(req: IncomingMessage, limit: number): Promise<FormResult> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) return { ok: false, problem: "tooLarge" };
  const contentType = req.headers["content-type"];
  const [type = "", ...params] = (contentType ?? "").split(";").map((p) => p.trim());
  const mediaType = type.toLowerCase();
  const param = (name: string) =>
    params
      .map((p) => p.split("="))
      .find(([k]) => k.trim().toLowerCase() === name)?.[1]
      ?.trim()
      .replace(/^"(.*)"$/, "$1");
  const hasBody = (declared !== undefined && declared !== "0") || req.headers["transfer-encoding"] !== undefined;

  if (!contentType) {
    // An empty POST (curl -X POST, a form without fields in an old browser) is an empty form.
    if (!hasBody) return { ok: true, form: new URLSearchParams() };
    return { ok: false, problem: "unsupportedType" };
  }
  if (mediaType === "application/x-www-form-urlencoded") {
    const charset = param("charset")?.toLowerCase();
    if (charset && charset !== "utf-8" && charset !== "utf8") return { ok: false, problem: "unsupportedType" };
    const body = await readBody(req, limit);
    if (!body.ok) return { ok: false, problem: body.reason };
    const pairs = parseUrlEncoded(body.bytes);
    if (!pairs) return { ok: false, problem: "malformed" };
    return { ok: true, form: clean(pairs) };
  }
  if (mediaType === "multipart/form-data") {
    if (!param("boundary")) return { ok: false, problem: "malformed" };
    const body = await readBody(req, limit);
    if (!body.ok) return { ok: false, problem: body.reason };
    let parsed: FormData;
    try {
      parsed = await new Response(new Uint8Array(body.bytes), { headers: { "Content-Type": contentType } }).formData();
    } catch {
      return { ok: false, problem: "malformed" };
    }
    const pairs: [string, string][] = [];
    for (const [name, value] of parsed.entries()) {
      // No route takes a file: an upload is a type this site does not accept.
      if (typeof value !== "string") return { ok: false, problem: "unsupportedType" };
      pairs.push([name, value]);
    }
    return { ok: true, form: clean(pairs) };
  }
  return { ok: false, problem: "unsupportedType" };
}

function clean(pairs: [string, string][]): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of pairs) form.append(stripName(name), stripValue(value));
  return form;
}

/**
 * The build with every route loader but the root's guarded: when the edge refused the request, a page loader
 * returns nothing (the root loader throws the refusal) and a resource route answers the refusal's status itself.
 * A loader that fails because PostgreSQL is unavailable answers 503 (the root error boundary's "tijdelijk niet
 * beschikbaar" in the normal layout, ADR 0018), not 500: the root loader no longer queries on every page (its theme
 * list is cached, ADR 0029), so a page's own query is where an outage shows.
 */
export function guardBuild(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const loader = route.module.loader;
    if (id === "root" || !loader) {
      routes[id] = route;
      continue;
    }
    const resource = !route.module.default;
    const unavailable = (error: unknown, request: Request) => {
      if (!isDatabaseUnavailable(error)) return error;
      const e = error as { message?: string; cause?: { message?: string } };
      console.error(`[db] unavailable: ${e.cause?.message ?? e.message ?? error} (${new URL(request.url).pathname})`);
      const headers = { "Retry-After": "10", "Cache-Control": "no-store" };
      return resource
        ? new Response(plainMessage("unavailable"), { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } })
        : new Response(null, { status: 503, headers });
    };
    const guarded: typeof loader = async (args) => {
      const edge = edgeErrorOf(args.context);
      if (!edge) {
        try {
          return await loader(args);
        } catch (error) {
          throw unavailable(error, args.request);
        }
      }
      if (resource) throw new Response(plainMessage(edge.problem), { status: edge.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
      return null;
    };
    routes[id] = { ...route, module: { ...route.module, loader: guarded } };
  }
  return { ...build, routes };
}

/** Both languages, for answers without a page (data requests, resource routes). */
function plainMessage(problem: EdgeProblem | "unavailable"): string {
  if (problem === "notFound") return `${nl.errors.notFound}\n\n${en.errors.notFound}\n`;
  if (problem === "unavailable") return `${nl.errors.unavailable}\n\n${en.errors.unavailable}\n`;
  const key = EDGE_MESSAGES[problem].text.split(".").pop() as keyof typeof nl.errors.edge;
  return `${nl.errors.edge[key]}\n\n${en.errors.edge[key]}\n`;
}

/**
 * The URL Remix sees, as @remix-run/express builds it (host and port from X-Forwarded-Host or Host); null when the
 * Host header or the request target (absolute-form, "*") does not make a URL, where the adapter threw (a 500).
 */
function requestUrl(req: express.Request): URL | null {
  if (!req.originalUrl.startsWith("/")) return null;
  const [, forwardedPort] = req.get("X-Forwarded-Host")?.split(":") ?? [];
  const [, hostPort] = req.get("host")?.split(":") ?? [];
  const port = [forwardedPort, hostPort].map((p) => Number.parseInt(p, 10)).find((p) => Number.isSafeInteger(p));
  try {
    return new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  } catch {
    return null;
  }
}

/** Where to render the refusal of a request without a usable URL: this server's own address, the home page. */
const ownUrl = (req: express.Request) => new URL(`http://127.0.0.1:${req.socket.localPort ?? 80}/`);

/** The request headers as Fetch headers (as @remix-run/express makes them). */
function createRemixHeaders(incoming: IncomingMessage["headers"]): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(incoming)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  const cookie = headers.get("Cookie");
  if (cookie !== null) {
    const clean = cleanCookieHeader(cookie);
    if (clean) headers.set("Cookie", clean);
    else headers.delete("Cookie");
  }
  return headers;
}

/**
 * Send a Fetch response (as @remix-run/express does): every header appended (several Set-Cookie stay separate),
 * an event stream flushed at once, the body streamed.
 */
async function sendRemixResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.headers.get("Content-Type")?.match(/text\/event-stream/i)) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

const isDataRequest = (url: URL) => url.pathname.endsWith(".data") || url.searchParams.has("_data");
const SAFE = new Set(["GET", "HEAD"]);

/**
 * The express handler that serves the Remix build through the edge. With a page cache, an anonymous GET of a page is
 * answered from it when it can be (server/page-cache.ts), and every request that may have written data (an unsafe
 * method, or an answer that sets a cookie) makes the cached pages stale.
 */
export function createEdgeHandler(options: { build: ServerBuild; mode?: string; pageCache?: PageCache }): express.RequestHandler {
  const handleRequest = createRequestHandler(guardBuild(options.build), options.mode);
  const pageCache = options.pageCache?.enabled ? options.pageCache : null;

  return async (req, res, next) => {
    // Abort loaders and actions once the response can no longer be written (as @remix-run/express does).
    let controller: AbortController | null = new AbortController();
    res.on("finish", () => (controller = null));
    res.on("close", () => controller?.abort());
    const signal = controller.signal;

    const render = async (url: URL, method: string, headers: Headers, body: string | undefined) => {
      const request = new Request(url.href, { method, headers, body, signal });
      const response = await handleRequest(request);
      if (response.headers.has("Set-Cookie")) noteWrite();
      await sendRemixResponse(res, response);
    };

    /** An anonymous page: from the cache, or rendered (and kept when it is one of the anonymous pages). */
    const renderCached = async (cache: PageCache, key: string, url: URL, headers: Headers) => {
      const ifNoneMatch = headers.get("If-None-Match");
      const hit = cache.serve(key, randomBytes(16).toString("base64"), ifNoneMatch);
      if (hit) {
        res.status(hit.status);
        for (const [name, value] of hit.headers) res.append(name, value);
        res.setHeader("X-Page-Cache", "hit");
        res.end(hit.body ?? undefined);
        return;
      }
      // Rendered whole even when the browser has the page, so that it can be kept; the 304 is decided here.
      headers.delete("If-None-Match");
      const generation = pageGeneration();
      const response = await handleRequest(new Request(url.href, { method: "GET", headers, signal }));
      if (!storable(response.status, response.headers)) {
        if (response.headers.has("Set-Cookie")) noteWrite();
        return await sendRemixResponse(res, response);
      }
      const html = await response.text();
      cache.keep(key, generation, response.status, response.headers, html);
      res.setHeader("X-Page-Cache", "miss");
      if (etagMatches(ifNoneMatch, response.headers.get("ETag")!)) {
        const notModified = new Headers();
        for (const name of NOT_MODIFIED_HEADERS) notModified.set(name, response.headers.get(name)!);
        return await sendRemixResponse(res, new Response(null, { status: 304, headers: notModified }));
      }
      await sendRemixResponse(res, new Response(html, { status: response.status, headers: response.headers }));
    };

    /** Refuse: the normal page of the same URL (as a GET) with the refusal, or a short text for a data POST. */
    const refuse = async (url: URL, problem: EdgeProblem) => {
      const status = EDGE_STATUS[problem];
      const unsafe = !SAFE.has(req.method);
      // An unread (or unwanted) body is not drained: the connection closes after the answer.
      if (unsafe) res.setHeader("Connection", "close");
      if (unsafe && isDataRequest(url)) {
        res.status(status).type("text/plain").send(plainMessage(problem));
        return;
      }
      const headers = createRemixHeaders(req.headers);
      for (const h of ["content-type", "content-length", "transfer-encoding"]) headers.delete(h);
      const edgeError = { status, problem };
      const page = (href: string) => handleRequest(new Request(href, { method: req.method === "HEAD" ? "HEAD" : "GET", headers, signal }), { edgeError });
      const isPage = (r: Response) => r.status === status && /^text\/html/.test(r.headers.get("Content-Type") ?? "");
      const response = await page(url.href);
      if (isPage(response) || !unsafe) return await sendRemixResponse(res, response);
      await response.body?.cancel();
      // A form posted to a resource route (/taal, /uitloggen) has no page of its own: show the home page's frame
      // with the message, as static HTML (its scripts would hydrate the home page at this URL).
      const home = await page(new URL("/", url).href);
      if (!isPage(home)) {
        await home.body?.cancel();
        res.status(status).type("text/plain").send(plainMessage(problem));
        return;
      }
      const html = (await home.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<link rel="modulepreload"[^>]*>/gi, "");
      home.headers.delete("Content-Length");
      await sendRemixResponse(res, new Response(html, { status, headers: home.headers }));
    };

    try {
      const url = requestUrl(req);
      if (!url) return await refuse(ownUrl(req), "badAddress");
      const address = addressProblem(req.originalUrl);
      if (address) return await refuse(url, address);
      const headers = createRemixHeaders(req.headers);
      if (SAFE.has(req.method)) {
        const key = pageCache && !isDataRequest(url) ? pageCacheKey(req.method, url, headers.get("Cookie")) : null;
        if (pageCache && key) return await renderCached(pageCache, key, url, headers);
        return await render(url, req.method, headers, undefined);
      }
      // This request may have written: cached pages start over once it is done, unless it was refused (4xx).
      res.once("close", () => (res.statusCode >= 400 && res.statusCode < 500 ? undefined : noteWrite()));

      const result = await readForm(req, BODY_LIMITS[bodyKindOf(url.pathname)]);
      if (!result.ok) {
        if (result.problem === "aborted") {
          // The client went away mid-body: nobody to answer.
          req.socket.destroy();
          return;
        }
        return await refuse(url, result.problem);
      }
      const body = result.form.toString();
      headers.set("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
      headers.set("Content-Length", String(Buffer.byteLength(body)));
      headers.delete("Transfer-Encoding");
      await render(url, req.method, headers, body);
    } catch (error) {
      next(error);
    }
  };
}
