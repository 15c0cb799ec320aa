import type { HeadersFunction } from "@remix-run/node";

/**
 * `headers` export for routes whose action can answer 429. Remix builds document and single-fetch responses from
 * the routes' `headers` functions only, so a `Retry-After` set in the action's data() would otherwise be dropped.
 * Everything the parent routes set (Cache-Control from root) is kept.
 */
export const keepRetryAfter: HeadersFunction = ({ actionHeaders, parentHeaders }) => {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

/** The Retry-After header for a rate-limit answer (whole seconds, at least 1). */
export const retryAfterHeader = (seconds: number) => ({ "Retry-After": String(Math.max(1, Math.ceil(seconds))) });
