/**
 * Corrections to a confirmed EDIH service by hub staff (ADR 0025): edit its fields or withdraw it. Nothing is
 * silently lost: a withdrawn service keeps its row (status `withdrawn`, no longer counted or exported), and every
 * correction writes an audit line with the values before and after (app/domain/audit).
 */
import { and, asc, between, eq, sql } from "drizzle-orm";
import { edihServices, organisations, themes } from "../../../db/schema";
import type { ServiceCategory } from "../../../shared/vocabulary/edih";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { fail, type DomainError } from "../errors";
import type { CorrectionError } from "./errors";

export interface ServiceEdit {
  serviceId: string;
  category: ServiceCategory;
  serviceDate: string;
  themeSlug: string | null;
  partnerOrganisationId: string;
  investmentEur: number | null;
  notes: string | null;
}

type Fail = DomainError<CorrectionError>;

const EDITABLE = ["category", "serviceDate", "themeSlug", "partnerOrganisationId", "investmentEur", "notes"] as const;

/** A confirmed service for editing (with its customer's name), or null. */
export async function confirmedService(serviceId: string) {
  const [row] = await getDb()
    .select({ s: edihServices, customerName: organisations.name })
    .from(edihServices)
    .innerJoin(organisations, eq(organisations.id, edihServices.customerOrganisationId))
    .where(and(eq(edihServices.id, serviceId), eq(edihServices.status, "confirmed")));
  return row ? { ...row.s, customerName: row.customerName } : null;
}

/** Change a confirmed service's fields; the audit line holds each changed field's value before and after. */
export async function editService(actorUserId: string, edit: ServiceEdit): Promise<{ ok: true; changed: string[] } | Fail> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(edihServices).where(eq(edihServices.id, edit.serviceId)).for("update");
    if (!row) return fail<CorrectionError>("notFound");
    if (row.status !== "confirmed") return fail<CorrectionError>("notConfirmed");
    const [partner] = await tx.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, edit.partnerOrganisationId));
    if (partner?.kind !== "hub-partner") return fail<CorrectionError>("partnerInvalid");
    if (edit.themeSlug && !(await tx.select({ slug: themes.slug }).from(themes).where(eq(themes.slug, edit.themeSlug))).length) return fail<CorrectionError>("theme");
    const changes = Object.fromEntries(EDITABLE.filter((k) => row[k] !== edit[k]).map((k) => [k, { before: row[k], after: edit[k] }]));
    const changed = Object.keys(changes);
    if (!changed.length) return { ok: true, changed } as const;
    await tx
      .update(edihServices)
      .set(Object.fromEntries(changed.map((k) => [k, edit[k as (typeof EDITABLE)[number]]])))
      .where(eq(edihServices.id, edit.serviceId));
    await audit({ actorUserId, action: "edih.service.edit", entityType: "edih_service", entityId: edit.serviceId, data: { changes } }, tx);
    return { ok: true, changed } as const;
  });
}

/** Withdraw a confirmed service: it stays in the table (status withdrawn) and the audit line keeps the reason. */
export async function withdrawService(actorUserId: string, serviceId: string, reason: string): Promise<{ ok: true } | Fail> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(edihServices).where(eq(edihServices.id, serviceId)).for("update");
    if (!row) return fail<CorrectionError>("notFound");
    if (row.status !== "confirmed") return fail<CorrectionError>("notConfirmed");
    await tx.update(edihServices).set({ status: "withdrawn" }).where(eq(edihServices.id, serviceId));
    const { category, serviceDate, customerOrganisationId, partnerOrganisationId, investmentEur } = row;
    await audit(
      { actorUserId, action: "edih.service.withdraw", entityType: "edih_service", entityId: serviceId, data: { reason, category, serviceDate, customerOrganisationId, partnerOrganisationId, investmentEur } },
      tx,
    );
    return { ok: true } as const;
  });
}

/** Services withdrawn whose date is in the period, with the reason from their audit line (shown, not counted). */
export async function withdrawnInPeriod(from: string, to: string) {
  return getDb()
    .select({
      id: edihServices.id,
      serviceDate: edihServices.serviceDate,
      category: edihServices.category,
      customerName: organisations.name,
      reason: sql<string | null>`(select a.data->>'reason' from audit_log a where a.entity_type = 'edih_service' and a.entity_id = ${edihServices.id}::text and a.action = 'edih.service.withdraw' order by a.id desc limit 1)`,
    })
    .from(edihServices)
    .innerJoin(organisations, eq(organisations.id, edihServices.customerOrganisationId))
    .where(and(eq(edihServices.status, "withdrawn"), between(edihServices.serviceDate, from, to)))
    .orderBy(asc(edihServices.serviceDate), asc(organisations.name));
}
