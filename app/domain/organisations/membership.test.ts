/** Joining a waterschap or ministry from the reference list through the organisation chooser's action. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeUser } = await import("../../test/factories");
const { createSessionCookie } = await import("../auth/session.server");
const chooser = await import("../../routes/organisatie.kiezen");

const suffix = Math.random().toString(36).slice(2, 8);
const userId = `join-${suffix}`;
let cookie = "";
const post = (form: Record<string, string>) =>
  run(() => chooser.action({ request: makeRequest("/organisatie/kiezen", { cookie, form }), params: {}, context: {} }));

beforeAll(async () => {
  await makeUser({ id: userId, email: `join-${suffix}@elders.example`, name: "Join Test" });
  cookie = cookieFrom(await createSessionCookie(userId));
});
afterAll(async () => {
  await getSql().end();
});

describe("organisation chooser: waterschappen and ministries", () => {
  it("offers them in the list", async () => {
    const page = await run(() => chooser.loader({ request: makeRequest("/organisatie/kiezen", { cookie }), params: {}, context: {} }));
    const bodies = (page.body as { bodies: { code: string; kind: string; label: string }[] }).bodies;
    expect(bodies).toContainEqual({ code: "WS0021", kind: "waterschap", label: "Waterschap Limburg" });
    expect(bodies.some((b) => b.kind === "rijk")).toBe(true);
    expect(bodies).toContainEqual(expect.objectContaining({ kind: "gemeente", label: "Gemeente Zwolle" }));
  });

  it("joining one creates the organisation with its code; the membership waits for hub verification", async () => {
    expect(await post({ intent: "join", cbsCode: "ws0013" })).toMatchObject({ status: 302, location: "/organisatie/volgende-stap" });
    const [org] = await getDb().select().from(s.organisations).where(eq(s.organisations.cbsCode, "WS0013"));
    expect(org).toMatchObject({ kind: "waterschap", name: "Hoogheemraadschap van Schieland en de Krimpenerwaard", regionCode: null });
    const [m] = await getDb().select().from(s.memberships).where(and(eq(s.memberships.userId, userId), eq(s.memberships.organisationId, org.id)));
    expect(m).toMatchObject({ role: "admin", verifiedAt: null });
    expect(await post({ intent: "join", cbsCode: "RK0003" })).toMatchObject({ status: 302 });
  });

  it("two first members of a body without a record, at once: both join one organisation (no 500)", async () => {
    const page = await run(() => chooser.loader({ request: makeRequest("/organisatie/kiezen", { cookie }), params: {}, context: {} }));
    const codes = (page.body as { bodies: { code: string }[] }).bodies.map((b) => b.code);
    const known = new Set((await getDb().select({ code: s.organisations.cbsCode }).from(s.organisations)).map((r) => r.code));
    const code = codes.find((c) => !known.has(c))!;
    expect(code).toBeTruthy();
    const pair = await Promise.all(
      ["a", "b"].map(async (k) => {
        const u = await makeUser({ id: `join-race-${k}-${suffix}`, email: `join-race-${k}-${suffix}@elders.example` });
        const c = cookieFrom(await createSessionCookie(u.id));
        return run(() => chooser.action({ request: makeRequest("/organisatie/kiezen", { cookie: c, form: { intent: "join", cbsCode: code } }), params: {}, context: {} }));
      }),
    );
    expect(pair.map((r) => r.status)).toEqual([302, 302]);
    const orgs = await getDb().select().from(s.organisations).where(eq(s.organisations.cbsCode, code));
    expect(orgs).toHaveLength(1);
    const roles = (await getDb().select().from(s.memberships).where(eq(s.memberships.organisationId, orgs[0].id))).map((m) => m.role).sort();
    expect(roles).toEqual(["admin", "member"]);
  });

  it("refuses an unknown code with a field message", async () => {
    expect(await post({ intent: "join", cbsCode: "WS9999" })).toMatchObject({ status: 400, body: { errors: { cbsCode: "org.bodyRequired" }, values: { cbsCode: "WS9999" } } });
  });
});
