/**
 * Who a match concerns: the people who speak for the challenge and for the solution, and the hub staff. The
 * owner of a record is the member of its organisation who created it; when that person left the organisation
 * (or the account is gone), the organisation's admins speak for it. Co-owners of a joint challenge speak through
 * their admins. Only verified memberships speak for an organisation (ADR 0015): an unverified member of a public
 * body who drafted a challenge a colleague then submitted is not introduced on the body's behalf. (Company
 * memberships are verified when made.)
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";

export type Party = {
  id: string;
  name: string;
};

async function ownersOf(tx: Executor, table: "challenges" | "solutions", recordId: string): Promise<Party[]> {
  const orgColumn = table === "challenges" ? sql`r.owner_organisation_id` : sql`r.organisation_id`;
  const rows = await tx.execute<{ id: string; name: string; creator: boolean }>(sql`
    select u.id, u.name, (u.id = r.created_by_user_id) as creator
    from ${sql.raw(table)} r
    join memberships m on m.organisation_id = ${orgColumn}
    join users u on u.id = m.user_id and u.deleted_at is null
    where r.id = ${recordId} and (u.id = r.created_by_user_id or m.role = 'admin') and m.verified_at is not null
    order by u.name`);
  const list = [...rows];
  const creators = list.filter((r) => r.creator);
  return (creators.length ? creators : list).map(({ id, name }) => ({ id, name }));
}

/**
 * The people who speak for a challenge: those of its owner organisation, then the admins of the co-owning
 * organisations of a joint challenge (they posted it together, so introductions and responses reach them too).
 */
export async function challengeOwners(tx: Executor, challengeId: string): Promise<Party[]> {
  const owners = await ownersOf(tx, "challenges", challengeId);
  const coOwners = await tx.execute<Party>(sql`
    select distinct u.id, u.name
    from challenge_co_owners c
    join memberships m on m.organisation_id = c.organisation_id and m.role = 'admin' and m.verified_at is not null
    join users u on u.id = m.user_id and u.deleted_at is null
    where c.challenge_id = ${challengeId}
    order by u.name`);
  const seen = new Set(owners.map((p) => p.id));
  return [...owners, ...[...coOwners].filter((p) => !seen.has(p.id)).map(({ id, name }) => ({ id, name }))];
}
export const solutionOwners = (tx: Executor, solutionId: string) => ownersOf(tx, "solutions", solutionId);
