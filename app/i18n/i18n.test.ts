import { describe, expect, it } from "vitest";
import { createI18n } from "./config";
import { en } from "./en";
import { nl } from "./nl";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe("translations", () => {
  it("has every Dutch key in English and no extra ones", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("has no empty strings", () => {
    for (const messages of [nl, en]) {
      const flat = keys(messages);
      for (const key of flat) {
        const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(String(value).trim(), key).not.toBe("");
      }
    }
  });

  it("keeps the same interpolation variables in both languages", () => {
    for (const key of keys(nl)) {
      const get = (m: object) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m) as string;
      const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(vars(get(en)), key).toEqual(vars(get(nl)));
    }
  });

  it("defaults to Dutch and pluralises in both languages", () => {
    expect(createI18n("nl").t("search.results", { count: 1 })).toBe("1 resultaat");
    expect(createI18n("nl").t("search.results", { count: 3 })).toBe("3 resultaten");
    expect(createI18n("en").t("search.results", { count: 3 })).toBe("3 results");
  });
});
