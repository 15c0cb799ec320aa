/**
 * Cross-site request forgery guard for every state-changing request (ADR 0016), after the OWASP CSRF Prevention
 * Cheat Sheet: Fetch Metadata first, then the origin from standard headers. SameSite=Lax session cookies
 * (ADR 0004) are the second layer; they do not cover same-site requests or top-level POSTs in every browser.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type express from "express";
import { logSecurityEvent } from "../app/domain/auth/security-log.server";
import { createI18n } from "../app/i18n/config";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const ONE_CLICK_UNSUBSCRIBE_PATH = "/zoekopdracht-afmelden";

export type CsrfVerdict = { ok: true } | { ok: false; reason: string };

/**
 * The rule, for a request with an unsafe method:
 * 1. `Sec-Fetch-Site` present (every current browser sends it): only `same-origin` and `none` (user-initiated)
 *    pass this step; `same-site` (a sibling subdomain) and `cross-site` are refused.
 * 2. `Origin` present: it must not be `null` (sandboxed frames, data: URLs, privacy redirects) and its host must
 *    equal the request's host.
 * 3. No `Origin`: a `Referer` must be there with the request's host.
 * 4. Neither: allowed only when step 1 saw `same-origin` or `none`; a request with none of the three headers is
 *    not from a browser form of ours (non-browser clients must send an `Origin`).
 */
export function csrfVerdict(req: express.Request): CsrfVerdict {
  if (SAFE_METHODS.has(req.method)) return { ok: true };
  // RFC 8058 one-click unsubscribe: the mail provider POSTs cross-site without an Origin. The action acts only on
  // the signed single-purpose token in the URL (app/domain/alerts/token.server.ts), never on the session cookie.
  if (req.path === ONE_CLICK_UNSUBSCRIBE_PATH) return { ok: true };
  const site = req.get("sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return { ok: false, reason: `sec-fetch-site:${site.slice(0, 20)}` };
  const origin = req.get("origin");
  if (origin !== undefined) {
    if (origin === "null") return { ok: false, reason: "origin-null" };
    return sameHost(origin, req) ? { ok: true } : { ok: false, reason: "origin-mismatch" };
  }
  const referer = req.get("referer");
  if (referer !== undefined) return sameHost(referer, req) ? { ok: true } : { ok: false, reason: "referer-mismatch" };
  return site !== undefined ? { ok: true } : { ok: false, reason: "no-origin" };
}

/**
 * Whether an Origin or Referer value names this host. The request's host is the Host header, or the proxy's
 * X-Forwarded-Host when express trusts the proxy (TRUST_PROXY). A cross-site form cannot set either header. Both
 * sides go through the URL parser with the same scheme, so case and default ports compare equal.
 */
function sameHost(value: string, req: express.Request): boolean {
  const forwarded = req.app.get("trust proxy") ? req.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || req.get("host");
  if (!host) return false;
  try {
    const claimed = new URL(value);
    if (claimed.protocol !== "http:" && claimed.protocol !== "https:") return false;
    return claimed.host === new URL(`${claimed.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

/** The origin part of a header value for the log (a Referer's path and query may hold a token). */
function originForLog(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    return new URL(value).origin.slice(0, 200);
  } catch {
    return "(malformed)";
  }
}

/** Express middleware: refuse with 403 (a page in Dutch and English, or plain text for data requests) and log. */
export function csrfGuard(req: express.Request, res: express.Response, next: express.NextFunction) {
  const verdict = csrfVerdict(req);
  if (verdict.ok) return next();
  // Logged before the answer goes out (the log never throws: a database error is written to stderr instead).
  void logSecurityEvent("security.csrf_rejected", {
    ip: req.get("x-opgavenmarkt-client-ip"),
    data: {
      path: req.path.slice(0, 300),
      method: req.method,
      reason: verdict.reason,
      origin: originForLog(req.get("origin") ?? req.get("referer")),
    },
  }).then(() => refuse(req, res));
}

function refuse(req: express.Request, res: express.Response) {
  res.status(403).setHeader("Cache-Control", "no-store");
  if (req.path.endsWith(".data") || req.accepts(["html", "text"]) !== "html") {
    res.type("text/plain").send(`${texts.nl.title}: ${texts.nl.body}\n\n${texts.en.title}: ${texts.en.body}\n`);
    return;
  }
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  res.type("html").send(refusedPage());
}

const texts = Object.fromEntries(
  (["nl", "en"] as const).map((locale) => {
    const t = createI18n(locale).t;
    return [locale, { title: t("errors.csrfTitle"), body: t("errors.csrf"), home: t("errors.home"), site: t("meta.siteName") }];
  }),
) as Record<"nl" | "en", { title: string; body: string; home: string; site: string }>;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The app's stylesheet (hashed name from the build), so the page has the app's look; none before a build. */
let stylesheet: string | null | undefined;
function stylesheetHref(): string | null {
  if (stylesheet !== undefined) return stylesheet;
  try {
    const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "public", "build", "_assets");
    const file = readdirSync(assets).find((f) => /^app-[A-Za-z0-9_-]+\.css$/.test(f));
    stylesheet = file ? `/build/_assets/${file}` : null;
  } catch {
    stylesheet = null;
  }
  return stylesheet;
}

/** Dutch first (the default language), English below it; no user input is echoed. */
function refusedPage(): string {
  const { nl, en } = texts;
  const css = stylesheetHref();
  return `<!DOCTYPE html>
<html lang="nl" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(nl.title)} · ${escapeHtml(nl.site)}</title>
${css ? `<link rel="stylesheet" href="${css}">` : ""}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<header class="site-header"><div class="container header-bar"><a href="/" class="logo"><span class="logo-mark" aria-hidden="true">O</span><span class="logo-text"><span class="logo-name">${escapeHtml(nl.site)}</span></span></a></div></header>
<main id="inhoud" class="page"><div class="container narrow">
<h1>${escapeHtml(nl.title)}</h1>
<p>${escapeHtml(nl.body)}</p>
<p><a href="/">${escapeHtml(nl.home)}</a></p>
<section lang="en">
<h2>${escapeHtml(en.title)}</h2>
<p>${escapeHtml(en.body)}</p>
<p><a href="/">${escapeHtml(en.home)}</a></p>
</section>
</div></main>
</body>
</html>
`;
}
