import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { amsterdamDay, formatters } from "./format";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Intl puts (narrow) no-break spaces in money and times; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("one formatter per kind", () => {
  it("no module but app/utils/format.ts formats with toLocale…String or Intl", () => {
    const own = path.join(root, "app/utils/format.ts");
    const offenders = ["app", "shared"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => file !== own)
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ line, at: `${path.relative(root, file)}:${i + 1}` }))
          .filter(({ line }) => /\.toLocale\w*String\(|\bIntl\./.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });

  it("the scan would find a stray call (the pattern is not vacuous)", () => {
    expect(/\.toLocale\w*String\(|\bIntl\./.test("x.toLocaleDateString('nl-NL')")).toBe(true);
    expect(/\.toLocale\w*String\(|\bIntl\./.test("new Intl.NumberFormat('nl-NL')")).toBe(true);
  });
});

describe("formatters", () => {
  const nl = formatters("nl");
  const en = formatters("en");
  const at = "2026-12-06T06:22:46.000Z"; // 07:22:46 in Amsterdam

  it("dates in words, in Amsterdam time; calendar days stay that day", () => {
    expect(nl.date(at)).toBe("6 december 2026");
    expect(en.date(at)).toBe("6 December 2026");
    expect(nl.date("2026-12-06")).toBe("6 december 2026");
    expect(nl.date(Date.parse(at) / 1000)).toBe("6 december 2026"); // epoch seconds of the search documents
    expect(nl.date("2026-12-31T23:30:00.000Z")).toBe("1 januari 2027");
    expect(nl.date(null)).toBe("");
  });

  it("date and time without seconds", () => {
    expect(plain(nl.dateTime(at))).toBe("6 dec 2026, 07:22");
    expect(plain(en.dateTime(at))).toBe("6 Dec 2026, 07:22");
  });

  it("how long ago, in the largest whole unit", () => {
    const now = "2026-12-06T12:00:00.000Z";
    expect(nl.since("2026-12-03T12:00:00.000Z", now)).toBe("3 dagen geleden");
    expect(en.since("2026-12-03T12:00:00.000Z", now)).toBe("3 days ago");
    expect(nl.since("2026-12-05T12:00:00.000Z", now)).toBe("gisteren");
    expect(en.since("2026-11-01T12:00:00.000Z", now)).toBe("last month");
    expect(en.since(now, now)).toBe("this minute");
  });

  it("decimals and thousands in the reader's convention", () => {
    expect(nl.number(0.7)).toBe("0,7");
    expect(en.number(0.7)).toBe("0.7");
    expect(nl.number(1234.567, 1)).toBe("1.234,6");
    expect(en.number(1234.567, 1)).toBe("1,234.6");
    expect(nl.number(12000)).toBe("12.000");
  });

  it("money in euros without cents", () => {
    expect(plain(nl.money(30000))).toBe("€ 30.000");
    expect(en.money(30000)).toBe("€30,000");
  });

  it("the Amsterdam calendar day of an instant", () => {
    expect(amsterdamDay(new Date("2026-12-31T23:30:00.000Z"))).toBe("2027-01-01");
    expect(amsterdamDay(new Date("2026-07-01T21:59:00.000Z"))).toBe("2026-07-01");
  });
});
