/**
 * Write rules shared by challenge and solution intake:
 * - optimistic locking: an update names the version the user started from; when someone else saved in between,
 *   nothing is written and the caller shows a conflict (keeping what the user typed);
 * - double-submit protection: a new record carries the creation key of the form that made it; a second submit of
 *   the same form finds the first record instead of creating another.
 */
import { and, eq, sql } from "drizzle-orm";
import { challenges, solutions } from "../../../db/schema";
import type { Executor } from "../../../db/client";

type RecordTable = typeof challenges | typeof solutions;
type Values<T extends RecordTable> = Partial<T["$inferInsert"]>;

/** Thrown when the record's version is no longer the one the user edited. */
export class VersionConflictError extends Error {
  constructor(readonly currentVersion: number | null) {
    super("version_conflict");
  }
}

/**
 * Update `id` only if its version is still `expectedVersion`; bumps the version and updated_at.
 * Returns the new version, or throws VersionConflictError (with the current version, null when the record is gone).
 */
export async function updateVersioned<T extends RecordTable>(
  tx: Executor,
  table: T,
  id: string,
  expectedVersion: number,
  values: Values<T>,
): Promise<number> {
  const t = table as typeof challenges;
  const rows = await tx
    .update(t)
    .set({ ...(values as Values<typeof challenges>), version: sql`${t.version} + 1`, updatedAt: new Date() })
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .returning({ version: t.version });
  if (rows.length === 1) return rows[0].version;
  const [current] = await tx.select({ version: t.version }).from(t).where(eq(t.id, id));
  throw new VersionConflictError(current?.version ?? null);
}

/**
 * Insert a record unless this user already created one with the same creation key (a double submit, a reload
 * of the POST). Returns the id and whether this call created it.
 */
export async function insertOnce<T extends RecordTable>(
  tx: Executor,
  table: T,
  values: T["$inferInsert"] & { createdByUserId: string; creationKey: string },
): Promise<{ id: string; created: boolean }> {
  const t = table as typeof challenges;
  const inserted = await tx
    .insert(t)
    .values(values as typeof challenges.$inferInsert)
    .onConflictDoNothing({ target: [t.createdByUserId, t.creationKey] })
    .returning({ id: t.id });
  if (inserted.length === 1) return { id: inserted[0].id, created: true };
  const [existing] = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.createdByUserId, values.createdByUserId), eq(t.creationKey, values.creationKey)));
  return { id: existing.id, created: false };
}

/** A fresh creation key for a new-record form (a hidden field). */
export const newCreationKey = () => crypto.randomUUID();
