/** Hub verification through the route action: approve, reject, e-mail domains, audit log. */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { DEMO_TOTP_SECRET } = await import("../../../db/seed/partners");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const { joinPublicBody } = await import("../organisations/membership.server");
const { acceptInvite } = await import("../organisations/invites.server");
const { createToken } = await import("../auth/tokens.server");
const { decideMembership } = await import("./verification.server");
const route = await import("../../routes/hub.verificatie");

const suffix = Math.random().toString(36).slice(2, 8);
const domain = `ws-${suffix}.example`;
const staffId = `ver-staff-${suffix}`;
let staffCookie = "";
let orgId = "";

async function member(key: string, emailDomain: string) {
  const id = `ver-${key}-${suffix}`;
  await getDb().insert(s.users).values({ id, email: `${key}-${suffix}@${emailDomain}`, name: `Ver ${key}`, emailVerifiedAt: new Date() });
  await getDb().insert(s.memberships).values({ userId: id, organisationId: orgId, role: "member" });
  return id;
}
const verifiedAt = async (userId: string) =>
  (await getDb().select().from(s.memberships).where(and(eq(s.memberships.userId, userId), eq(s.memberships.organisationId, orgId))))[0]?.verifiedAt;
const notificationsOf = (userId: string) => getDb().select().from(s.notifications).where(eq(s.notifications.userId, userId));
const post = (form: Record<string, string>) =>
  run(() => route.action({ request: makeRequest("/hub/verificatie", { cookie: staffCookie, form }), params: {}, context: {} }));

beforeAll(async () => {
  await getDb().insert(s.users).values({
    id: staffId,
    email: `staff-${suffix}@hub.example`,
    name: "Ver Staff",
    platformRole: "hub_staff",
    emailVerifiedAt: new Date(),
    totpSecret: DEMO_TOTP_SECRET,
    totpEnabledAt: new Date(),
  });
  staffCookie = cookieFrom(await createSessionCookie(staffId));
  const [org] = await getDb()
    .insert(s.organisations)
    .values({ slug: `waterschap-${suffix}`, kind: "waterschap", name: `Waterschap Test ${suffix}` })
    .returning({ id: s.organisations.id });
  orgId = org.id;
});
afterAll(async () => {
  await getSql().end();
});

describe("hub verification", () => {
  it("lists unverified public-body members and approves one", async () => {
    const id = await member("a", "elders.example");
    const page = await run(() => route.loader({ request: makeRequest("/hub/verificatie", { cookie: staffCookie }), params: {}, context: {} }));
    expect((page.body as { pending: { userId: string }[] }).pending.map((p) => p.userId)).toContain(id);
    expect(await post({ intent: "approve", userId: id, organisationId: orgId })).toMatchObject({ status: 200, body: { done: "hub.approved" } });
    expect(await verifiedAt(id)).toBeInstanceOf(Date);
    expect(await notificationsOf(id)).toMatchObject([
      { kind: "membership_decision", payload: { outcome: "verified", organisationId: orgId, href: "/organisatie/kiezen" } },
    ]);
    // Deciding twice is refused: it is no longer pending.
    expect(await post({ intent: "reject", userId: id, organisationId: orgId, reason: "Dubbel" })).toMatchObject({ status: 400, body: { errors: { member: "hub.notPending" } } });
  });

  it("rejecting needs a reason (required, at most 500 characters), removes the membership and tells the member why", async () => {
    const id = await member("b", "elders.example");
    const form = { intent: "reject", userId: id, organisationId: orgId };
    expect(await post(form)).toMatchObject({ status: 400, body: { errors: { reason: "hub.reasonRequired" } } });
    expect(await post({ ...form, reason: "   " })).toMatchObject({ status: 400, body: { errors: { reason: "hub.reasonRequired" } } });
    expect(await post({ ...form, reason: "x".repeat(501) })).toMatchObject({ status: 400, body: { errors: { reason: "hub.reasonTooLong" } } });
    // The domain refuses it too, whatever the caller.
    expect(await decideMembership(staffId, { userId: id, organisationId: orgId }, { approve: false, reason: "" })).toEqual({ ok: false, error: "reasonRequired" });
    expect(await verifiedAt(id)).toBeNull();
    expect(await notificationsOf(id)).toEqual([]);

    expect(await post({ ...form, reason: "  Geen medewerker van dit waterschap.  " })).toMatchObject({ status: 200, body: { done: "hub.rejected" } });
    expect(await verifiedAt(id)).toBeUndefined();
    const [n] = await notificationsOf(id);
    expect(n).toMatchObject({
      kind: "membership_decision",
      payload: { outcome: "rejected", reason: "Geen medewerker van dit waterschap.", organisationId: orgId, organisation: `Waterschap Test ${suffix}` },
    });
    const [log] = await getDb()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entityId, orgId), eq(s.auditLog.action, "membership.rejected")));
    expect(log.data).toMatchObject({ userId: id, reason: "Geen medewerker van dit waterschap." });
  });

  it("joining a body off its domain notifies every hub staff member; the queue shows the wait, oldest first", async () => {
    const id = `ver-pending-${suffix}`;
    await getDb().insert(s.users).values({ id, email: `pending-${suffix}@elders.example`, name: `Wachtende ${suffix}`, emailVerifiedAt: new Date() });
    const cookie = cookieFrom(await createSessionCookie(id));
    const [gm] = await getDb().select().from(s.organisations).where(eq(s.organisations.kind, "gemeente")).orderBy(s.organisations.slug).limit(1);
    const joined = await joinPublicBody({ userId: id, email: `pending-${suffix}@elders.example`, sessionId: cookie.split("=")[1], request: makeRequest("/") }, gm.cbsCode!);
    expect(joined.ok).toBe(true);
    const staff = await getDb()
      .select({ id: s.users.id })
      .from(s.users)
      .where(and(inArray(s.users.platformRole, ["hub_staff", "hub_admin"]), isNull(s.users.deletedAt)));
    const told = await getDb()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.kind, "staff_attention"), sql`${s.notifications.payload}->>'event' = 'membership_pending'`, sql`${s.notifications.payload}->>'name' = ${`Wachtende ${suffix}`}`));
    expect(told.map((n) => n.userId).sort()).toEqual(staff.map((u) => u.id).sort());
    expect(told[0].payload).toMatchObject({ organisation: gm.name, href: "/hub/verificatie" });
    // The member is not told anything yet.
    expect(await notificationsOf(id)).toEqual([]);

    // Backdate it: the queue lists the longest waiting first and says how long.
    await getDb()
      .update(s.memberships)
      .set({ createdAt: new Date(Date.now() - 3 * 86_400_000 - 60_000) })
      .where(and(eq(s.memberships.userId, id), eq(s.memberships.organisationId, gm.id)));
    const page = await run(() => route.loader({ request: makeRequest("/hub/verificatie", { cookie: staffCookie }), params: {}, context: {} }));
    const pending = (page.body as { pending: { userId: string; since: string; waitingDays: number }[] }).pending;
    expect(pending.find((p) => p.userId === id)?.waitingDays).toBe(3);
    const since = pending.map((p) => p.since);
    expect(since).toEqual([...since].sort());
    await getDb().delete(s.memberships).where(and(eq(s.memberships.userId, id), eq(s.memberships.organisationId, gm.id)));
  });

  it("an invitation to a public body, accepted off its domain, waits in the queue and notifies hub staff too", async () => {
    const id = `ver-invited-${suffix}`;
    const address = `invited-${suffix}@elders.example`;
    await getDb().insert(s.users).values({ id, email: address, name: `Uitgenodigd ${suffix}`, emailVerifiedAt: new Date() });
    const token = await createToken("invite", { email: address, organisationId: orgId, role: "member" });
    expect(await acceptInvite({ userId: id, email: address }, token)).toEqual({ ok: true, organisationId: orgId });
    expect(await verifiedAt(id)).toBeNull();
    const told = await getDb()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, staffId), sql`${s.notifications.payload}->>'name' = ${`Uitgenodigd ${suffix}`}`));
    expect(told).toMatchObject([{ kind: "staff_attention", payload: { event: "membership_pending", organisationId: orgId } }]);
    await getDb().delete(s.memberships).where(and(eq(s.memberships.userId, id), eq(s.memberships.organisationId, orgId)));
  });

  it("an invitation from a verified admin of the public body verifies on acceptance, without the hub's queue", async () => {
    const admin = `ver-vadmin-${suffix}`;
    await getDb().insert(s.users).values({ id: admin, email: `vadmin-${suffix}@elders.example`, name: "Verified admin", emailVerifiedAt: new Date() });
    await getDb().insert(s.memberships).values({ userId: admin, organisationId: orgId, role: "admin", verifiedAt: new Date() });
    const id = `ver-vouched-${suffix}`;
    const address = `vouched-${suffix}@elders.example`;
    await getDb().insert(s.users).values({ id, email: address, name: `Ingestaan ${suffix}`, emailVerifiedAt: new Date() });
    const token = await createToken("invite", { email: address, organisationId: orgId, role: "member", invitedByUserId: admin });
    expect(await acceptInvite({ userId: id, email: address }, token)).toEqual({ ok: true, organisationId: orgId });
    expect(await verifiedAt(id)).toBeInstanceOf(Date);
    const told = await getDb().select().from(s.notifications).where(sql`${s.notifications.payload}->>'name' = ${`Ingestaan ${suffix}`}`);
    expect(told).toEqual([]);
    const [log] = await getDb()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.actorUserId, id), eq(s.auditLog.action, "membership.invite_accepted")));
    expect(log.data).toMatchObject({ verified: true, verifiedBy: "invitation", invitedBy: admin });
    await getDb().delete(s.memberships).where(and(eq(s.memberships.userId, id), eq(s.memberships.organisationId, orgId)));
    await getDb().delete(s.memberships).where(and(eq(s.memberships.userId, admin), eq(s.memberships.organisationId, orgId)));
  });

  it("an invitation from an admin who is not verified (or no longer an admin) leaves the invitee waiting for the hub", async () => {
    const admin = `ver-uadmin-${suffix}`;
    await getDb().insert(s.users).values({ id: admin, email: `uadmin-${suffix}@elders.example`, name: "Unverified admin", emailVerifiedAt: new Date() });
    await getDb().insert(s.memberships).values({ userId: admin, organisationId: orgId, role: "admin" });
    const id = `ver-unvouched-${suffix}`;
    const address = `unvouched-${suffix}@elders.example`;
    await getDb().insert(s.users).values({ id, email: address, name: `Niet ingestaan ${suffix}`, emailVerifiedAt: new Date() });
    const token = await createToken("invite", { email: address, organisationId: orgId, role: "member", invitedByUserId: admin });
    expect(await acceptInvite({ userId: id, email: address }, token)).toEqual({ ok: true, organisationId: orgId });
    expect(await verifiedAt(id)).toBeNull();
    const told = await getDb()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, staffId), sql`${s.notifications.payload}->>'name' = ${`Niet ingestaan ${suffix}`}`));
    expect(told).toMatchObject([{ kind: "staff_attention", payload: { event: "membership_pending", organisationId: orgId } }]);
    await getDb().delete(s.memberships).where(and(eq(s.memberships.userId, id), eq(s.memberships.organisationId, orgId)));
    await getDb().delete(s.memberships).where(and(eq(s.memberships.userId, admin), eq(s.memberships.organisationId, orgId)));
  });

  it("validates the domain form and keeps the input", async () => {
    const r = await post({ intent: "domain", organisationId: "", emailDomain: "geen domein" });
    expect(r).toMatchObject({
      status: 400,
      body: { errors: { organisationId: "hub.organisationRequired", emailDomain: "hub.domainInvalid" }, values: { emailDomain: "geen domein" } },
    });
  });

  it("registering a domain verifies waiting members on it, and later joins on it verify at once", async () => {
    const onDomain = await member("c", domain);
    const elsewhere = await member("d", "elders.example");
    expect(await post({ intent: "domain", organisationId: orgId, emailDomain: `@${domain.toUpperCase()}` })).toMatchObject({ status: 200 });
    const [org] = await getDb().select().from(s.organisations).where(eq(s.organisations.id, orgId));
    expect(org.emailDomain).toBe(domain);
    expect(await verifiedAt(onDomain)).toBeInstanceOf(Date);
    expect(await verifiedAt(elsewhere)).toBeNull();
    expect(await notificationsOf(onDomain)).toMatchObject([{ kind: "membership_decision", payload: { outcome: "verified" } }]);
    expect(await notificationsOf(elsewhere)).toEqual([]);
    const log = await getDb().select().from(s.auditLog).where(eq(s.auditLog.entityId, orgId));
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["membership.verified", "membership.rejected", "organisation.email_domain_set"]));
  });

  it("a public body from the CBS list verifies a join from its registered domain", async () => {
    const [gm] = await getDb().select().from(s.organisations).where(eq(s.organisations.kind, "gemeente")).limit(1);
    const gmDomain = `gm-${suffix}.example`;
    expect(await post({ intent: "domain", organisationId: gm.id, emailDomain: gmDomain })).toMatchObject({ status: 200 });
    const id = `ver-join-${suffix}`;
    await getDb().insert(s.users).values({ id, email: `join@${gmDomain}`, name: "Joiner", emailVerifiedAt: new Date() });
    const cookie = cookieFrom(await createSessionCookie(id));
    const sessionId = cookie.split("=")[1];
    const result = await joinPublicBody({ userId: id, email: `join@${gmDomain}`, sessionId, request: makeRequest("/") }, gm.cbsCode!);
    expect(result.ok).toBe(true);
    const [m] = await getDb().select().from(s.memberships).where(and(eq(s.memberships.userId, id), eq(s.memberships.organisationId, gm.id)));
    expect(m.verifiedAt).toBeInstanceOf(Date);
    // Another body may not claim the same domain.
    expect(await post({ intent: "domain", organisationId: orgId, emailDomain: gmDomain })).toMatchObject({ status: 400, body: { errors: { emailDomain: "hub.domainTaken" } } });
  });
});
