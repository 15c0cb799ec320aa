import { inject } from "vitest";
import { createDb, type DbHandle } from "../client";

/** A connection to the run's fresh test database (made by server/vitest-global-setup.ts). */
export function testDb(): DbHandle {
  return createDb(inject("databaseUrl"), { max: 3 });
}
