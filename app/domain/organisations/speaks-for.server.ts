/**
 * Who may speak for an organisation (ADR 0015). Anyone can join a public body at /organisatie/kiezen; until hub
 * staff verify the membership (or the address is on the body's registered domain) the member may only prepare
 * drafts of their own. Every write that changes what the body says to the outside — a submitted or published
 * record, a status change, co-owners, a deployment confirmation, a response — asks this module, inside the
 * transaction that writes, so a route that forgets a check still cannot make the change.
 *
 * Members of companies and knowledge institutions need no hub verification: a company is registered by its own
 * first member (KvK number) and others join only by invitation, so its memberships are verified when made.
 */
import { and, eq } from "drizzle-orm";
import { memberships, organisations } from "../../../db/schema";
import { isPublicBodyKind } from "../../../shared/vocabulary/organisations";
import type { Executor } from "../../../db/client";

/** Whether a membership of this kind of organisation lets its holder speak for it. */
export const membershipSpeaks = (organisationKind: string, verified: boolean) => verified || !isPublicBodyKind(organisationKind);

/** Whether the user is a member of the organisation whose membership lets them speak for it (see above). */
export async function speaksFor(tx: Executor, userId: string, organisationId: string): Promise<boolean> {
  const [row] = await tx
    .select({ kind: organisations.kind, verifiedAt: memberships.verifiedAt })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return !!row && membershipSpeaks(row.kind, row.verifiedAt !== null);
}
