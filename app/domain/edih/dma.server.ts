/**
 * Digital Maturity Assessments (ADR 0025): each measurement's stage (T0 before support, then T1 …), date, the six
 * dimension scores and the overall score; the questionnaire stays in the Commission's tool (its reference is kept).
 * Also the organisations' report profile (size class, NACE section, municipality).
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { dmaAssessments, organisationReportProfiles, organisations, regions } from "../../../db/schema";
import type { NaceSection } from "../../../shared/vocabulary/edih";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { fail, type DomainError } from "../errors";
import type { DmaError } from "./errors";
import { dmaChange, sizeClassFor, t1Due, type DmaScores } from "./rules";

export interface AssessmentInput extends DmaScores {
  organisationId: string;
  stage: string;
  assessedOn: string;
  externalReference: string | null;
}


/** Record one measurement; a stage is recorded once per organisation, and a later stage needs a T0. */
export async function recordAssessment(actorUserId: string, input: AssessmentInput): Promise<{ ok: true; id: string } | DomainError<DmaError>> {
  return getDb().transaction(async (tx) => {
    const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) return fail<DmaError>("customerNotRegistered");
    const stages = await tx.select({ stage: dmaAssessments.stage }).from(dmaAssessments).where(eq(dmaAssessments.organisationId, input.organisationId));
    if (stages.some((s) => s.stage === input.stage)) return fail<DmaError>("stageTaken");
    if (input.stage !== "T0" && !stages.some((s) => s.stage === "T0")) return fail<DmaError>("t0Required");
    // A concurrent save of the same stage loses on the unique index: the same answer as the check above.
    const [row] = await tx.insert(dmaAssessments).values({ ...input, createdByUserId: actorUserId }).onConflictDoNothing().returning({ id: dmaAssessments.id });
    if (!row) return fail<DmaError>("stageTaken");
    await audit({ actorUserId, action: "edih.dma.add", entityType: "dma_assessment", entityId: row.id, data: { stage: input.stage } }, tx);
    return { ok: true, id: row.id } as const;
  });
}

const scoresOf = (r: typeof dmaAssessments.$inferSelect): DmaScores => ({
  digitalStrategy: r.digitalStrategy,
  digitalReadiness: r.digitalReadiness,
  humanCentric: r.humanCentric,
  dataManagement: r.dataManagement,
  interoperability: r.interoperability,
  greenDigitalisation: r.greenDigitalisation,
  overall: r.overall,
});

/**
 * Every organisation with a measurement: its stages in order, the change from T0 to the latest stage per dimension,
 * and whether a T1 is due (`t1Months` after T0 without a later measurement).
 */
export async function maturityOverview(t1Months: number, today: string, organisationIds?: string[]) {
  const rows = await getDb()
    .select({ a: dmaAssessments, name: organisations.name })
    .from(dmaAssessments)
    .innerJoin(organisations, eq(organisations.id, dmaAssessments.organisationId))
    .where(organisationIds ? inArray(dmaAssessments.organisationId, organisationIds.length ? organisationIds : ["00000000-0000-0000-0000-000000000000"]) : undefined)
    .orderBy(asc(organisations.name), asc(dmaAssessments.assessedOn), asc(dmaAssessments.stage));
  const byOrg = new Map<string, { organisationId: string; name: string; stages: { id: string; stage: string; assessedOn: string; externalReference: string | null; scores: DmaScores }[] }>();
  for (const { a, name } of rows) {
    const entry = byOrg.get(a.organisationId) ?? { organisationId: a.organisationId, name, stages: [] };
    entry.stages.push({ id: a.id, stage: a.stage, assessedOn: a.assessedOn, externalReference: a.externalReference, scores: scoresOf(a) });
    byOrg.set(a.organisationId, entry);
  }
  return [...byOrg.values()].map((o) => {
    const t0 = o.stages.find((s) => s.stage === "T0") ?? null;
    const latest = [...o.stages].reverse().find((s) => s.stage !== "T0") ?? null;
    return {
      ...o,
      change: t0 && latest ? { from: t0.stage, to: latest.stage, toDate: latest.assessedOn, delta: dmaChange(t0.scores, latest.scores) } : null,
      t1Due: t0 ? t1Due(t0.assessedOn, latest !== null, t1Months, today) : false,
    };
  });
}

export interface ProfileInput {
  organisationId: string;
  employees: number | null;
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  naceSection: NaceSection | null;
  municipalityCode: string | null;
}

/** Save an organisation's self-declared report fields; the size class follows from them. */
export async function saveProfile(actorUserId: string, input: ProfileInput): Promise<{ ok: true; sizeClass: string | null } | DomainError<DmaError>> {
  return getDb().transaction(async (tx) => {
    const [org] = await tx.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) return fail<DmaError>("customerNotRegistered");
    if (input.municipalityCode) {
      const [region] = await tx.select({ code: regions.code }).from(regions).where(and(eq(regions.code, input.municipalityCode), eq(regions.kind, "gemeente")));
      if (!region) return fail<DmaError>("municipalityUnknown");
    }
    const sizeClass = org.kind === "bedrijf" ? sizeClassFor(input.employees, input.turnoverEur, input.balanceSheetEur) : null;
    const values = { ...input, sizeClass, updatedByUserId: actorUserId, updatedAt: new Date() };
    await tx.insert(organisationReportProfiles).values(values).onConflictDoUpdate({ target: organisationReportProfiles.organisationId, set: values });
    await audit({ actorUserId, action: "edih.profile.save", entityType: "organisation", entityId: input.organisationId, data: { sizeClass } }, tx);
    return { ok: true, sizeClass } as const;
  });
}

/** An organisation's saved report details, if any (to edit them). */
export async function profileOf(organisationId: string) {
  const [row] = await getDb().select().from(organisationReportProfiles).where(eq(organisationReportProfiles.organisationId, organisationId));
  return row ?? null;
}

/** The municipalities (for the location picker), by name. */
export async function municipalities() {
  return getDb().select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.kind, "gemeente")).orderBy(asc(regions.name));
}

/** Recently saved profiles, newest first. */
export async function recentProfiles(limit = 20) {
  return getDb()
    .select({ organisationId: organisationReportProfiles.organisationId, name: organisations.name, sizeClass: organisationReportProfiles.sizeClass, naceSection: organisationReportProfiles.naceSection, municipality: regions.name })
    .from(organisationReportProfiles)
    .innerJoin(organisations, eq(organisations.id, organisationReportProfiles.organisationId))
    .leftJoin(regions, eq(regions.code, organisationReportProfiles.municipalityCode))
    .orderBy(desc(organisationReportProfiles.updatedAt))
    .limit(limit);
}
