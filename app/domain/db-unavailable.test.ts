import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./db.server";

describe("isDatabaseUnavailable", () => {
  it("recognises the driver's connection failures, also wrapped by drizzle", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Failed query: select 1"), { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("write CONNECT_TIMEOUT"), { code: "CONNECT_TIMEOUT" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
  });

  it("leaves query errors and Meilisearch's connection failures alone", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    const socket = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7700"), { code: "ECONNREFUSED" });
    const meili = Object.assign(new Error("Request to http://127.0.0.1:7700 has failed"), { name: "MeilisearchRequestError", cause: new TypeError("fetch failed", { cause: socket }) });
    expect(isDatabaseUnavailable(meili)).toBe(false);
  });
});
