/**
 * Becoming hub staff (issue 12): a hub admin invites an address at /hub/team; the invitee accepts at /uitnodiging and
 * gets the role, then must enrol a second factor before any other page; enrolling lands on /hub. Through the route
 * modules against the real test database.
 */
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeUser } = await import("../../test/factories");
const { generateTOTP } = await import("@oslojs/otp");
const { decodeBase32IgnorePadding } = await import("@oslojs/encoding");
const { createSessionCookie } = await import("../auth/session.server");
const team = await import("../../routes/hub.team");
const hubHome = await import("../../routes/hub._index");
const invitation = await import("../../routes/uitnodiging");
const enrol = await import("../../routes/account.tweestapsverificatie");

const suffix = Math.random().toString(36).slice(2, 8);
const email = (k: string) => `${k}-${suffix}@hubteam.example`;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

const call = (fn: (a: never) => unknown, path: string, cookie: string, form?: Record<string, string>) =>
  run(() => fn({ request: makeRequest(path, { cookie, form }), params: {}, context: {} } as never));
const roleOf = async (key: string) => (await getDb().select({ r: s.users.platformRole }).from(s.users).where(eq(s.users.id, ids[key])))[0].r;
async function tokenFor(to: string): Promise<string> {
  const [mail] = await getDb().select().from(s.devMail).where(eq(s.devMail.to, to)).orderBy(desc(s.devMail.id)).limit(1);
  expect(mail.subject).toBe("Uitnodiging voor het hubteam van Opgavenmarkt");
  return new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
}

beforeAll(async () => {
  for (const [key, hub] of [["admin", "hub_admin"], ["staff", "hub_staff"], ["newcomer", undefined], ["stranger", undefined], ["boss", "hub_admin"]] as const) {
    const u = await makeUser({ email: email(key), name: `Hub ${key} ${suffix}`, ...(hub ? { hub } : {}) });
    ids[key] = u.id;
    cookies[key] = cookieFrom(await createSessionCookie(u.id));
  }
});
afterAll(async () => {
  await getSql().end();
});

describe("the hub team", () => {
  it("lists every hub role with its second factor; only a hub admin may invite", async () => {
    const page = await call(team.loader, "/hub/team", cookies.staff);
    expect(page.status).toBe(200);
    const body = page.body as { team: { id: string; role: string; totp: boolean }[]; isAdmin: boolean; invites: unknown[] };
    expect(body.isAdmin).toBe(false);
    expect(body.team).toEqual(expect.arrayContaining([expect.objectContaining({ id: ids.admin, role: "hub_admin", totp: true }), expect.objectContaining({ id: ids.staff, role: "hub_staff" })]));
    expect(body.team.some((m) => m.id === ids.newcomer)).toBe(false);
    const denied = await call(team.action, "/hub/team", cookies.staff, { intent: "invite", email: email("newcomer"), role: "hub_staff" });
    expect(denied.status).toBe(403);
    expect((await call(team.loader, "/hub/team", cookies.newcomer)).status).toBe(403);
  });

  it("validates the invitation and refuses an address that has the role already", async () => {
    const bad = await call(team.action, "/hub/team", cookies.admin, { intent: "invite", email: "geen-adres", role: "baas" });
    expect(bad).toMatchObject({ status: 400, body: { errors: { email: "forms.emailInvalid", role: "hubTeam.roleInvalid" }, values: { email: "geen-adres" } } });
    const dup = await call(team.action, "/hub/team", cookies.admin, { intent: "invite", email: email("staff"), role: "hub_staff" });
    expect(dup).toMatchObject({ status: 400, body: { errors: { email: "hubTeam.alreadyInTeam" } } });
  });

  it("an invited user accepts, becomes hub staff, must enrol TOTP first and then lands on /hub", async () => {
    const sent = await call(team.action, "/hub/team", cookies.admin, { intent: "invite", email: email("newcomer"), role: "hub_staff" });
    expect(sent).toMatchObject({ status: 200, body: { done: "hubTeam.invited", email: email("newcomer") } });
    const listed = (await call(team.loader, "/hub/team", cookies.admin)).body as { invites: { email: string; role: string }[] };
    expect(listed.invites).toEqual(expect.arrayContaining([expect.objectContaining({ email: email("newcomer"), role: "hub_staff" })]));
    const token = await tokenFor(email("newcomer"));

    const shown = await call(invitation.loader, `/uitnodiging?token=${token}`, cookies.newcomer);
    expect(shown.body).toMatchObject({ invite: { organisation: null, hubRole: "hub_staff", email: email("newcomer") }, matches: true });
    const wrong = await call(invitation.action, "/uitnodiging", cookies.stranger, { token });
    expect(wrong).toMatchObject({ status: 400, body: { error: "invite.otherAddress" } });
    expect(await roleOf("stranger")).toBe("user");

    const ok = await call(invitation.action, "/uitnodiging", cookies.newcomer, { token });
    expect(ok).toMatchObject({ status: 302, location: "/account/tweestapsverificatie" });
    expect(await roleOf("newcomer")).toBe("hub_staff");
    // Until the second factor is set up, even a POST elsewhere is refused.
    expect((await call(invitation.action, "/uitnodiging", cookies.newcomer, { token })).status).toBe(403);

    // Every hub page first asks for the second factor.
    expect(await call(hubHome.loader, "/hub", cookies.newcomer)).toMatchObject({ status: 302, location: "/account/tweestapsverificatie" });
    const form = (await call(enrol.loader, "/account/tweestapsverificatie", cookies.newcomer)).body as { secret: string; staff: boolean };
    expect(form.staff).toBe(true);
    const code = generateTOTP(decodeBase32IgnorePadding(form.secret), 30, 6);
    const enrolled = await call(enrol.action, "/account/tweestapsverificatie", cookies.newcomer, { intent: "enable", secret: form.secret, code });
    expect(enrolled).toMatchObject({ status: 302, location: "/hub" });
    expect((await call(hubHome.loader, "/hub", cookies.newcomer)).status).toBe(200);
    // The link is single use.
    expect((await call(invitation.action, "/uitnodiging", cookies.newcomer, { token })).status).toBe(400);
    const log = await getDb().select({ action: s.auditLog.action, data: s.auditLog.data }).from(s.auditLog).where(eq(s.auditLog.entityId, ids.newcomer));
    expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ action: "hub_role.granted", data: expect.objectContaining({ role: "hub_staff", invitedBy: ids.admin }) })]));
  });

  it("never lowers a role: a hub admin who accepts a broker invitation stays admin", async () => {
    // The inviting admin cannot even send it (the address has a higher role); a token made another way is still safe.
    const dup = await call(team.action, "/hub/team", cookies.admin, { intent: "invite", email: email("boss"), role: "hub_staff" });
    expect(dup).toMatchObject({ status: 400, body: { errors: { email: "hubTeam.alreadyInTeam" } } });
    const { createToken } = await import("../auth/tokens.server");
    const token = await createToken("invite", { email: email("boss"), role: "hub_staff", invitedByUserId: ids.admin });
    const ok = await call(invitation.action, "/uitnodiging", cookies.boss, { token });
    expect(ok).toMatchObject({ status: 302, location: "/hub" });
    expect(await roleOf("boss")).toBe("hub_admin");
  });
});
