/**
 * Joining or registering an organisation, switching between one's organisations. Every query takes the
 * caller's user id, so nobody acts for someone else's membership.
 */
import { memberships, organisations } from "../../../db/schema";
import { findOtherPublicBody, OTHER_PUBLIC_BODIES } from "../../../db/reference/other-public-bodies";
import { logSecurityEvent } from "../auth/security-log.server";
import { getDb } from "../db.server";
import { notifyHubOfPendingMembership } from "../hub/verification.server";
import { bodyByCbsCodeForUpdate, listRegions, memberCount, membershipOf, organisationByKvk, regionByCode, setActiveOrganisation, uniqueOrganisationSlug } from "./organisations.repository.server";
import { fail, type Result } from "../errors";
import type { OrganisationError } from "./errors";

export type OrgResult = Result<{ organisationId: string }, OrganisationError>;

type BodyKind = "gemeente" | "provincie" | "waterschap" | "rijk";

/**
 * The "choose your body" list: the CBS gemeenten and provincies of the current reference year, then the waterschappen
 * and ministries of db/reference/other-public-bodies.ts. `label` is the full name to show.
 */
export async function listPublicBodyOptions(): Promise<{ code: string; kind: BodyKind; label: string }[]> {
  const cbs = await listRegions();
  const other = [...OTHER_PUBLIC_BODIES.bodies].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, "nl") : a.kind === "waterschap" ? -1 : 1));
  return [
    ...cbs.map((r) => ({ code: r.code, kind: r.kind, label: `${r.kind === "gemeente" ? "Gemeente" : "Provincie"} ${r.name}` })),
    ...other.map((b) => ({ code: b.code, kind: b.kind, label: b.name })),
  ];
}

/** The organisation to create for a body code, or null when the code is on neither list. */
async function bodyFor(code: string): Promise<{ kind: BodyKind; name: string; regionCode: string | null } | null> {
  const other = findOtherPublicBody(code);
  if (other) return { kind: other.kind, name: other.name, regionCode: null };
  const region = await regionByCode(code);
  if (!region) return null;
  return { kind: region.kind, name: region.kind === "gemeente" ? `Gemeente ${region.name}` : `Provincie ${region.name}`, regionCode: region.code };
}

const emailDomain = (email: string) => email.split("@")[1]?.toLowerCase() ?? "";

/**
 * Join the public body with this CBS code, creating its organisation when it is not there yet (the first member
 * becomes admin). The membership is verified at once only when the address is on the body's registered domain;
 * otherwise hub staff verify it before the member may publish, and are notified that it waits.
 */
export async function joinPublicBody(
  caller: { userId: string; email: string; sessionId: string; request: Request },
  cbsCode: string,
): Promise<OrgResult> {
  const db = getDb();
  const body = await bodyFor(cbsCode);
  if (!body) return fail("bodyRequired");
  const result = await db.transaction(async (tx) => {
    let org = await bodyByCbsCodeForUpdate(tx, cbsCode);
    if (!org) {
      // The first member creates the body's record. Two first members at once: the second insert waits for the first
      // and does nothing (same CBS code and slug), and then reads the record the first one made (never a 500).
      [org] = await tx
        .insert(organisations)
        .values({ slug: await uniqueOrganisationSlug(body.name), kind: body.kind, name: body.name, cbsCode, regionCode: body.regionCode, verified: false })
        .onConflictDoNothing()
        .returning();
      if (!org) org = await bodyByCbsCodeForUpdate(tx, cbsCode);
      if (!org) return fail("bodyRequired");
    }
    const existing = await membershipOf(tx, caller.userId, org.id);
    if (existing) return fail("alreadyMember");
    const n = await memberCount(tx, org.id);
    const domainMatches = !!org.emailDomain && org.emailDomain.toLowerCase() === emailDomain(caller.email);
    await tx.insert(memberships).values({
      userId: caller.userId,
      organisationId: org.id,
      role: n === 0 ? "admin" : "member",
      verifiedAt: domainMatches ? new Date() : null,
    });
    if (!domainMatches) await notifyHubOfPendingMembership(tx, { userId: caller.userId, organisationId: org.id });
    return { ok: true as const, organisationId: org.id };
  });
  if (result.ok) {
    await setActiveOrganisation(caller.sessionId, result.organisationId);
    await logSecurityEvent("org.joined", { userId: caller.userId, request: caller.request, data: { organisationId: result.organisationId } });
  }
  return result;
}

/** Register a company by KvK number; the registering user becomes its admin. A known KvK number needs an invite. */
export async function registerCompany(
  caller: { userId: string; sessionId: string; request: Request },
  input: { kvkNumber: string; name: string },
): Promise<OrgResult> {
  const db = getDb();
  const taken = await organisationByKvk(input.kvkNumber);
  if (taken) return fail("kvkTaken");
  const organisationId = await db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({ slug: await uniqueOrganisationSlug(input.name), kind: "bedrijf", name: input.name, kvkNumber: input.kvkNumber })
      .returning({ id: organisations.id });
    await tx.insert(memberships).values({ userId: caller.userId, organisationId: org.id, role: "admin", verifiedAt: new Date() });
    return org.id;
  });
  await setActiveOrganisation(caller.sessionId, organisationId);
  await logSecurityEvent("org.registered", { userId: caller.userId, request: caller.request, data: { organisationId } });
  return { ok: true, organisationId };
}

/** Make one of the caller's own organisations the active one for this session. */
export async function switchOrganisation(caller: { userId: string; sessionId: string }, organisationId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/.test(organisationId)) return false;
  const m = await membershipOf(getDb(), caller.userId, organisationId);
  if (!m) return false;
  await setActiveOrganisation(caller.sessionId, organisationId);
  return true;
}
