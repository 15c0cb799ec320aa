/**
 * Collaborations with other EDIHs (ADR 0025), a KPI of its own: the other hub's name, its EU EDIH catalogue id if
 * known, the date, the kind, and the service or event of ours it relates to. A hub partner's member sees the
 * collaborations that relate to their own services or events.
 */
import { and, asc, desc, eq, gte, lte, or, sql } from "drizzle-orm";
import { edihCollaborations, edihEvents, edihServices, organisations } from "../../../db/schema";
import type { CollaborationType } from "../../../shared/vocabulary/edih";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { fail, type DomainError } from "../errors";
import type { CollaborationError } from "./errors";

export interface CollaborationInput {
  partnerEdihName: string;
  catalogueId: string | null;
  collaborationDate: string;
  type: CollaborationType;
  serviceId: string | null;
  eventId: string | null;
  notes: string | null;
}


/** Record a collaboration; the related service must be a confirmed one, the event an existing one. */
export async function recordCollaboration(actorUserId: string, input: CollaborationInput): Promise<{ ok: true; id: string } | DomainError<CollaborationError>> {
  return getDb().transaction(async (tx) => {
    if (input.serviceId) {
      const [s] = await tx.select({ status: edihServices.status }).from(edihServices).where(eq(edihServices.id, input.serviceId));
      if (s?.status !== "confirmed") return fail<CollaborationError>("serviceUnknown");
    }
    if (input.eventId && !(await tx.select({ id: edihEvents.id }).from(edihEvents).where(eq(edihEvents.id, input.eventId))).length) {
      return fail<CollaborationError>("eventUnknown");
    }
    const [row] = await tx.insert(edihCollaborations).values({ ...input, createdByUserId: actorUserId }).returning({ id: edihCollaborations.id });
    await audit({ actorUserId, action: "edih.collaboration.add", entityType: "edih_collaboration", entityId: row.id, data: { type: input.type } }, tx);
    return { ok: true, id: row.id } as const;
  });
}

/** Collaborations dated in the period (inclusive), oldest first; with `partnerId`, those relating to that partner's work. */
export async function collaborationsInPeriod(period: { from: string; to: string }, partnerId: string | null = null) {
  const service = sql`${edihServices.id} = ${edihCollaborations.serviceId}`;
  return getDb()
    .select({
      id: edihCollaborations.id,
      partnerEdihName: edihCollaborations.partnerEdihName,
      catalogueId: edihCollaborations.catalogueId,
      collaborationDate: edihCollaborations.collaborationDate,
      type: edihCollaborations.type,
      serviceId: edihCollaborations.serviceId,
      serviceCustomer: organisations.name,
      eventId: edihCollaborations.eventId,
      eventTitle: edihEvents.title,
    })
    .from(edihCollaborations)
    .leftJoin(edihServices, service)
    .leftJoin(organisations, eq(organisations.id, edihServices.customerOrganisationId))
    .leftJoin(edihEvents, eq(edihEvents.id, edihCollaborations.eventId))
    .where(
      and(
        gte(edihCollaborations.collaborationDate, period.from),
        lte(edihCollaborations.collaborationDate, period.to),
        partnerId ? or(eq(edihServices.partnerOrganisationId, partnerId), eq(edihEvents.partnerOrganisationId, partnerId)) : undefined,
      ),
    )
    .orderBy(asc(edihCollaborations.collaborationDate), asc(edihCollaborations.partnerEdihName), asc(edihCollaborations.id));
}
export type CollaborationRow = Awaited<ReturnType<typeof collaborationsInPeriod>>[number];

/** Recent events (for the collaboration form's picker), newest first. */
export async function recentEvents(limit = 50) {
  return getDb().select({ id: edihEvents.id, title: edihEvents.title, eventDate: edihEvents.eventDate }).from(edihEvents).orderBy(desc(edihEvents.eventDate)).limit(limit);
}
