/**
 * Two app processes starting at the same moment on one (new) database and one Meilisearch: the start-up work
 * (migrations, reference data, demo data on an empty database, index rebuilds) must run once, not race. Without a
 * lock both saw an empty database and both migrated and seeded. Runs two stacks in this process, as two processes
 * would (each with its own pool).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, ensureDatabase, withDatabase } from "../db/databases";
import { bootStack, type Stack } from "./boot";

const adminUrl = withDatabase(inject("databaseUrl"), "postgres");
const name = `opgavenmarkt_test_two_${randomBytes(3).toString("hex")}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opgavenmarkt-two-"));
const stacks: Stack[] = [];
afterAll(async () => {
  for (const s of stacks) await s.stop();
  await dropDatabase(adminUrl, name).catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("two processes on one database", () => {
  it("start together on an empty database: one migrates and seeds, the other waits and finds it done", async () => {
    await ensureDatabase(adminUrl, name);
    const databaseUrl = withDatabase(adminUrl, name);
    const totpKey = randomBytes(32).toString("base64");
    const logs: string[][] = [[], []];
    const boot = (i: number) =>
      bootStack({
        dataDir: path.join(tmp, String(i)),
        databaseUrl,
        meiliUrl: inject("meiliUrl"),
        meiliKey: inject("meiliKey"),
        meiliIndexPrefix: `two_${name}_`,
        totpKey,
        persistent: true,
        seed: true,
        outboxWorker: false,
        mailWorker: false,
        log: (l) => logs[i].push(l),
      });
    const results = await Promise.allSettled([boot(0), boot(1)]);
    for (const r of results) if (r.status === "fulfilled") stacks.push(r.value);
    expect(results.map((r) => (r.status === "fulfilled" ? "ok" : String(r.reason)))).toEqual(["ok", "ok"]);
    const seeded = logs.filter((l) => l.some((line) => line.includes("loading demo data")));
    expect(seeded).toHaveLength(1);
    const [a, b] = stacks;
    expect(a.counts).toEqual(b.counts);
    expect(a.accounts.length).toBe(b.accounts.length);
  }, 120_000);
});
