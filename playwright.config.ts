import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/chromium";
import { TRUST_ENV } from "./e2e/trust-config";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  // A whole test's budget. Under CI's two workers on a 2-core machine (load average 7–10 in the last runs) long tests
  // (sign-ins, several pages, axe in both languages) passed every check and still ran out of 30 s; a check that
  // fails still fails after its own 10 s.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-NL",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromiumPath() } },
    },
  ],
  webServer: {
    command: "tsx e2e/test-server.ts",
    url: `http://127.0.0.1:${port}/healthz`,
    env: { PORT: String(port), ...TRUST_ENV },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
