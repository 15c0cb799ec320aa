/**
 * The users repository, for now the one "hub staff" query: every user whose platform role is hub staff or hub
 * admin, except deleted accounts (a deleted broker gets no mail, no notification and no new match). Brokering,
 * intake notifications and the broker check all ask here (ADR 0021).
 */
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { users } from "../../../db/schema";
import { HUB_ROLES } from "../../../shared/vocabulary/accounts";

/** The condition "an active hub staff member or hub admin" (drizzle, on `users`). */
export const activeHubStaff = (): SQL => and(inArray(users.platformRole, [...HUB_ROLES]), isNull(users.deletedAt))!;

/** Every active hub staff member and hub admin, by name. */
export async function hubStaff(tx: Executor): Promise<{ id: string; name: string }[]> {
  return tx.select({ id: users.id, name: users.name }).from(users).where(activeHubStaff()).orderBy(asc(users.name));
}

export async function hubStaffIds(tx: Executor): Promise<string[]> {
  return (await hubStaff(tx)).map((u) => u.id);
}

/** Whether the user is an active hub staff member or hub admin. */
export async function isHubStaff(tx: Executor, userId: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), activeHubStaff()));
  return !!row;
}
