import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { hasStrings } from "./instance";
import { nl } from "./nl";
import { stringsResponse, stringsUrl } from "./strings.server";

describe("interface strings for the browser", () => {
  it("serves one language under its content hash, immutable", async () => {
    const url = stringsUrl("en");
    expect(url).toMatch(/^\/i18n\/en\.[0-9a-f]{12}\.json$/);
    const res = stringsResponse(url.slice("/i18n/".length));
    expect(res.headers.get("Cache-Control")).toContain("immutable");
    expect(await res.json()).toEqual(en);
  });

  it("answers an old or missing hash with today's strings, revalidated", async () => {
    for (const file of ["nl.json", "nl.0123456789ab.json"]) {
      const res = stringsResponse(file);
      expect(res.status).toBe(200);
      expect(res.headers.get("Cache-Control")).not.toContain("immutable");
      expect(await res.json()).toEqual(nl);
    }
  });

  it("sends its brotli copy when the browser takes brotli", () => {
    const res = stringsResponse("nl.json", "gzip, deflate, br");
    expect(res.headers.get("Content-Encoding")).toBe("br");
    return res.arrayBuffer().then((b) => expect(JSON.parse(zlib.brotliDecompressSync(Buffer.from(b)).toString())).toEqual(nl));
  });

  it("refuses anything else", () => {
    for (const file of ["de.json", "nl", "../nl.json", undefined, "nl.json.map"]) expect(stringsResponse(file).status).toBe(404);
  });

  it("provides both languages to the server's page instances", () => {
    expect(hasStrings("nl") && hasStrings("en")).toBe(true);
  });
});
