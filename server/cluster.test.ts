/** WEB_CONCURRENCY (server/cluster.ts): how many HTTP processes; a bad value stops the start with a message. */
import { describe, expect, it } from "vitest";
import { webConcurrency } from "./cluster";

describe("WEB_CONCURRENCY", () => {
  it("is 1 when unset or empty, else the whole number given", () => {
    expect(webConcurrency({})).toBe(1);
    expect(webConcurrency({ WEB_CONCURRENCY: " " })).toBe(1);
    expect(webConcurrency({ WEB_CONCURRENCY: "1" })).toBe(1);
    expect(webConcurrency({ WEB_CONCURRENCY: " 4 " })).toBe(4);
  });

  it("refuses what is not a whole number from 1 to 64", () => {
    for (const bad of ["0", "-2", "1.5", "two", "65"]) expect(() => webConcurrency({ WEB_CONCURRENCY: bad }), bad).toThrow(/WEB_CONCURRENCY/);
  });
});
