/**
 * The interface strings as one JSON file per language, for the browser (app/routes/i18n.$file.ts): named by a
 * hash of their content so a page can ask for them with immutable caching, and a new build's strings get a new
 * name. Loading this module also provides both languages to the server's page instances (./instance.ts).
 */
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import { LOCALES, isLocale, type Locale } from "./config";
import { en } from "./en";
import { provideStrings } from "./instance";
import { nl } from "./nl";

const STRINGS = { nl, en } as const;
const files = Object.fromEntries(
  LOCALES.map((locale) => {
    provideStrings(locale, STRINGS[locale]);
    const body = JSON.stringify(STRINGS[locale]);
    // Compressed once, at the highest settings, rather than per request by the middleware.
    const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
    return [locale, { body, br, hash: createHash("sha256").update(body).digest("hex").slice(0, 12) }];
  }),
) as Record<Locale, { body: string; br: Buffer; hash: string }>;

/** Where the browser loads a language's strings. */
export const stringsUrl = (locale: Locale): string => `/i18n/${locale}.${files[locale].hash}.json`;

/**
 * The answer to /i18n/<file>: `nl.<hash>.json` with the current hash is immutable; `nl.json` (or an old hash,
 * after a new build) gets today's strings, revalidated each time; anything else is not found.
 */
export function stringsResponse(file: string | undefined, acceptEncoding = ""): Response {
  const m = /^([a-z]{2})(?:\.([0-9a-f]{12}))?\.json$/.exec(file ?? "");
  if (!m || !isLocale(m[1])) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const { body, br, hash } = files[m[1]];
  const cacheControl = m[2] === hash ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
  const headers = new Headers({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": cacheControl, Vary: "Accept-Encoding" });
  if (!/\bbr\b/.test(acceptEncoding)) return new Response(body, { headers });
  headers.set("Content-Encoding", "br");
  return new Response(new Uint8Array(br), { headers });
}

/** For server code inside route modules (loaders): both languages, without pulling the strings into the browser. */
export { createI18n } from "./config";
