/**
 * EDIH service records (ADR 0025): one service to one registered customer, delivered by a hub partner. Pipeline
 * transitions propose services (status `proposed`) for both parties of a match; staff confirm, change or dismiss
 * them. Staff add services outside the pipeline, one at a time or as an event with several participants.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { challengeThemes, challenges, dmaAssessments, edihEvents, edihServices, memberships, organisations, solutions, themes } from "../../../db/schema";
import type { ProposalState, ServiceCategory } from "../../../shared/vocabulary/edih";
import { MATCH_STATE_FOR_PROPOSAL } from "../../../shared/vocabulary/edih";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { DEFAULT_CATEGORY } from "./rules";
import { fail, type DomainError } from "../errors";
import type { ServiceError } from "./errors";
import { amsterdamDay } from "../../utils/format";

type Fail = DomainError<ServiceError>;

export interface ServiceInput {
  customerOrganisationId: string;
  category: ServiceCategory;
  serviceDate: string;
  themeSlug: string | null;
  partnerOrganisationId: string;
  matchId?: string | null;
  investmentEur?: number | null;
  notes?: string | null;
}

export interface EventInput {
  title: string;
  category: ServiceCategory;
  eventDate: string;
  themeSlug: string | null;
  partnerOrganisationId: string;
  participantIds: string[];
  notes?: string | null;
}

/** The hub's member organisations (kind hub-partner), by name. */
export async function hubPartners(db: Executor = getDb()) {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.kind, "hub-partner")).orderBy(asc(organisations.name));
}

/** Every registered organisation that can be a customer (for the pickers), by name. */
export async function registeredOrganisations(db: Executor = getDb()) {
  return db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).orderBy(asc(organisations.name));
}

/** The hub partner a staff member works for (their membership of a hub-partner organisation), if any. */
export async function partnerOf(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db
    .select({ id: organisations.id })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.kind, "hub-partner")))
    .orderBy(asc(organisations.name))
    .limit(1);
  return row?.id ?? null;
}

async function isPartner(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, id));
  return row?.kind === "hub-partner";
}

/** Of the given organisations, those without a T0 measurement (the hub is warned; a service is still allowed). */
export async function withoutT0(db: Executor, organisationIds: string[]): Promise<string[]> {
  if (!organisationIds.length) return [];
  const measured = await db
    .select({ id: dmaAssessments.organisationId })
    .from(dmaAssessments)
    .where(and(inArray(dmaAssessments.organisationId, organisationIds), eq(dmaAssessments.stage, "T0")));
  const have = new Set(measured.map((r) => r.id));
  return [...new Set(organisationIds)].filter((id) => !have.has(id));
}

async function themeKnown(db: Executor, slug: string | null): Promise<boolean> {
  if (!slug) return true;
  return (await db.select({ slug: themes.slug }).from(themes).where(eq(themes.slug, slug))).length === 1;
}

async function registered(db: Executor, ids: string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  if (!unique.length) return false;
  const rows = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, unique));
  return rows.length === unique.length;
}

/** A confirmed service, added by staff. Refused unless the customer is a registered organisation. */
export async function recordService(actorUserId: string, input: ServiceInput): Promise<{ ok: true; id: string; withoutT0: boolean } | Fail> {
  return getDb().transaction(async (tx) => {
    if (!(await registered(tx, [input.customerOrganisationId]))) return fail<ServiceError>("customerNotRegistered");
    if (!(await isPartner(tx, input.partnerOrganisationId))) return fail<ServiceError>("partnerInvalid");
    if (!(await themeKnown(tx, input.themeSlug))) return fail<ServiceError>("theme");
    const [row] = await tx
      .insert(edihServices)
      .values({ ...input, status: "confirmed", createdByUserId: actorUserId, decidedByUserId: actorUserId, decidedAt: new Date() })
      .returning({ id: edihServices.id });
    await audit({ actorUserId, action: "edih.service.add", entityType: "edih_service", entityId: row.id, data: { category: input.category } }, tx);
    return { ok: true, id: row.id, withoutT0: (await withoutT0(tx, [input.customerOrganisationId])).length > 0 } as const;
  });
}

/** An event with several participating organisations: the event and one confirmed service per participant. */
export async function recordEvent(actorUserId: string, input: EventInput): Promise<{ ok: true; id: string; services: number; withoutT0: string[] } | Fail> {
  const participants = [...new Set(input.participantIds)];
  if (!participants.length) return fail<ServiceError>("participantsRequired");
  return getDb().transaction(async (tx) => {
    if (!(await registered(tx, participants))) return fail<ServiceError>("customerNotRegistered");
    if (!(await isPartner(tx, input.partnerOrganisationId))) return fail<ServiceError>("partnerInvalid");
    if (!(await themeKnown(tx, input.themeSlug))) return fail<ServiceError>("theme");
    const [event] = await tx
      .insert(edihEvents)
      .values({ title: input.title, category: input.category, eventDate: input.eventDate, themeSlug: input.themeSlug, partnerOrganisationId: input.partnerOrganisationId, createdByUserId: actorUserId })
      .returning({ id: edihEvents.id });
    await tx.insert(edihServices).values(
      participants.map((customerOrganisationId) => ({
        customerOrganisationId,
        category: input.category,
        serviceDate: input.eventDate,
        themeSlug: input.themeSlug,
        partnerOrganisationId: input.partnerOrganisationId,
        eventId: event.id,
        notes: input.notes ?? null,
        status: "confirmed" as const,
        createdByUserId: actorUserId,
        decidedByUserId: actorUserId,
        decidedAt: new Date(),
      })),
    );
    await audit({ actorUserId, action: "edih.event.add", entityType: "edih_event", entityId: event.id, data: { participants: participants.length } }, tx);
    const missing = await withoutT0(tx, participants);
    const names = missing.length ? await tx.select({ name: organisations.name }).from(organisations).where(inArray(organisations.id, missing)) : [];
    return { ok: true, id: event.id, services: participants.length, withoutT0: names.map((n) => n.name).sort() } as const;
  });
}

const isProposalState = (s: string): s is ProposalState => (MATCH_STATE_FOR_PROPOSAL as readonly string[]).includes(s);

/**
 * Called once from a match transition (app/domain/brokering/transitions.server.ts): a state that is a service to
 * the customers proposes one for each party (the challenge owner and the solution's organisation), with the step's
 * default category, the challenge's first theme and the broker's hub partner. A state reached again proposes nothing.
 */
export async function proposeServicesForTransition(
  tx: Executor,
  match: { id: string; challengeId: string; solutionId: string; brokerUserId: string | null },
  actorUserId: string | null,
  to: string,
): Promise<void> {
  if (!isProposalState(to)) return;
  const [parties] = await tx
    .select({ owner: challenges.ownerOrganisationId, provider: solutions.organisationId })
    .from(challenges)
    .innerJoin(solutions, eq(solutions.id, match.solutionId))
    .where(eq(challenges.id, match.challengeId));
  if (!parties) return;
  const [theme] = await tx.select({ slug: challengeThemes.themeSlug }).from(challengeThemes).where(eq(challengeThemes.challengeId, match.challengeId)).orderBy(asc(challengeThemes.themeSlug)).limit(1);
  const partner = (await partnerOf(tx, match.brokerUserId)) ?? (await partnerOf(tx, actorUserId));
  const today = amsterdamDay(new Date());
  await tx
    .insert(edihServices)
    .values(
      [...new Set([parties.owner, parties.provider])].map((customerOrganisationId) => ({
        customerOrganisationId,
        category: DEFAULT_CATEGORY[to],
        status: "proposed" as const,
        serviceDate: today,
        themeSlug: theme?.slug ?? null,
        partnerOrganisationId: partner,
        matchId: match.id,
        matchState: to,
        createdByUserId: actorUserId,
      })),
    )
    .onConflictDoNothing();
}

/** The services proposed or recorded for a match, newest first, with whether the customer lacks a T0. */
export async function servicesForMatch(matchId: string) {
  const db = getDb();
  const rows = await db
    .select({
      id: edihServices.id,
      status: edihServices.status,
      category: edihServices.category,
      serviceDate: edihServices.serviceDate,
      matchState: edihServices.matchState,
      partnerOrganisationId: edihServices.partnerOrganisationId,
      investmentEur: edihServices.investmentEur,
      customerId: organisations.id,
      customerName: organisations.name,
    })
    .from(edihServices)
    .innerJoin(organisations, eq(organisations.id, edihServices.customerOrganisationId))
    .where(and(eq(edihServices.matchId, matchId), sql`${edihServices.status} <> 'dismissed'`))
    .orderBy(desc(edihServices.createdAt), asc(organisations.name));
  const missing = new Set(await withoutT0(db, rows.map((r) => r.customerId)));
  return rows.map((r) => ({ ...r, withoutT0: missing.has(r.customerId) }));
}

/** Proposed services waiting for staff, oldest first. */
export async function openProposals(limit = 50) {
  return getDb()
    .select({ id: edihServices.id, category: edihServices.category, serviceDate: edihServices.serviceDate, matchId: edihServices.matchId, matchState: edihServices.matchState, customerName: organisations.name })
    .from(edihServices)
    .innerJoin(organisations, eq(organisations.id, edihServices.customerOrganisationId))
    .where(eq(edihServices.status, "proposed"))
    .orderBy(asc(edihServices.createdAt))
    .limit(limit);
}

export interface Decision {
  serviceId: string;
  decision: "confirm" | "dismiss";
  category?: ServiceCategory;
  partnerOrganisationId?: string | null;
  investmentEur?: number | null;
}

/** Confirm (with the category and partner as staff set them) or dismiss a proposed service; once only. */
export async function decideProposal(actorUserId: string, d: Decision): Promise<{ ok: true; withoutT0: boolean } | Fail> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(edihServices).where(eq(edihServices.id, d.serviceId)).for("update");
    if (!row) return fail<ServiceError>("notFound");
    if (row.status !== "proposed") return fail<ServiceError>("alreadyDecided");
    const partner = d.partnerOrganisationId ?? row.partnerOrganisationId;
    if (d.decision === "confirm" && (!partner || !(await isPartner(tx, partner)))) return fail<ServiceError>("partnerInvalid");
    await tx
      .update(edihServices)
      .set({
        status: d.decision === "confirm" ? "confirmed" : "dismissed",
        category: d.category ?? row.category,
        partnerOrganisationId: partner,
        investmentEur: d.investmentEur === undefined ? row.investmentEur : d.investmentEur,
        decidedByUserId: actorUserId,
        decidedAt: new Date(),
      })
      .where(eq(edihServices.id, d.serviceId));
    await audit({ actorUserId, action: `edih.service.${d.decision}`, entityType: "edih_service", entityId: d.serviceId, data: { category: d.category ?? row.category } }, tx);
    return { ok: true, withoutT0: d.decision === "confirm" && (await withoutT0(tx, [row.customerOrganisationId])).length > 0 } as const;
  });
}

/** Confirmed services in a period (inclusive dates), newest first; a partner sees only their own. */
export async function servicesInPeriod(from: string, to: string, partnerId: string | null = null) {
  return getDb()
    .select({
      id: edihServices.id,
      serviceDate: edihServices.serviceDate,
      category: edihServices.category,
      customerName: organisations.name,
      partnerOrganisationId: edihServices.partnerOrganisationId,
      eventId: edihServices.eventId,
      eventTitle: edihEvents.title,
      matchId: edihServices.matchId,
      investmentEur: edihServices.investmentEur,
    })
    .from(edihServices)
    .innerJoin(organisations, eq(organisations.id, edihServices.customerOrganisationId))
    .leftJoin(edihEvents, eq(edihEvents.id, edihServices.eventId))
    .where(
      and(
        eq(edihServices.status, "confirmed"),
        gte(edihServices.serviceDate, from),
        lte(edihServices.serviceDate, to),
        isNotNull(edihServices.partnerOrganisationId),
        partnerId ? eq(edihServices.partnerOrganisationId, partnerId) : undefined,
      ),
    )
    .orderBy(desc(edihServices.serviceDate), asc(organisations.name))
    .limit(500);
}
