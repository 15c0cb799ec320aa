/**
 * The page cache (ADR 0030): rendered HTML of anonymous public pages, kept in this process and served again without
 * running loaders or React. What a page shows depends only on its URL, the language cookie and the visitor's session
 * (server/request-edge.ts hands this cache only GET documents whose only cookie is the language). A page is kept
 * when entry.server rendered it whole for revalidation (200, a weak ETag, `Cache-Control: private, no-cache`, no
 * cookie set): exactly the anonymous pages, never a signed-in page (no-store) or a form's answer.
 *
 * - Fresh nonce per response: the HTML is kept cut at its CSP nonce and joined with a new one on every serve, so a
 *   served page is byte for byte what a render would give, with its own nonce and policy.
 * - Invalidation: each entry is tagged with the generation it was rendered at: the index generation (bumped when the
 *   outbox worker applies a batch or the indexes are rebuilt, search/generation.ts) and this module's write generation,
 *   bumped after every request that may have changed data (any POST or other unsafe method, any response that set a
 *   cookie). A render that overlapped a bump is served but not kept. In a WEB_CONCURRENCY cluster the bumps reach
 *   every HTTP process (shared/cluster-bus.ts). Entries also expire after MAX_AGE_MS: several separate processes on
 *   one database do not see each other's writes, and some text depends on the time of day.
 * - Bounded by bytes (PAGE_CACHE_MB, default 32; 0 turns the cache off), least recently used out first.
 * - Kept from the second view on: the first render of an address only notes it (a hash, for ten minutes), so
 *   addresses asked once (a unique search, a crawler's walk through pages) neither push out the pages people visit
 *   again nor fill the heap with pages nobody asks for twice. A page that was kept and went stale is noted as seen.
 */
import { createHash } from "node:crypto";
import { publish, subscribe } from "../shared/cluster-bus";
import { indexGeneration } from "../search/generation";
import { contentSecurityPolicy, etagMatches, nonceOf, NOT_MODIFIED_HEADERS } from "../app/utils/document-headers.server";

export const MAX_AGE_MS = 30_000;
const DEFAULT_MB = 32;
/** How long an address's first view counts towards keeping its second, and how many such notes are held. */
const SEEN_MS = 10 * 60_000;
const MAX_SEEN = 10_000;
/** A page larger than this is not kept (no public page comes near; one huge URL must not empty the cache). */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/** The language cookie's name (app/i18n/locale.server.ts); any other cookie makes a request uncacheable. */
const LANGUAGE_COOKIE = "lng";

interface Entry {
  /** The HTML cut at its nonce: parts.join(nonce) is the page. */
  parts: string[];
  status: number;
  headers: [string, string][];
  etag: string;
  generation: string;
  at: number;
  bytes: number;
}

export interface CachedPage {
  status: number;
  headers: [string, string][];
  body: string | null;
}

const holder = globalThis as { __opgavenmarktWriteGeneration?: number; __opgavenmarktWritesWired?: boolean };
const writeGeneration = () => holder.__opgavenmarktWriteGeneration ?? 0;
const bumpWrites = () => (holder.__opgavenmarktWriteGeneration = writeGeneration() + 1);
if (!holder.__opgavenmarktWritesWired) {
  holder.__opgavenmarktWritesWired = true;
  subscribe("page-writes", () => void bumpWrites());
}

/** Data may have changed: every page cache of this process (and of the cluster's other processes) starts over. */
export function noteWrite(): void {
  bumpWrites();
  publish({ kind: "page-writes" });
}

/** What a kept page must have been rendered at to be served. */
export const pageGeneration = () => `${indexGeneration()}:${writeGeneration()}`;

/**
 * The cache key of a request, or null when its answer may depend on more than its URL and language: anything but a
 * GET, or a Cookie header with any cookie other than the language (a session, a half-finished sign-in).
 */
export function pageCacheKey(method: string, url: URL, cookieHeader: string | null): string | null {
  if (method !== "GET") return null;
  let language = "";
  for (const pair of (cookieHeader ?? "").split(";")) {
    const trimmed = pair.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf("=");
    const name = eq === -1 ? trimmed : trimmed.slice(0, eq);
    if (name !== LANGUAGE_COOKIE) return null;
    language = trimmed.slice(eq + 1);
  }
  return `${language} ${url.href}`;
}

export function pageCacheBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PAGE_CACHE_MB;
  const mb = raw === undefined || raw === "" ? DEFAULT_MB : Number(raw);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`PAGE_CACHE_MB must be a number of megabytes (0 turns the page cache off), not "${raw}"`);
  return Math.floor(mb * 1024 * 1024);
}

export class PageCache {
  private entries = new Map<string, Entry>();
  /** Addresses rendered once, by hash (a key can be long), with when. */
  private seen = new Map<string, number>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled() {
    return this.maxBytes > 0;
  }

  get size() {
    return this.entries.size;
  }

  get storedBytes() {
    return this.bytes;
  }

  /**
   * The page for `key` with a fresh nonce (or a 304 when `ifNoneMatch` names it), or null when there is none that
   * is current.
   */
  serve(key: string, nonce: string, ifNoneMatch: string | null): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry || entry.generation !== pageGeneration() || this.now() - entry.at >= MAX_AGE_MS) {
      if (entry) {
        this.remove(key, entry);
        this.note(key); // asked for again: keep its next render
      }
      this.misses++;
      return null;
    }
    this.hits++;
    this.entries.delete(key); // most recently used goes to the end
    this.entries.set(key, entry);
    if (etagMatches(ifNoneMatch, entry.etag)) {
      const kept = new Set<string>(NOT_MODIFIED_HEADERS.map((h) => h.toLowerCase()));
      return { status: 304, headers: entry.headers.filter(([name]) => kept.has(name)), body: null };
    }
    return {
      status: entry.status,
      headers: [...entry.headers, ["content-security-policy", contentSecurityPolicy(nonce)]],
      body: entry.parts.join(nonce),
    };
  }

  /**
   * Keep a rendered page when it is one of the anonymous pages rendered whole (see the module comment) and nothing
   * was written while it rendered (`generation`: pageGeneration() when the render started). Returns whether it was kept.
   */
  keep(key: string, generation: string, status: number, headers: Headers, html: string): boolean {
    if (!this.enabled || !storable(status, headers) || generation !== pageGeneration()) return false;
    const nonce = nonceOf(headers.get("Content-Security-Policy"));
    const bytes = html.length * 2 + key.length * 2;
    if (!nonce || bytes > Math.min(MAX_ENTRY_BYTES, this.maxBytes) || this.note(key)) return false;
    const kept: [string, string][] = [];
    for (const [name, value] of headers) if (name !== "content-security-policy") kept.push([name, value]);
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { parts: html.split(nonce), status, headers: kept, etag: headers.get("ETag")!, generation, at: this.now(), bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest, entry);
    }
    return true;
  }

  clear() {
    this.entries.clear();
    this.seen.clear();
    this.bytes = 0;
  }

  /** Note a view of `key`; true when this is its first in SEEN_MS (so it is not kept yet), false when seen before. */
  private note(key: string): boolean {
    const hash = createHash("sha1").update(key).digest("base64url");
    const now = this.now();
    const at = this.seen.get(hash);
    this.seen.delete(hash);
    if (at !== undefined && now - at < SEEN_MS) return false;
    this.seen.set(hash, now);
    while (this.seen.size > MAX_SEEN) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  private remove(key: string, entry: Entry) {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/** Rendered whole for revalidation by entry.server: an anonymous page (see revalidates there). */
export function storable(status: number, headers: Headers): boolean {
  return (
    status === 200 &&
    headers.has("ETag") &&
    headers.get("Cache-Control") === "private, no-cache" &&
    !headers.has("Set-Cookie") &&
    /^text\/html\b/.test(headers.get("Content-Type") ?? "")
  );
}
