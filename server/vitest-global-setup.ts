import "vitest";
import type { TestProject } from "vitest/node";
import { startTestStack, type TestStack } from "./test-stack";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    meiliUrl: string;
    meiliKey: string;
    indexPrefix: string;
    totpKey: string;
  }
}

let stack: TestStack | undefined;

/** One fresh stack (database + Meilisearch) with demo data for the whole integration test run. */
export async function setup(project: TestProject) {
  stack = await startTestStack({ seed: true, outboxWorker: false, mailWorker: false });
  project.provide("databaseUrl", stack.databaseUrl);
  project.provide("meiliUrl", stack.meiliUrl);
  project.provide("meiliKey", process.env.MEILI_MASTER_KEY ?? "");
  project.provide("indexPrefix", stack.indexPrefix);
  project.provide("totpKey", process.env.TOTP_ENCRYPTION_KEY ?? "");
}

export async function teardown() {
  await stack?.stop();
}
