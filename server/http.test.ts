/**
 * The HTTP layer in production mode, through the real express app (server/http.ts) on a free port against the test
 * stack: security headers on every response, a CSP nonce per document, HSTS only in production, the CSRF check,
 * the __Host- session cookie and no-store on signed-in pages. Needs the build (npm test builds before vitest).
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppEnv } from "../app/test/route-harness";

process.env.NODE_ENV = "production";
delete process.env.INSECURE_COOKIES;
setupAppEnv();
const s = await import("../db/schema");
const { getDb } = await import("../app/domain/db.server");
const { hashPassword } = await import("../app/domain/auth/password.server");
const { getLucia } = await import("../app/domain/auth/lucia.server");
const { createSessionCookie } = await import("../app/domain/auth/session.server");
const { closeHttpServer, startHttpServer } = await import("./http");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const suffix = Math.random().toString(36).slice(2, 8);
const email = `http-${suffix}@test.example`;
const PASSWORD = "een lang wachtwoord voor http";
let server: Server;
let base = "";
let userId = "";

beforeAll(async () => {
  server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userId = `http-${suffix}`;
  await getDb().insert(s.users).values({ id: userId, email, name: "Http Test", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() });
});
afterAll(async () => {
  if (server) await closeHttpServer(server);
});

const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { headers, redirect: "manual" });
const postForm = (p: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${base}${p}`, {
    method: "POST",
    body: new URLSearchParams(form),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    redirect: "manual",
  });

function expectBaseHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(res.headers.get("permissions-policy")).toContain("camera=()");
  expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(res.headers.get("x-powered-by")).toBeNull();
}

describe("session cookie in production (ASVS 3.4)", () => {
  it("uses the __Host- prefix with Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain", () => {
    const cookie = getLucia().createSessionCookie("abc").serialize();
    expect(cookie).toMatch(/^__Host-session=abc;/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(getLucia().createBlankSessionCookie().serialize()).toMatch(/^__Host-session=;.*Secure/);
  });

  it("a real login over HTTP sets that cookie", async () => {
    const res = await postForm("/inloggen", { email, password: PASSWORD }, { Origin: base });
    expect(res.status).toBe(302);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("__Host-session=") && !c.startsWith("__Host-session=;"));
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).not.toMatch(/Domain=/i);
  });
});

describe("security headers (ASVS 14.4)", () => {
  it("every response carries them: a page, a static file, a 404 and a rejected POST", async () => {
    for (const res of [await get("/"), await get("/favicon.svg"), await get("/bestaat-niet"), await postForm("/taal", {}, { Origin: "https://evil.example" })]) {
      expectBaseHeaders(res);
    }
  });

  it("a page's CSP has a fresh nonce per response that matches its scripts, and no unsafe-inline", async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await get("/");
      const csp = res.headers.get("content-security-policy") ?? "";
      const nonce = csp.match(/script-src 'self' 'nonce-([^']+)'/)?.[1];
      expect(nonce).toBeTruthy();
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("object-src 'none'");
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("sends HSTS in production only", async () => {
    expect((await get("/")).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    process.env.NODE_ENV = "development";
    try {
      expect((await get("/healthz")).headers.get("strict-transport-security")).toBeNull();
    } finally {
      process.env.NODE_ENV = "production";
    }
  });
});

describe("CSRF check (OWASP: Fetch Metadata, then Origin or Referer)", () => {
  const forgot = (headers: Record<string, string>) => postForm("/wachtwoord-vergeten", { email }, headers);

  it("lets a same-origin POST through: by Origin, by Referer, or by Sec-Fetch-Site alone", async () => {
    expect((await forgot({ Origin: base })).status).toBe(200);
    expect((await forgot({ Origin: base, "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
    expect((await forgot({ Referer: `${base}/wachtwoord-vergeten` })).status).toBe(200);
    expect((await forgot({ "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
    expect((await forgot({ "Sec-Fetch-Site": "none" })).status).toBe(200);
  });

  it.each([
    ["a foreign Origin", { Origin: "https://evil.example" }],
    ["Origin: null (sandboxed frame, data: URL)", { Origin: "null" }],
    ["no Origin, Referer or Sec-Fetch-Site", {}],
    ["a foreign Referer", { Referer: "https://evil.example/page" }],
    ["a Referer on another port", { Referer: `${base.replace(/:\d+$/, ":1")}/x` }],
    ["a malformed Origin", { Origin: "not a url" }],
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site", Origin: base }],
    ["Sec-Fetch-Site: same-site (a sibling subdomain)", { "Sec-Fetch-Site": "same-site", Origin: base }],
    ["same-origin Fetch Metadata with a foreign Origin", { "Sec-Fetch-Site": "same-origin", Origin: "https://evil.example" }],
  ])("refuses a POST with %s: 403 with a Dutch and English page", async (_label, headers) => {
    const res = await forgot({ Accept: "text/html", ...(headers as Record<string, string>) });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain("Verzoek geweigerd");
    expect(html).toContain('lang="en"');
    expect(html).toContain("Request refused");
    expect(html).not.toContain("evil.example");
  });

  it("also refuses single-fetch data POSTs, and logs every refusal as a security event", async () => {
    const res = await postForm("/wachtwoord-vergeten.data", { email }, { Origin: "null" });
    expect(res.status).toBe(403);
    const { eq } = await import("drizzle-orm");
    const rows = await getDb().select().from(s.securityEvents).where(eq(s.securityEvents.event, "security.csrf_rejected"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => (r.data as { path?: string }).path === "/wachtwoord-vergeten.data")).toBe(true);
  });

  it("leaves safe methods alone", async () => {
    expect((await get("/inloggen", { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" })).status).toBe(200);
  });
});

describe("redirect targets over HTTP (ASVS 5.1.5)", () => {
  // The request edge strips NUL from form values before the app sees them (ADR 0017): what is left of "/opgaven\0"
  // is a plain same-site path. A value just under the login form's body limit is too long to be a target.
  it.each([
    ["/\t/evil.example", "/"],
    ["/x\r\nSet-Cookie: a=b", "/"],
    ["/opgaven\u0000", "/opgaven"],
    [`/${"a".repeat(60_000)}`, "/"],
  ])("a login with a hostile redirectTo lands on this site with a session cookie, never a 500 (%#)", async (target, landing) => {
    const res = await postForm("/inloggen", { email, password: PASSWORD, redirectTo: target }, { Origin: base });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(landing);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("__Host-session=") && !c.startsWith("__Host-session=;"))).toBe(true);
  });

  it("a login whose body is over the limit (a 100 KB redirectTo) is refused with 413 before it is read, and signs nobody in", async () => {
    const res = await postForm("/inloggen", { email, password: PASSWORD, redirectTo: `/${"a".repeat(100_000)}` }, { Origin: base });
    expect(res.status).toBe(413);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.getSetCookie().some((c) => c.startsWith("__Host-session=") && !c.startsWith("__Host-session=;"))).toBe(false);
  });
});

describe("login limit over HTTP (ASVS 2.2.1)", () => {
  it("a 429 carries Retry-After on the document POST and on the single-fetch data POST", async () => {
    const target = `http-limited-${suffix}@test.example`;
    for (let i = 0; i < 10; i++) {
      expect((await postForm("/inloggen", { email: target, password: "wrong password!" }, { Origin: base })).status).toBe(401);
    }
    const doc = await postForm("/inloggen", { email: target, password: "wrong password!" }, { Origin: base });
    expect(doc.status).toBe(429);
    expect(doc.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await doc.text()).toContain("Te veel inlogpogingen");
    const dataReq = await postForm("/inloggen.data", { email: target, password: "wrong password!" }, { Origin: base });
    expect(dataReq.status).toBe(429);
    expect(dataReq.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("caching of signed-in pages (ASVS 8.2.1)", () => {
  it("answers Cache-Control: no-store for a signed-in visitor, on pages and their data requests", async () => {
    const cookie = (await createSessionCookie(userId)).split(";")[0];
    for (const p of ["/", "/account", "/opgaven", "/_root.data"]) {
      const res = await get(p, { Cookie: cookie });
      expect(res.status, p).toBe(200);
      expect(res.headers.get("cache-control"), p).toContain("no-store");
    }
  });
});

describe("revalidation of anonymous public pages (ADR 0029)", () => {
  const english = "lng=ImVuIg%3D%3D";

  it("gives an anonymous page a weak ETag over its HTML without the nonce, and answers 304 to it without a body or a CSP", async () => {
    for (const p of ["/", "/opgaven", "/opgaven?q=energie&thema=energietransitie"]) {
      const first = await get(p);
      const firstHtml = await first.text();
      const second = await get(p);
      const secondHtml = await second.text();
      expect(first.status, p).toBe(200);
      const etag = first.headers.get("etag")!;
      expect(etag, p).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      expect(first.headers.get("cache-control"), p).toBe("private, no-cache");
      expect(first.headers.get("vary"), p).toMatch(/Cookie/);
      // Each response has its own nonce (in the policy and the HTML), and still the same ETag.
      const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
      expect(nonceOf(first)).toBeTruthy();
      expect(nonceOf(first)).not.toBe(nonceOf(second));
      expect(firstHtml).toContain(`nonce="${nonceOf(first)}"`);
      expect(secondHtml.replaceAll(nonceOf(second)!, "")).toBe(firstHtml.replaceAll(nonceOf(first)!, ""));
      expect(second.headers.get("etag"), p).toBe(etag);

      const again = await get(p, { "If-None-Match": etag });
      expect(again.status, p).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe("private, no-cache");
      // The stored page keeps its stored policy: a 304 with a policy (a new nonce, or the fallback) would replace it.
      expect(again.headers.get("content-security-policy"), p).toBeNull();

      const other = await get(p, { "If-None-Match": 'W/"something-else"' });
      expect(other.status, p).toBe(200);
      expect(other.headers.get("content-security-policy")).toContain("'nonce-");
    }
  });

  it("another language is another page: the Dutch ETag does not match the English page", async () => {
    const nl = await get("/opgaven");
    const en = await get("/opgaven", { Cookie: english, "If-None-Match": nl.headers.get("etag")! });
    expect(en.status).toBe(200);
    expect(await en.text()).toContain('lang="en"');
    expect(en.headers.get("etag")).not.toBe(nl.headers.get("etag"));
  });

  it("never for a signed-in visitor: no ETag, no 304, even when the anonymous page's ETag is sent", async () => {
    const cookie = (await createSessionCookie(userId)).split(";")[0];
    for (const p of ["/", "/opgaven"]) {
      const anonymous = await get(p);
      const res = await get(p, { Cookie: cookie, "If-None-Match": anonymous.headers.get("etag")! });
      expect(res.status, p).toBe(200);
      expect(res.headers.get("etag"), p).toBeNull();
      expect(res.headers.get("cache-control"), p).toBe("private, no-store");
    }
  });

  it("not for a 404 or a response that sets a cookie", async () => {
    const missing = await get("/opgaven/bestaat-niet-xyz");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    // A stale session cookie is cleared (Set-Cookie): that response is not revalidated either.
    const stale = await get("/opgaven", { Cookie: "__Host-session=nothing-like-a-session" });
    expect(stale.status).toBe(200);
    expect(stale.headers.getSetCookie().some((c) => c.startsWith("__Host-session=;"))).toBe(true);
    expect(stale.headers.get("etag")).toBeNull();
  });
});
