import { randomBytes } from "node:crypto";
import { PassThrough, Writable } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./components/nonce";
import { isDatabaseUnavailable } from "./domain/db.server";
import { contentSecurityPolicy, etagMatches, htmlEtag, NOT_MODIFIED_HEADERS } from "./utils/document-headers.server";

const ABORT_DELAY = 5_000;

/**
 * Revalidation for anonymous public pages (ADR 0029): a GET answered 200 with neither a cookie being set nor a
 * Cache-Control of its own (a signed-in page has "private, no-store" from the root loader, forms their no-store) gets a
 * weak ETag over its HTML and `Cache-Control: private, no-cache`: the browser keeps the page and asks again on every
 * visit, and an unchanged page comes back as 304 without a body. The HTML carries this response's CSP nonce, which
 * would make every ETag new: the hash is taken over the HTML without it. A 304 carries no CSP, so the browser keeps
 * the stored page together with the stored policy whose nonce it matches (server/http.ts adds no fallback CSP to a
 * 304). Private: a shared cache must not hand one nonce to many visitors. Vary: Cookie (the language and the session
 * are cookies). Such a page is what the page cache keeps (server/page-cache.ts, ADR 0030): it is rendered whole.
 */
export function revalidates(request: Request, status: number, headers: Headers): boolean {
  return request.method === "GET" && status === 200 && !headers.has("Set-Cookie") && !headers.has("Cache-Control");
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const nonce = randomBytes(16).toString("base64");
  if (revalidates(request, responseStatusCode, responseHeaders)) return renderWhole(request, responseStatusCode, responseHeaders, remixContext, nonce);
  const callback = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [callback]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/** The whole document at once (see revalidates): 200 with its ETag, or 304 when the browser has it. */
function renderWhole(request: Request, status: number, responseHeaders: Headers, remixContext: EntryContext, nonce: string) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          sink.once("finish", () => {
            clearTimeout(timer);
            const html = Buffer.concat(chunks).toString("utf8");
            // An error after the shell (onError) made this a 500 page: no validator for it.
            if (status !== 200) return resolve(document(html, status, responseHeaders, nonce));
            const etag = htmlEtag(html, nonce);
            responseHeaders.set("ETag", etag);
            responseHeaders.set("Cache-Control", "private, no-cache");
            responseHeaders.append("Vary", "Cookie");
            if (etagMatches(request.headers.get("If-None-Match"), etag)) {
              const headers = new Headers();
              for (const name of NOT_MODIFIED_HEADERS) headers.set(name, responseHeaders.get(name)!);
              return resolve(new Response(null, { status: 304, headers }));
            }
            resolve(document(html, status, responseHeaders, nonce));
          });
          pipe(sink);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}

function document(html: string, status: number, headers: Headers, nonce: string) {
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  return new Response(html, { headers, status });
}

/** Log server errors without leaking them to the browser (the error boundary shows a friendly page). */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  if (isDatabaseUnavailable(error)) {
    // Expected while PostgreSQL is down (the page answers 503): one line, not a stack trace per query.
    const e = error as { message?: string; cause?: { message?: string } };
    console.error(`[db] unavailable: ${e.cause?.message ?? e.message ?? error} (${new URL(request.url).pathname})`);
    return;
  }
  console.error(error instanceof Error ? error.stack ?? error.message : error);
}
