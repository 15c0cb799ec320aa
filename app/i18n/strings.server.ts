/**
 * The interface strings for the browser (app/routes/i18n.$file.ts), one language and the areas a page uses per file:
 * `nl.<version>.common.public.vocabulary-labels.json`, the areas in the order of AREAS (app/i18n/areas.ts). The
 * version is a hash of all strings of both languages, so a file name with today's version is immutable and a new
 * build's strings get new names. Loading this module also provides both languages to the server's page instances.
 */
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import { AREA_MESSAGES } from "./area-messages";
import { AREAS, areaSet, parseStringsFile, stringsFile, type Area } from "./areas";
import { LOCALES, type Locale } from "./config";
import { en } from "./en";
import { provideStrings } from "./instance";
import { nl } from "./nl";

const STRINGS = { nl, en } as const;
for (const locale of LOCALES) provideStrings(locale, STRINGS[locale], AREAS);

/** Changes whenever any string of either language does. */
export const STRINGS_VERSION = createHash("sha256").update(JSON.stringify(STRINGS)).digest("hex").slice(0, 12);

/** Where the browser loads a language's strings for these areas (the base areas are always included). */
export const stringsUrl = (locale: Locale, areas: Iterable<Area> = []): string => `/i18n/${stringsFile(locale, STRINGS_VERSION, areaSet(areas))}`;

/** Bodies compressed once, at the highest setting, rather than per request by the middleware. */
const files = new Map<string, { body: string; br: Buffer }>();
function file(locale: Locale, areas: readonly Area[]) {
  const key = `${locale}:${areas.join(".")}`;
  let f = files.get(key);
  if (!f) {
    const body = JSON.stringify(Object.assign({}, ...areas.map((a) => AREA_MESSAGES[a][locale])));
    // Any subset can be asked for: past a bound (far above what the pages name) answers are made at a cheap setting.
    const cache = files.size < 500;
    const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: cache ? 11 : 4 } });
    f = { body, br };
    if (cache) files.set(key, f);
  }
  return f;
}

/**
 * The answer to /i18n/<file>: `<locale>[.<version>][.<area>…].json`. The areas must be known, in AREAS order, each
 * once; none means all. With today's version the answer is immutable; without one or with an old one (after a new
 * build) it is today's strings, revalidated each time. Anything else is not found.
 */
export function stringsResponse(name: string | undefined, acceptEncoding = ""): Response {
  const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const parsed = parseStringsFile(name ?? "");
  if (!parsed) return notFound();
  // One name per set: the areas in AREAS order, each once (or none, for all).
  const { locale, version, areas, all } = parsed;
  if (name !== stringsFile(locale, version, all ? [] : areas)) return notFound();
  const { body, br } = file(locale, areas);
  const cacheControl = version === STRINGS_VERSION ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
  const headers = new Headers({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": cacheControl, Vary: "Accept-Encoding" });
  if (!/\bbr\b/.test(acceptEncoding)) return new Response(body, { headers });
  headers.set("Content-Encoding", "br");
  return new Response(new Uint8Array(br), { headers });
}

/** For server code inside route modules (loaders): both languages, without pulling the strings into the browser. */
export { createI18n } from "./config";
