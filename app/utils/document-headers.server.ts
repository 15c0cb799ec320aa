import { createHash } from "node:crypto";

/**
 * The headers of an HTML document that entry.server sets when it renders one and the page cache
 * (server/page-cache.ts) sets when it serves one again: the CSP with this response's nonce, and the weak ETag that
 * lets a browser revalidate an anonymous page (ADR 0029).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The nonce of a document's CSP (null when the policy has none). */
export function nonceOf(csp: string | null): string | null {
  return csp?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

/** A weak ETag over the HTML without its nonce (a new nonce per response would make every ETag new). */
export function htmlEtag(html: string, nonce: string): string {
  return `W/"${createHash("sha1").update(html.replaceAll(nonce, "")).digest("base64url")}"`;
}

/** Whether If-None-Match names `etag` (weak comparison, RFC 9110 13.1.2). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** The headers a 304 repeats of its 200 (no CSP: the browser keeps the stored page with its stored policy). */
export const NOT_MODIFIED_HEADERS = ["ETag", "Cache-Control", "Vary"] as const;
