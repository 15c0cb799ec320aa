import { defineConfig } from "vitest/config";

/**
 * Two projects over one test database and one Meilisearch (made once by the global setup).
 * Most files write only their own records and run in parallel. Files named `*.serial.test.ts` assert on the
 * whole data set ("the index holds exactly the public records", "the feed lists every public challenge"):
 * they run afterwards, one at a time, so no other file writes while they count.
 */
const include = ["app/**/*.test.ts", "app/**/*.test.tsx", "db/**/*.test.ts", "search/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts"];
const serial = "**/*.serial.test.ts";

export default defineConfig({
  test: {
    globalSetup: ["./server/vitest-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "parallel", include, exclude: [serial, "**/node_modules/**"], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "serial", include: [serial], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
