/** Who hears about an intake outcome: the organisation's members (hub staff come from users/users.repository.server.ts). */
import { eq } from "drizzle-orm";
import { memberships } from "../../../db/schema";
import type { Executor } from "../../../db/client";

export async function organisationMemberIds(tx: Executor, organisationId: string): Promise<string[]> {
  const rows = await tx.select({ id: memberships.userId }).from(memberships).where(eq(memberships.organisationId, organisationId));
  return rows.map((r) => r.id);
}
