/** Invites and role management through the route actions, against the real test database. */
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeMembership, makeUser } = await import("../../test/factories");
const { createSessionCookie } = await import("../auth/session.server");
const members = await import("../../routes/organisatie.leden");
const invitation = await import("../../routes/uitnodiging");

const suffix = Math.random().toString(36).slice(2, 8);
const id = (k: string) => `mem-${k}-${suffix}`;
const email = (k: string) => `${k}-${suffix}@members.example`;
let orgA = "";
let orgB = "";

async function user(key: string, org: string | null, role: "member" | "admin" = "member") {
  await makeUser({ id: id(key), email: email(key), name: `User ${key}` });
  if (org) await makeMembership(id(key), org, { role });
  return cookieFrom(await createSessionCookie(id(key)));
}
const post = (fn: (a: never) => unknown, path: string, cookie: string, form: Record<string, string>) =>
  run(() => fn({ request: makeRequest(path, { cookie, form }), params: {}, context: {} } as never));
const roleOf = async (key: string, org: string) =>
  (await getDb().select().from(s.memberships).where(and(eq(s.memberships.userId, id(key)), eq(s.memberships.organisationId, org))))[0]?.role ?? null;

const cookies: Record<string, string> = {};
beforeAll(async () => {
  const [a, b] = await getDb()
    .insert(s.organisations)
    .values([
      { slug: `mem-a-${suffix}`, kind: "bedrijf", name: `Bedrijf A ${suffix}`, kvkNumber: String(10_000_000 + Math.floor(Math.random() * 8e7)) },
      { slug: `mem-b-${suffix}`, kind: "bedrijf", name: `Bedrijf B ${suffix}`, kvkNumber: String(10_000_000 + Math.floor(Math.random() * 8e7)) },
    ])
    .returning({ id: s.organisations.id });
  orgA = a.id;
  orgB = b.id;
  cookies.admin = await user("admin", orgA, "admin");
  cookies.member = await user("member", orgA);
  cookies.other = await user("other", orgB, "admin");
  cookies.invitee = await user("invitee", null);
  cookies.stranger = await user("stranger", null);
});
afterAll(async () => {
  await getSql().end();
});

describe("role management", () => {
  it("never leaves the organisation without an admin", async () => {
    const r = await post(members.action, "/organisatie/leden", cookies.admin, { intent: "role", userId: id("admin"), role: "member" });
    expect(r).toMatchObject({ status: 400, body: { errors: { member: "members.lastAdmin" } } });
    const rm = await post(members.action, "/organisatie/leden", cookies.admin, { intent: "remove", userId: id("admin") });
    expect(rm).toMatchObject({ status: 400, body: { errors: { member: "members.lastAdmin" } } });
    expect(await roleOf("admin", orgA)).toBe("admin");
  });

  it("promotes and demotes, and audit-logs both", async () => {
    expect((await post(members.action, "/organisatie/leden", cookies.admin, { intent: "role", userId: id("member"), role: "admin" })).status).toBe(200);
    expect(await roleOf("member", orgA)).toBe("admin");
    expect((await post(members.action, "/organisatie/leden", cookies.admin, { intent: "role", userId: id("member"), role: "member" })).status).toBe(200);
    expect(await roleOf("member", orgA)).toBe("member");
    const log = await getDb().select().from(s.auditLog).where(and(eq(s.auditLog.entityId, orgA), eq(s.auditLog.action, "membership.role_changed")));
    expect(log.map((l) => l.data.to)).toEqual(expect.arrayContaining(["admin", "member"]));
  });

  it("a member may not change roles (403), and bad input gets field messages", async () => {
    const r = await post(members.action, "/organisatie/leden", cookies.member, { intent: "role", userId: id("member"), role: "admin" });
    expect(r.status).toBe(403);
    const bad = await post(members.action, "/organisatie/leden", cookies.admin, { intent: "role", userId: id("member"), role: "baas" });
    expect(bad).toMatchObject({ status: 400, body: { errors: { role: "org.roleInvalid" } } });
  });

  it("an admin of one organisation cannot touch another organisation's members", async () => {
    const r = await post(members.action, "/organisatie/leden", cookies.other, { intent: "remove", userId: id("member") });
    expect(r).toMatchObject({ status: 400, body: { errors: { member: "members.notFound" } } });
    expect(await roleOf("member", orgA)).toBe("member");
  });
});

describe("invitations", () => {
  async function inviteLink(to: string): Promise<string> {
    const [mail] = await getDb().select().from(s.devMail).where(eq(s.devMail.to, to)).orderBy(desc(s.devMail.id)).limit(1);
    return new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
  }

  it("validates the form and keeps what was typed", async () => {
    const r = await post(members.action, "/organisatie/leden", cookies.admin, { intent: "invite", email: "geen-adres", role: "member" });
    expect(r).toMatchObject({ status: 400, body: { errors: { email: "forms.emailInvalid" }, values: { email: "geen-adres" } } });
    const dup = await post(members.action, "/organisatie/leden", cookies.admin, { intent: "invite", email: email("member"), role: "member" });
    expect(dup).toMatchObject({ status: 400, body: { errors: { email: "members.alreadyMember" } } });
  });

  it("mails a single-use link that only the invited address can accept", async () => {
    const r = await post(members.action, "/organisatie/leden", cookies.admin, { intent: "invite", email: email("invitee"), role: "admin" });
    expect(r.status).toBe(200);
    const token = await inviteLink(email("invitee"));
    const wrong = await post(invitation.action, "/uitnodiging", cookies.stranger, { token });
    expect(wrong).toMatchObject({ status: 400, body: { error: "invite.otherAddress" } });
    const ok = await post(invitation.action, "/uitnodiging", cookies.invitee, { token });
    // The new member lands on what happens next in the organisation, not on the member list (issue 12).
    expect(ok).toMatchObject({ status: 302, location: "/organisatie/volgende-stap" });
    expect(await roleOf("invitee", orgA)).toBe("admin");
    const again = await post(invitation.action, "/uitnodiging", cookies.invitee, { token });
    expect(again).toMatchObject({ status: 400, body: { error: "invite.invalid" } });
    const log = await getDb().select({ action: s.auditLog.action }).from(s.auditLog).where(eq(s.auditLog.entityId, orgA));
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["membership.invited", "membership.invite_accepted"]));
  });

  it("removing a member ends their access to the organisation", async () => {
    const r = await post(members.action, "/organisatie/leden", cookies.admin, { intent: "remove", userId: id("invitee") });
    expect(r.status).toBe(200);
    expect(await roleOf("invitee", orgA)).toBeNull();
    const page = await run(() => members.loader({ request: makeRequest("/organisatie/leden", { cookie: cookies.invitee }), params: {}, context: {} }));
    expect(page.location).toBe("/organisatie/kiezen?redirectTo=%2Forganisatie%2Fleden");
  });
});
