/**
 * Challenge intake by members of public bodies: the owner's dashboard, drafting, editing and submitting.
 *
 * Decisions:
 * - Any member of a public body may draft (challenge.create / challenge.update); submitting for review needs
 *   challenge.publish, which access.server.ts only grants to verified members. An unverified member (ADR 0015)
 *   sees and saves only the drafts they created themselves, without co-owners; every other change (a submitted or
 *   published record, co-owners, a status change) needs a verified membership, checked here in the transaction.
 * - Members of a co-owner organisation may edit the challenge as the owner's members can (joint challenges).
 * - Editable statuses: draft, changes requested and published. Edits to a published challenge stay published (no
 *   second review: the owner is a verified public body) and re-index in the same transaction.
 * Every query is scoped by the caller's organisation (owner or co-owner), so another body's record is a 404.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import * as s from "../../../db/schema";
import { slugify } from "../../../shared/slugify";
import { PROCUREMENT_ROUTES, type ChallengeStatus } from "../../../shared/vocabulary/challenges";
import { isUuid } from "../../../shared/vocabulary/ids";
import { isPublicBodyKind, PUBLIC_BODY_KINDS } from "../../../shared/vocabulary/organisations";
import type { Executor } from "../../../db/client";
import { enqueueSearchSync } from "../../../search/outbox";
import { audit } from "../audit/audit.server";
import { requireOrgOfKind, type InOrganisation } from "../auth/access.server";
import type { Permission } from "../auth/permissions";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { speaksFor } from "../organisations/speaks-for.server";
import { ownedBy } from "../challenges/challenges.repository.server";
import { hubStaffIds } from "../users/users.repository.server";
import { insertOnce, updateVersioned } from "./records.server";
import type { ChallengeInput } from "./challenge-schema";
import { fail, type Result } from "../errors";
import type { ChallengeError } from "./errors";

export const EDITABLE_STATUSES = ["draft", "changes_requested", "published"] as const;
export const SUBMITTABLE_STATUSES = ["draft", "changes_requested"] as const;

/** The caller in a public body whose role grants `permission`; anyone else gets 403 (only public bodies post challenges). */
export const requireChallengeIntake = (request: Request, permission: Permission): Promise<InOrganisation> =>
  requireOrgOfKind(request, permission, isPublicBodyKind);

/**
 * What the caller may read in challenge intake: the challenges their organisation owns or co-owns, or, for a member
 * whose membership the hub has not verified yet, only those they created themselves (ADR 0015: anyone can join a
 * public body, so its other drafts, review comments and history are not theirs to read).
 */
export interface ChallengeScope {
  organisationId: string;
  /** Set for an unverified member: only challenges created by this user. */
  onlyCreatedBy: string | null;
}
export const challengeScope = (ctx: InOrganisation): ChallengeScope => ({
  organisationId: ctx.organisation.id,
  onlyCreatedBy: ctx.membership.verified ? null : ctx.user.id,
});
const inScope = (scope: ChallengeScope) =>
  scope.onlyCreatedBy ? and(ownedBy(scope.organisationId), eq(s.challenges.createdByUserId, scope.onlyCreatedBy)) : ownedBy(scope.organisationId);

/** An unverified member may save a challenge only while it is a draft (ADR 0015). */
export const UNVERIFIED_EDITABLE_STATUSES = ["draft"] as const;

/** The statuses the caller may save in: all editable ones for a verified member, drafts only for an unverified one. */
export const editableStatusesFor = (verified: boolean): readonly ChallengeStatus[] => (verified ? EDITABLE_STATUSES : UNVERIFIED_EDITABLE_STATUSES);

export interface DashboardItem {
  id: string;
  slug: string;
  title: string;
  status: ChallengeStatus;
  reviewComment: string | null;
  updatedAt: string;
  coOwned: boolean;
}

/** The organisation's challenges, owned and co-owned, most recently changed first (within the caller's scope). */
export async function listOrganisationChallenges(scope: ChallengeScope): Promise<DashboardItem[]> {
  const organisationId = scope.organisationId;
  const rows = await getDb()
    .select({
      id: s.challenges.id,
      slug: s.challenges.slug,
      title: s.challenges.title,
      status: s.challenges.status,
      reviewComment: s.challenges.reviewComment,
      updatedAt: s.challenges.updatedAt,
      owner: s.challenges.ownerOrganisationId,
    })
    .from(s.challenges)
    .where(inScope(scope))
    .orderBy(desc(s.challenges.updatedAt));
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString(), coOwned: r.owner !== organisationId }));
}

export interface IntakeOptions {
  themes: string[];
  /** The organisation's own region (the default region of a new challenge), if it has one. */
  ownRegion: string | null;
  regions: { code: string; name: string; kind: string }[];
  publicBodies: { id: string; name: string }[];
  procurementRoutes: readonly string[];
}

/** Choices for the form: CBS regions (provinces first) and the other public bodies that can co-own. */
export async function intakeOptions(organisationId: string): Promise<IntakeOptions> {
  const db = getDb();
  const [themes, own, regions, bodies] = await Promise.all([
    db.select({ slug: s.themes.slug }).from(s.themes).orderBy(asc(s.themes.position)),
    db.select({ region: s.organisations.regionCode }).from(s.organisations).where(eq(s.organisations.id, organisationId)),
    db.select({ code: s.regions.code, name: s.regions.name, kind: s.regions.kind }).from(s.regions).orderBy(desc(s.regions.kind), asc(s.regions.name)),
    db
      .select({ id: s.organisations.id, name: s.organisations.name })
      .from(s.organisations)
      .where(inArray(s.organisations.kind, [...PUBLIC_BODY_KINDS]))
      .orderBy(asc(s.organisations.name)),
  ]);
  return {
    themes: themes.map((t) => t.slug),
    ownRegion: own[0]?.region ?? null,
    regions,
    publicBodies: bodies.filter((b) => b.id !== organisationId),
    procurementRoutes: PROCUREMENT_ROUTES,
  };
}

export interface EditableChallenge {
  id: string;
  slug: string;
  status: ChallengeStatus;
  version: number;
  ownerOrganisationId: string;
  createdByUserId: string | null;
  reviewComment: string | null;
  outcome: string | null;
  lessonsLearned: string | null;
  values: ChallengeInput;
}

/** The challenge as the form edits it, when it is in the caller's scope; null otherwise (and for a bad id). */
export async function loadOwnChallenge(scope: ChallengeScope, id: string): Promise<EditableChallenge | null> {
  if (!isUuid(id)) return null;
  const db = getDb();
  const [c] = await db
    .select()
    .from(s.challenges)
    .where(and(eq(s.challenges.id, id), inScope(scope)));
  if (!c) return null;
  const [themes, regions, coOwners] = await Promise.all([
    db.select({ v: s.challengeThemes.themeSlug }).from(s.challengeThemes).where(eq(s.challengeThemes.challengeId, id)),
    db.select({ v: s.challengeRegions.regionCode }).from(s.challengeRegions).where(eq(s.challengeRegions.challengeId, id)),
    db.select({ v: s.challengeCoOwners.organisationId }).from(s.challengeCoOwners).where(eq(s.challengeCoOwners.challengeId, id)),
  ]);
  return {
    id: c.id,
    slug: c.slug,
    status: c.status,
    version: c.version,
    ownerOrganisationId: c.ownerOrganisationId,
    createdByUserId: c.createdByUserId,
    reviewComment: c.reviewComment,
    outcome: c.outcome,
    lessonsLearned: c.lessonsLearned,
    values: {
      title: c.title,
      summary: c.summary,
      problemStatement: c.problemStatement,
      localContext: c.localContext,
      affected: c.affected,
      desiredOutcome: c.desiredOutcome,
      successCriteria: c.successCriteria,
      themes: themes.map((r) => r.v),
      sdgs: c.sdgs,
      regions: regions.map((r) => r.v),
      coOwners: coOwners.map((r) => r.v),
      budgetMin: c.budgetMin,
      budgetMax: c.budgetMax,
      launchingCustomerIntent: c.launchingCustomerIntent,
      procurementRoute: c.procurementRoute,
      timeline: c.timeline,
      responseDeadline: c.responseDeadline,
      contactName: c.contactName,
      contactRole: c.contactRole,
      contactEmail: c.contactEmail,
      visibility: c.visibility,
      lang: c.lang,
    },
  };
}

/** Unknown themes, regions or co-owners (a crafted form) as field errors, instead of a foreign-key failure. */
export async function checkReferences(organisationId: string, v: ChallengeInput): Promise<Record<string, string>> {
  const db = getDb();
  const errors: Record<string, string> = {};
  const [themes, regions, bodies] = await Promise.all([
    v.themes.length ? db.select({ v: s.themes.slug }).from(s.themes).where(inArray(s.themes.slug, v.themes)) : [],
    v.regions.length ? db.select({ v: s.regions.code }).from(s.regions).where(inArray(s.regions.code, v.regions)) : [],
    v.coOwners.length
      ? db
          .select({ v: s.organisations.id })
          .from(s.organisations)
          .where(and(inArray(s.organisations.id, v.coOwners), inArray(s.organisations.kind, [...PUBLIC_BODY_KINDS])))
      : [],
  ]);
  if (themes.length !== v.themes.length) errors.themes = "intake.invalidChoice";
  if (regions.length !== v.regions.length) errors.regions = "intake.invalidChoice";
  if (bodies.length !== v.coOwners.length || v.coOwners.includes(organisationId)) errors.coOwners = "intake.invalidChoice";
  return errors;
}

const columns = (v: ChallengeInput) => ({
  title: v.title,
  summary: v.summary,
  problemStatement: v.problemStatement,
  localContext: v.localContext,
  affected: v.affected,
  desiredOutcome: v.desiredOutcome,
  successCriteria: v.successCriteria,
  sdgs: [...new Set(v.sdgs)].sort((a, b) => a - b),
  budgetMin: v.budgetMin,
  budgetMax: v.budgetMax,
  launchingCustomerIntent: v.launchingCustomerIntent,
  procurementRoute: v.procurementRoute,
  timeline: v.timeline,
  responseDeadline: v.responseDeadline,
  contactName: v.contactName,
  contactRole: v.contactRole,
  contactEmail: v.contactEmail,
  visibility: v.visibility,
  lang: v.lang,
});

async function replaceLinks(tx: Executor, id: string, v: ChallengeInput) {
  await tx.delete(s.challengeThemes).where(eq(s.challengeThemes.challengeId, id));
  await tx.delete(s.challengeRegions).where(eq(s.challengeRegions.challengeId, id));
  await tx.delete(s.challengeCoOwners).where(eq(s.challengeCoOwners.challengeId, id));
  if (v.themes.length) await tx.insert(s.challengeThemes).values(v.themes.map((themeSlug) => ({ challengeId: id, themeSlug })));
  if (v.regions.length) await tx.insert(s.challengeRegions).values(v.regions.map((regionCode) => ({ challengeId: id, regionCode })));
  if (v.coOwners.length) await tx.insert(s.challengeCoOwners).values(v.coOwners.map((organisationId) => ({ challengeId: id, organisationId })));
}

/** A readable, unique slug: the title's words and a random tail (titles repeat across public bodies). */
const newSlug = (title: string) => `${slugify(title).slice(0, 60).replace(/-+$/, "") || "opgave"}-${crypto.randomUUID().slice(0, 8)}`;

/** Create a draft (once per creation key). Returns its id. Naming co-owners needs a verified membership. */
export async function createChallenge(
  ctx: InOrganisation,
  v: ChallengeInput,
  creationKey: string,
): Promise<Result<{ id: string; created: boolean }, "needsVerification">> {
  return getDb().transaction(async (tx) => {
    if (v.coOwners.length && !(await speaksFor(tx, ctx.user.id, ctx.organisation.id))) return fail("needsVerification", { field: "coOwners" });
    const result = await insertOnce(tx, s.challenges, {
      ...columns(v),
      slug: newSlug(v.title),
      ownerOrganisationId: ctx.organisation.id,
      createdByUserId: ctx.user.id,
      creationKey,
      status: "draft",
    });
    if (result.created) {
      await replaceLinks(tx, result.id, v);
      await audit({ actorUserId: ctx.user.id, action: "challenge.created", entityType: "challenge", entityId: result.id }, tx);
    }
    return { ok: true as const, ...result };
  });
}

export type SaveOutcome = Result<{ version: number }, Extract<ChallengeError, "notEditable" | "needsVerification">>;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Save the form over version `version` (VersionConflictError when someone saved in between). With `submit`, the
 * challenge also moves to "submitted" and hub staff are told. A member who may not speak for the body (an
 * unverified member, ADR 0015) may only save a draft they created, with its co-owners unchanged; anything else is
 * `needsVerification`, checked before the version so a stale form cannot hide the reason.
 */
export async function saveChallenge(
  ctx: InOrganisation,
  current: EditableChallenge,
  version: number,
  v: ChallengeInput,
  options: { submit?: boolean } = {},
): Promise<SaveOutcome> {
  const allowed: readonly string[] = options.submit ? SUBMITTABLE_STATUSES : EDITABLE_STATUSES;
  if (!allowed.includes(current.status)) return fail("notEditable");
  return getDb().transaction(async (tx) => {
    if (!(await speaksFor(tx, ctx.user.id, ctx.organisation.id))) {
      const ownDraft =
        !options.submit &&
        (UNVERIFIED_EDITABLE_STATUSES as readonly string[]).includes(current.status) &&
        current.createdByUserId === ctx.user.id &&
        sameSet(current.values.coOwners, v.coOwners);
      if (!ownDraft) return fail("needsVerification");
    }
    const submitNow = options.submit ? { status: "submitted" as const, submittedAt: new Date() } : {};
    const newVersion = await updateVersioned(tx, s.challenges, current.id, version, { ...columns(v), ...submitNow });
    // Every status change bumps the version, so a status that changed since `current` was read is a conflict here.
    await replaceLinks(tx, current.id, v);
    await audit({ actorUserId: ctx.user.id, action: "challenge.updated", entityType: "challenge", entityId: current.id }, tx);
    if (options.submit) {
      await audit(
        { actorUserId: ctx.user.id, action: "challenge.submitted", entityType: "challenge", entityId: current.id, data: { from: current.status, to: "submitted" } },
        tx,
      );
      const staff = (await hubStaffIds(tx)).map((id) => ({ id }));
      await notify(
        tx,
        staff.map((u) => ({
          userId: u.id,
          kind: "staff_attention" as const,
          payload: { event: "challenge_submitted", entityType: "challenge", entityId: current.id, title: v.title, organisation: ctx.organisation.name },
        })),
      );
    }
    await enqueueSearchSync(tx, "challenge", [current.id]);
    return { ok: true as const, version: newVersion };
  });
}

/** The user-facing fields of the current version that differ from what the user sent (for the conflict message). */
export function changedFields(current: ChallengeInput, mine: ChallengeInput): string[] {
  const norm = (x: unknown) => JSON.stringify(Array.isArray(x) ? [...x].map(String).sort() : x ?? null);
  return (Object.keys(mine) as (keyof ChallengeInput)[]).filter((k) => norm(current[k]) !== norm(mine[k]));
}
