/**
 * The page cache (server/page-cache.ts, ADR 0030): the cache on its own (keys, nonces, generations, expiry, bounds),
 * and through the real express app in production mode against the test stack (hits, what bypasses it, what makes it
 * start over). Needs the build (npm test builds before vitest).
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppEnv } from "../app/test/route-harness";

process.env.NODE_ENV = "production";
delete process.env.INSECURE_COOKIES;
delete process.env.PAGE_CACHE_MB;
setupAppEnv();
const { getDb } = await import("../app/domain/db.server");
const s = await import("../db/schema");
const { createSessionCookie } = await import("../app/domain/auth/session.server");
const { bumpIndexGeneration } = await import("../search/generation");
const { closeHttpServer, startHttpServer } = await import("./http");
const { MAX_AGE_MS, PageCache, noteWrite, pageCacheBytes, pageCacheKey, pageGeneration } = await import("./page-cache");

const url = new URL("http://opgavenmarkt.test/opgaven?q=energie");
const NONCE = "bm9uY2Utb25lLXR3by10aHJlZQ==";
const html = `<!DOCTYPE html><html><body><script nonce="${NONCE}">1</script><script nonce="${NONCE}" type="module">2</script></body></html>`;
const anonymousHeaders = () =>
  new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": `default-src 'self'; script-src 'self' 'nonce-${NONCE}'`,
    ETag: 'W/"abc"',
    "Cache-Control": "private, no-cache",
    Vary: "Cookie",
  });

/** Keep a page the way a second view does (the first only notes the address). */
const put = (cache: InstanceType<typeof PageCache>, key: string, headers = anonymousHeaders(), generation = pageGeneration()) => {
  cache.keep(key, generation, 200, headers, html);
  return cache.keep(key, generation, 200, headers, html);
};

describe("the cache on its own", () => {
  it("keys a GET by language and URL, and refuses any other method or cookie", () => {
    expect(pageCacheKey("GET", url, null)).toBe(` ${url.href}`);
    expect(pageCacheKey("GET", url, "lng=ImVuIg%3D%3D")).toBe(`ImVuIg%3D%3D ${url.href}`);
    expect(pageCacheKey("GET", url, "lng=ImVuIg%3D%3D")).not.toBe(pageCacheKey("GET", url, "lng=Im5sIg%3D%3D"));
    expect(pageCacheKey("HEAD", url, null)).toBeNull();
    expect(pageCacheKey("POST", url, null)).toBeNull();
    expect(pageCacheKey("GET", url, "session=abc")).toBeNull();
    expect(pageCacheKey("GET", url, "lng=ImVuIg%3D%3D; __Host-session=abc")).toBeNull();
    expect(pageCacheKey("GET", url, "pending2fa")).toBeNull();
  });

  it("serves a kept page with a new nonce each time, and a 304 when the browser has it", () => {
    const cache = new PageCache(1024 * 1024);
    const key = pageCacheKey("GET", url, null)!;
    expect(cache.serve(key, "x", null)).toBeNull();
    expect(put(cache, key)).toBe(true);
    const hit = cache.serve(key, "fresh-nonce", null)!;
    expect(hit.status).toBe(200);
    expect(hit.body).toBe(html.replaceAll(NONCE, "fresh-nonce"));
    const headers = new Map(hit.headers);
    expect(headers.get("content-security-policy")).toContain("'nonce-fresh-nonce'");
    expect(hit.headers.filter(([name]) => name === "content-security-policy")).toHaveLength(1);
    expect(headers.get("etag")).toBe('W/"abc"');
    const notModified = cache.serve(key, "another", 'W/"abc"')!;
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    expect(new Map(notModified.headers).has("content-security-policy")).toBe(false);
    expect(new Map(notModified.headers).get("etag")).toBe('W/"abc"');
  });

  it("keeps only anonymous pages rendered whole: not a cookie being set, no-store, another status, or no nonce", () => {
    const cache = new PageCache(1024 * 1024);
    const key = pageCacheKey("GET", url, null)!;
    const variants: [number, (h: Headers) => void][] = [
      [200, (h) => h.append("Set-Cookie", "lng=x")],
      [200, (h) => h.set("Cache-Control", "private, no-store")],
      [200, (h) => h.delete("ETag")],
      [200, (h) => h.set("Content-Type", "application/json")],
      [200, (h) => h.set("Content-Security-Policy", "default-src 'self'")],
      [404, () => {}],
    ];
    for (const [status, change] of variants) {
      const headers = anonymousHeaders();
      change(headers);
      cache.keep(key, pageGeneration(), status, headers, html);
      expect(cache.keep(key, pageGeneration(), status, headers, html)).toBe(false);
    }
    expect(cache.size).toBe(0);
  });

  it("keeps an address from its second view on", () => {
    const cache = new PageCache(1024 * 1024);
    const key = pageCacheKey("GET", url, null)!;
    expect(cache.keep(key, pageGeneration(), 200, anonymousHeaders(), html)).toBe(false);
    expect(cache.serve(key, "n", null)).toBeNull();
    expect(cache.keep(key, pageGeneration(), 200, anonymousHeaders(), html)).toBe(true);
    expect(cache.serve(key, "n", null)).not.toBeNull();
    const other = pageCacheKey("GET", new URL("http://o.test/once"), null)!;
    expect(cache.keep(other, pageGeneration(), 200, anonymousHeaders(), html)).toBe(false);
    expect(cache.size).toBe(1);
  });

  it("starts over when the index changes or data is written, and does not keep a render that overlapped a write", () => {
    const cache = new PageCache(1024 * 1024);
    const key = pageCacheKey("GET", url, null)!;
    put(cache, key);
    bumpIndexGeneration();
    expect(cache.serve(key, "n", null)).toBeNull();
    // A kept page that went stale was asked for again: its next render is kept at once.
    expect(cache.keep(key, pageGeneration(), 200, anonymousHeaders(), html)).toBe(true);
    expect(cache.serve(key, "n", null)).not.toBeNull();
    noteWrite();
    expect(cache.serve(key, "n", null)).toBeNull();
    const startedAt = pageGeneration();
    noteWrite(); // a POST finished while the page rendered
    expect(cache.keep(key, startedAt, 200, anonymousHeaders(), html)).toBe(false);
    expect(cache.serve(key, "n", null)).toBeNull();
  });

  it("lets an entry expire after MAX_AGE_MS", () => {
    let now = 1_000_000;
    const cache = new PageCache(1024 * 1024, () => now);
    const key = pageCacheKey("GET", url, null)!;
    put(cache, key);
    now += MAX_AGE_MS - 1;
    expect(cache.serve(key, "n", null)).not.toBeNull();
    now += 1;
    expect(cache.serve(key, "n", null)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("holds at most its bytes, least recently used out first", () => {
    const entryBytes = html.length * 2 + pageCacheKey("GET", new URL("http://o.test/p/0"), null)!.length * 2;
    const cache = new PageCache(entryBytes * 3);
    const keyOf = (i: number) => pageCacheKey("GET", new URL(`http://o.test/p/${i}`), null)!;
    for (let i = 0; i < 3; i++) put(cache, keyOf(i));
    expect(cache.serve(keyOf(0), "n", null)).not.toBeNull(); // 0 is now the most recently used
    put(cache, keyOf(3));
    expect(cache.size).toBe(3);
    expect(cache.storedBytes).toBeLessThanOrEqual(entryBytes * 3);
    expect(cache.serve(keyOf(1), "n", null)).toBeNull();
    expect(cache.serve(keyOf(0), "n", null)).not.toBeNull();
    expect(cache.serve(keyOf(3), "n", null)).not.toBeNull();
  });

  it("takes its size from PAGE_CACHE_MB (0 turns it off) and refuses a value that is not a size", () => {
    expect(pageCacheBytes({})).toBe(32 * 1024 * 1024);
    expect(pageCacheBytes({ PAGE_CACHE_MB: "0" })).toBe(0);
    expect(new PageCache(pageCacheBytes({ PAGE_CACHE_MB: "0" })).enabled).toBe(false);
    expect(() => pageCacheBytes({ PAGE_CACHE_MB: "veel" })).toThrow(/PAGE_CACHE_MB/);
    expect(() => pageCacheBytes({ PAGE_CACHE_MB: "-1" })).toThrow(/PAGE_CACHE_MB/);
  });
});

describe("through the HTTP server", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const english = "lng=ImVuIg%3D%3D";
  let server: Server;
  let base = "";
  let userId = "";

  beforeAll(async () => {
    server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    userId = `pc-${Math.random().toString(36).slice(2, 8)}`;
    await getDb().insert(s.users).values({ id: userId, email: `${userId}@test.example`, name: "Page Cache", passwordHash: "x", emailVerifiedAt: new Date() });
  });
  afterAll(async () => {
    if (server) await closeHttpServer(server);
  });

  const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { headers, redirect: "manual" });
  const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

  it("serves an anonymous page again from memory: the same page with its own nonce, policy and ETag", async () => {
    noteWrite();
    for (const p of ["/", "/opgaven", "/opgaven?q=energie", "/oplossingen"]) {
      await (await get(p)).text(); // the first view only notes the address
      const first = await get(p);
      const firstHtml = await first.text();
      expect(first.status, p).toBe(200);
      expect(first.headers.get("x-page-cache"), p).toBe("miss");
      const second = await get(p);
      const secondHtml = await second.text();
      expect(second.headers.get("x-page-cache"), p).toBe("hit");
      expect(nonceOf(second)).toBeTruthy();
      expect(nonceOf(second)).not.toBe(nonceOf(first));
      for (const tag of [...secondHtml.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])) expect(tag).toContain(`nonce="${nonceOf(second)}"`);
      expect(secondHtml.replaceAll(nonceOf(second)!, "")).toBe(firstHtml.replaceAll(nonceOf(first)!, ""));
      expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(second.headers.get("cache-control")).toBe("private, no-cache");
      expect(second.headers.get("x-content-type-options")).toBe("nosniff");
      expect(second.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");

      const notModified = await get(p, { "If-None-Match": first.headers.get("etag")! });
      expect(notModified.status, p).toBe(304);
      expect(notModified.headers.get("content-security-policy"), p).toBeNull();
    }
  });

  it("answers 304 to a browser that has the page even when the page was not in the cache, and keeps it", async () => {
    await (await get("/opgaven?q=water")).text();
    const first = await get("/opgaven?q=water");
    await first.text();
    noteWrite();
    const again = await get("/opgaven?q=water", { "If-None-Match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-page-cache")).toBe("miss");
    expect((await get("/opgaven?q=water")).headers.get("x-page-cache")).toBe("hit");
  });

  it("keeps each language apart", async () => {
    noteWrite();
    for (let i = 0; i < 2; i++) await (await get("/opgaven")).text();
    await (await get("/opgaven", { Cookie: english })).text();
    const en = await get("/opgaven", { Cookie: english });
    expect(en.headers.get("x-page-cache")).toBe("miss");
    expect(await en.text()).toContain('lang="en"');
    const enAgain = await get("/opgaven", { Cookie: english });
    expect(enAgain.headers.get("x-page-cache")).toBe("hit");
    expect(await enAgain.text()).toContain('lang="en"');
    const nlAgain = await get("/opgaven");
    expect(await nlAgain.text()).toContain('lang="nl"');
  });

  it("is bypassed by a signed-in visitor, any other cookie, a data request and a HEAD", async () => {
    await (await get("/opgaven")).text();
    const session = (await createSessionCookie(userId)).split(";")[0];
    const signedIn = await get("/opgaven", { Cookie: session });
    expect(signedIn.headers.get("x-page-cache")).toBeNull();
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    await signedIn.text();
    expect((await get("/opgaven", { Cookie: "other=1" })).headers.get("x-page-cache")).toBeNull();
    expect((await get("/opgaven.data")).headers.get("x-page-cache")).toBeNull();
    expect((await fetch(`${base}/opgaven`, { method: "HEAD" })).headers.get("x-page-cache")).toBeNull();
  });

  it("starts over after a POST that went through, and after the index changed; not after a refused POST", async () => {
    const warm = async () => {
      for (let i = 0; i < 2; i++) await (await get("/opgaven")).text();
      expect((await get("/opgaven")).headers.get("x-page-cache")).toBe("hit");
    };
    await warm();
    // A language switch is a real form POST (it sets a cookie and redirects).
    const posted = await fetch(`${base}/taal`, {
      method: "POST",
      body: new URLSearchParams({ locale: "en", redirectTo: "/opgaven" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
      redirect: "manual",
    });
    expect(posted.status).toBeLessThan(400);
    await posted.text();
    expect((await get("/opgaven")).headers.get("x-page-cache")).toBe("miss");

    await warm();
    bumpIndexGeneration();
    expect((await get("/opgaven")).headers.get("x-page-cache")).toBe("miss");

    await warm();
    const refused = await fetch(`${base}/taal`, {
      method: "POST",
      body: "x",
      headers: { "Content-Type": "application/json", Origin: base },
      redirect: "manual",
    });
    expect(refused.status).toBe(415);
    await refused.text();
    expect((await get("/opgaven")).headers.get("x-page-cache")).toBe("hit");
  });

  it("serves a challenge page (with its suggestions) from memory until the index changes", async () => {
    const [challenge] = await getDb()
      .select({ slug: s.challenges.slug })
      .from(s.challenges)
      .where(eq(s.challenges.status, "published"))
      .limit(1);
    const page = `/opgaven/${challenge!.slug}`;
    noteWrite();
    for (let i = 0; i < 2; i++) {
      const view = await get(page);
      expect(view.status).toBe(200);
      expect(view.headers.get("x-page-cache")).toBe("miss");
      await view.text();
    }
    expect((await get(page)).headers.get("x-page-cache")).toBe("hit");
    bumpIndexGeneration();
    expect((await get(page)).headers.get("x-page-cache")).toBe("miss");
  });
});
