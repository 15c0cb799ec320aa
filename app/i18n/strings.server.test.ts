import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { commonArea } from "./areas/common";
import { publicArea } from "./areas/public";
import { trustArea } from "./areas/trust";
import { vocabularyLabelsArea } from "./areas/vocabulary-labels";
import { titlesArea } from "./areas/titles";
import { hasStrings } from "./instance";
import { nl } from "./nl";
import { STRINGS_VERSION, stringsResponse, stringsUrl } from "./strings.server";

const fileOf = (url: string) => url.slice("/i18n/".length);

describe("interface strings for the browser", () => {
  it("serves one language and the base areas under the strings version, immutable", async () => {
    const url = stringsUrl("en");
    expect(url).toBe(`/i18n/en.${STRINGS_VERSION}.common.public.vocabulary-labels.titles.json`);
    const res = stringsResponse(fileOf(url));
    expect(res.headers.get("Cache-Control")).toContain("immutable");
    expect(await res.json()).toEqual({ ...commonArea.en, ...publicArea.en, ...vocabularyLabelsArea.en, ...titlesArea.en });
  });

  it("adds a page's areas, in one order whatever the order asked", async () => {
    const url = stringsUrl("nl", ["trust", "common"]);
    expect(url).toBe(`/i18n/nl.${STRINGS_VERSION}.common.public.vocabulary-labels.titles.trust.json`);
    expect(await stringsResponse(fileOf(url)).json()).toEqual({ ...commonArea.nl, ...publicArea.nl, ...vocabularyLabelsArea.nl, ...titlesArea.nl, ...trustArea.nl });
    // Another spelling of the same set is not a second cacheable name.
    expect(stringsResponse(`nl.${STRINGS_VERSION}.trust.common.json`).status).toBe(404);
    expect(stringsResponse(`nl.${STRINGS_VERSION}.trust.trust.json`).status).toBe(404);
  });

  it("serves the whole language without areas, and today's strings for an old or missing version, revalidated", async () => {
    expect(await stringsResponse(`nl.${STRINGS_VERSION}.json`).json()).toEqual(nl);
    for (const file of ["nl.json", "nl.0123456789ab.json"]) {
      const res = stringsResponse(file);
      expect(res.status).toBe(200);
      expect(res.headers.get("Cache-Control")).not.toContain("immutable");
      expect(await res.json()).toEqual(nl);
    }
    const old = stringsResponse("en.0123456789ab.common.trust.json");
    expect(old.headers.get("Cache-Control")).not.toContain("immutable");
    expect(await old.json()).toEqual({ ...commonArea.en, ...trustArea.en });
  });

  it("sends its brotli copy when the browser takes brotli", () => {
    const res = stringsResponse("nl.json", "gzip, deflate, br");
    expect(res.headers.get("Content-Encoding")).toBe("br");
    return res.arrayBuffer().then((b) => expect(JSON.parse(zlib.brotliDecompressSync(Buffer.from(b)).toString())).toEqual(nl));
  });

  it("refuses anything else", () => {
    for (const file of ["de.json", "nl", "../nl.json", undefined, "nl.json.map", "nl.unknown-area.json", `nl.${STRINGS_VERSION}.Common.json`]) {
      expect(stringsResponse(file).status).toBe(404);
    }
  });

  it("provides both languages to the server's page instances", () => {
    expect(hasStrings("nl") && hasStrings("en")).toBe(true);
  });
});
