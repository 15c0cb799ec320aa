/** Who did what to which record (audit_log). Callers pass ids and small facts only: never passwords or tokens. */
import { auditLog } from "../../../db/schema";
import type { Database } from "../../../db/client";
import { getDb } from "../db.server";

type Tx = Pick<Database, "insert">;

export async function audit(
  entry: { actorUserId: string; action: string; entityType: string; entityId: string; data?: Record<string, unknown> },
  tx: Tx = getDb(),
): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, data: entry.data ?? {} });
}
