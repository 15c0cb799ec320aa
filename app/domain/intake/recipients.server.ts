/** Who hears about an intake change: hub staff (a submission to review) and an organisation's members (an outcome). */
import { eq, inArray } from "drizzle-orm";
import { memberships, users } from "../../../db/schema";
import type { Executor } from "../../../db/client";
import { HUB_ROLES } from "../../../shared/vocabulary/accounts";

export async function hubStaffIds(tx: Executor): Promise<string[]> {
  const rows = await tx.select({ id: users.id }).from(users).where(inArray(users.platformRole, [...HUB_ROLES]));
  return rows.map((r) => r.id);
}

export async function organisationMemberIds(tx: Executor, organisationId: string): Promise<string[]> {
  const rows = await tx.select({ id: memberships.userId }).from(memberships).where(eq(memberships.organisationId, organisationId));
  return rows.map((r) => r.id);
}
