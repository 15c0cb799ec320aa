/**
 * Solution intake by members of companies and knowledge institutions: their organisation's list, the edit
 * record, saving (draft, submit for review, edits of a published solution) and archiving. Every write checks
 * the record belongs to the caller's organisation; routes call requireOrgPermission first.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { regions, solutionDeployments, solutions, solutionThemes, themes } from "../../../db/schema";
import type { SolutionStatus } from "../../../shared/vocabulary/solutions";
import type { Executor } from "../../../db/client";
import { slugify } from "../../../shared/slugify";
import { enqueueSearchSync } from "../../../search/outbox";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { insertOnce, updateVersioned, VersionConflictError } from "./records.server";
import { hubStaffIds } from "../users/users.repository.server";
import { isUuid } from "../../../shared/vocabulary/ids";
import { fail, type DomainError, type Result } from "../errors";
import type { SolutionError } from "./errors";
import {
  CompleteSolutionSchema,
  EDITABLE,
  DraftSolutionSchema,
  solutionErrors,
  type SolutionFormValues,
  type ValidSolution,
} from "./solution-form";


export async function listOrganisationSolutions(organisationId: string) {
  return getDb()
    .select({
      id: solutions.id,
      slug: solutions.slug,
      title: solutions.title,
      status: solutions.status,
      reviewComment: solutions.reviewComment,
      updatedAt: solutions.updatedAt,
      lang: solutions.lang,
    })
    .from(solutions)
    .where(eq(solutions.organisationId, organisationId))
    .orderBy(desc(solutions.updatedAt));
}

export type DeploymentRow = Awaited<ReturnType<typeof deploymentsOf>>[number];
export async function deploymentsOf(tx: Executor, solutionId: string) {
  return tx
    .select({
      id: solutionDeployments.id,
      code: solutionDeployments.regionCode,
      name: regions.name,
      status: solutionDeployments.status,
      since: solutionDeployments.since,
      confirmation: solutionDeployments.confirmation,
      disputeReason: solutionDeployments.disputeReason,
    })
    .from(solutionDeployments)
    .innerJoin(regions, eq(regions.code, solutionDeployments.regionCode))
    .where(eq(solutionDeployments.solutionId, solutionId))
    .orderBy(asc(regions.name));
}

/** A solution with its themes and deployments, only when `organisationId` owns it (else null, also for bad ids). */
export async function getOwnSolution(organisationId: string | null, id: string) {
  if (!isUuid(id)) return null;
  const db = getDb();
  const where = organisationId ? and(eq(solutions.id, id), eq(solutions.organisationId, organisationId)) : eq(solutions.id, id);
  const [record] = await db.select().from(solutions).where(where);
  if (!record) return null;
  const themeRows = await db
    .select({ slug: solutionThemes.themeSlug })
    .from(solutionThemes)
    .innerJoin(themes, eq(themes.slug, solutionThemes.themeSlug))
    .where(eq(solutionThemes.solutionId, id))
    .orderBy(asc(themes.position));
  return { record, themes: themeRows.map((t) => t.slug), deployments: await deploymentsOf(db, id) };
}
export type OwnSolution = NonNullable<Awaited<ReturnType<typeof getOwnSolution>>>;

export function valuesOf(s: OwnSolution): SolutionFormValues {
  const r = s.record;
  return {
    title: r.title,
    summary: r.summary,
    description: r.description,
    themes: s.themes,
    sdgs: r.sdgs.map(String),
    maturity: r.maturity,
    targetGroups: r.targetGroups,
    assurances: r.assurances,
    openSourceLicence: r.openSourceLicence ?? "",
    hosting: r.hosting ?? "",
    pricingModel: r.pricingModel ?? "",
    website: r.website ?? "",
    contactName: r.contactName,
    contactRole: r.contactRole,
    contactEmail: r.contactEmail,
    lang: r.lang,
    deployments: s.deployments.map((d) => ({ code: d.code, status: d.status, since: d.since ?? "" })),
  };
}

/** Public bodies a deployment can name: provinces and municipalities from the CBS list. */
export async function regionOptions() {
  return getDb().select({ code: regions.code, name: regions.name, kind: regions.kind }).from(regions).orderBy(asc(regions.kind), asc(regions.name));
}

type Errors = Record<string, string>;
/** A save, or why not: `invalid` carries the field errors, `conflict` the version saved in between. */
export type SaveResult = Result<{ id: string; status: SolutionStatus; created: boolean }, SolutionError, { errors?: Errors; conflictVersion?: number }>;

/** Validates with the schema the status asks for, then checks themes and CBS codes against the database. */
async function validate(values: SolutionFormValues, complete: boolean): Promise<{ ok: true; data: ValidSolution } | DomainError<"invalid", { errors: Errors }>> {
  const parsed = (complete ? CompleteSolutionSchema : DraftSolutionSchema).safeParse(values);
  const errors: Errors = parsed.success ? {} : solutionErrors(parsed.error);
  const db = getDb();
  const known = new Set((await db.select({ slug: themes.slug }).from(themes)).map((t) => t.slug));
  if (values.themes.some((t) => !known.has(t))) errors.themes ??= "forms.invalid";
  const codes = values.deployments.map((d) => d.code.trim().toUpperCase()).filter((c) => /^(GM\d{4}|PV\d{2})$/.test(c));
  const found = new Set(
    codes.length ? (await db.select({ code: regions.code }).from(regions).where(inArray(regions.code, codes))).map((r) => r.code) : [],
  );
  values.deployments.forEach((d, i) => {
    if (!found.has(d.code.trim().toUpperCase())) errors[`dep-${i}-code`] ??= "solutionIntake.errors.deploymentCode";
  });
  if (!parsed.success || Object.keys(errors).length) return fail("invalid", { errors });
  return { ok: true, data: parsed.data };
}

function columns(v: ValidSolution) {
  return {
    title: v.title,
    summary: v.summary,
    description: v.description,
    sdgs: v.sdgs,
    maturity: v.maturity,
    targetGroups: v.targetGroups,
    assurances: v.assurances,
    openSourceLicence: v.assurances.includes("open-source") && v.openSourceLicence ? v.openSourceLicence : null,
    hosting: v.hosting,
    pricingModel: v.pricingModel,
    website: v.website,
    contactName: v.contactName,
    contactRole: v.contactRole,
    contactEmail: v.contactEmail,
    lang: v.lang,
  };
}

/** Replace themes; deployments are diffed by body, so a confirmation stays while its row is unchanged. */
async function writeRelations(tx: Executor, id: string, v: ValidSolution) {
  await tx.delete(solutionThemes).where(eq(solutionThemes.solutionId, id));
  if (v.themes.length) await tx.insert(solutionThemes).values([...new Set(v.themes)].map((themeSlug) => ({ solutionId: id, themeSlug })));
  const existing = await tx.select().from(solutionDeployments).where(eq(solutionDeployments.solutionId, id));
  const wanted = new Map(v.deployments.map((d) => [d.code, d]));
  const gone = existing.filter((e) => !wanted.has(e.regionCode)).map((e) => e.id);
  if (gone.length) await tx.delete(solutionDeployments).where(inArray(solutionDeployments.id, gone));
  for (const d of v.deployments) {
    const old = existing.find((e) => e.regionCode === d.code);
    if (!old) {
      await tx.insert(solutionDeployments).values({ solutionId: id, regionCode: d.code, status: d.status, since: d.since });
    } else if (old.status !== d.status || (old.since ?? null) !== d.since) {
      // What the body confirmed has changed: it has to confirm again.
      await tx
        .update(solutionDeployments)
        .set({ status: d.status, since: d.since, confirmation: "unconfirmed", confirmedByUserId: null, confirmedAt: null, disputeReason: null })
        .where(eq(solutionDeployments.id, old.id));
    }
  }
}

async function uniqueSlug(tx: Executor, title: string): Promise<string> {
  const base = slugify(title) || "oplossing";
  for (let i = 0; i < 5; i++) {
    const slug = i === 0 ? base : `${base}-${crypto.randomUUID().slice(0, 6)}`;
    const [taken] = await tx.select({ id: solutions.id }).from(solutions).where(eq(solutions.slug, slug));
    if (!taken) return slug;
  }
  return `${base}-${crypto.randomUUID()}`;
}

interface Caller {
  userId: string;
  organisationId: string;
}

/** A new solution (draft, or straight to review with `submit`); a double submit returns the first record. */
export async function createSolution(caller: Caller, creationKey: string, values: SolutionFormValues, submit: boolean): Promise<SaveResult> {
  const valid = await validate(values, submit);
  if (!valid.ok) return valid;
  const key = creationKey.slice(0, 100) || crypto.randomUUID();
  // Two submits of one form can race for the same slug: the loser retries, and then finds the winner's record.
  for (let attempt = 0; ; attempt++) {
    try {
      return await insertSolution(caller, key, valid.data, submit);
    } catch (err) {
      if (attempt >= 2 || !isSlugConflict(err)) throw err;
    }
  }
}

function isSlugConflict(err: unknown): boolean {
  for (let e = err as { code?: string; constraint_name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505" && e.constraint_name === "solutions_slug_uq") return true;
  }
  return false;
}

async function insertSolution(caller: Caller, key: string, data: ValidSolution, submit: boolean): Promise<SaveResult> {
  return getDb().transaction(async (tx) => {
    const status: SolutionStatus = submit ? "submitted" : "draft";
    const { id, created } = await insertOnce(tx, solutions, {
      ...columns(data),
      slug: await uniqueSlug(tx, data.title),
      organisationId: caller.organisationId,
      createdByUserId: caller.userId,
      creationKey: key,
      status,
      submittedAt: submit ? new Date() : null,
    });
    if (!created) {
      const [row] = await tx.select({ status: solutions.status }).from(solutions).where(eq(solutions.id, id));
      return { ok: true as const, id, status: row.status, created: false };
    }
    await writeRelations(tx, id, data);
    await audit({ actorUserId: caller.userId, action: submit ? "solution.submitted" : "solution.created", entityType: "solution", entityId: id }, tx);
    if (submit) await notifyStaff(tx, id, data.title);
    return { ok: true as const, id, status, created: true };
  });
}

async function notifyStaff(tx: Executor, id: string, title: string) {
  const staff = await hubStaffIds(tx);
  await notify(
    tx,
    staff.map((userId) => ({ userId, kind: "staff_attention" as const, payload: { event: "solution_submitted", entityType: "solution", entityId: id, title, href: `/hub/beoordeling/oplossingen/${id}` } })),
  );
}

/**
 * Save the owner's edits. `submit` moves a draft (or a record with requested changes) to review. A published
 * solution stays published and must stay complete; its index entry is refreshed.
 */
export async function updateSolution(caller: Caller, id: string, version: number, values: SolutionFormValues, submit: boolean): Promise<SaveResult> {
  const current = await getOwnSolution(caller.organisationId, id);
  if (!current) return fail("notFound");
  const status = current.record.status;
  if (!EDITABLE.includes(status)) return fail("notEditable");
  const toReview = submit && (status === "draft" || status === "changes_requested");
  const valid = await validate(values, toReview || status === "published" || status === "submitted");
  if (!valid.ok) return valid;
  try {
    return await getDb().transaction(async (tx) => {
      const next: SolutionStatus = toReview ? "submitted" : status;
      await updateVersioned(tx, solutions, id, version, {
        ...columns(valid.data),
        status: next,
        ...(toReview ? { submittedAt: new Date() } : {}),
      });
      await writeRelations(tx, id, valid.data);
      await audit(
        { actorUserId: caller.userId, action: toReview ? "solution.submitted" : "solution.updated", entityType: "solution", entityId: id, data: { status: next } },
        tx,
      );
      if (toReview) await notifyStaff(tx, id, valid.data.title);
      if (status === "published") await enqueueSearchSync(tx, "solution", [id]);
      return { ok: true as const, id, status: next, created: false };
    });
  } catch (err) {
    if (err instanceof VersionConflictError) return fail("conflict", { conflictVersion: err.currentVersion ?? undefined });
    throw err;
  }
}

/** The owner takes a published solution off the market (and out of the index). */
export async function archiveSolution(caller: Caller, id: string, version: number): Promise<SaveResult> {
  const current = await getOwnSolution(caller.organisationId, id);
  if (!current) return fail("notFound");
  if (current.record.status !== "published") return fail("notPublished");
  try {
    return await getDb().transaction(async (tx) => {
      await updateVersioned(tx, solutions, id, version, { status: "archived" });
      await audit({ actorUserId: caller.userId, action: "solution.archived", entityType: "solution", entityId: id }, tx);
      await enqueueSearchSync(tx, "solution", [id]);
      return { ok: true as const, id, status: "archived" as const, created: false };
    });
  } catch (err) {
    if (err instanceof VersionConflictError) return fail("conflict", { conflictVersion: err.currentVersion ?? undefined });
    throw err;
  }
}
