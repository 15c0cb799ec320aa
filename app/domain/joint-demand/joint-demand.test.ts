/**
 * "Wij ook" (issue 17): through the route's action as each kind of caller, on challenges and bodies the test makes.
 * Who may join (a verified member of another public body), who is refused and why, the owner and hub notified, the
 * challenge page's bodies and totals per unit, and withdrawal.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeChallenge, makeMembership, makeOrganisation, makeUser, uniqueSuffix } = await import("../../test/factories");
const { createSessionCookie } = await import("../auth/session.server");
const route = await import("../../routes/opgaven.$slug_.wij-ook");
const page = await import("../../routes/opgaven.$slug");

const suffix = uniqueSuffix();
const cookies: Record<string, string> = {};
let owner: { id: string }, bodyB: { id: string; slug: string }, bodyC: { id: string };
let published: { id: string; slug: string }, closed: { slug: string };
const ownerUser = `joint-owner-${suffix}`;

async function person(key: string, organisationId: string, verified = true) {
  const id = `joint-${key}-${suffix}`;
  await makeUser({ id, email: `${id}@joint.example`, name: `Joint ${key}` });
  await makeMembership(id, organisationId, { verified, role: "admin" });
  cookies[key] = cookieFrom(await createSessionCookie(id));
  return id;
}
const post = (who: string | null, slug: string, form: Record<string, string>) =>
  run(() => route.action({ request: makeRequest(`/opgaven/${slug}/wij-ook`, { cookie: who ? cookies[who] : null, form }), params: { slug }, context: {} }));
const view = (who: string | null, slug: string) =>
  run(() => route.loader({ request: makeRequest(`/opgaven/${slug}/wij-ook`, { cookie: who ? cookies[who] : null }), params: { slug }, context: {} }));
const interests = () => getDb().select().from(s.challengeInterests).where(eq(s.challengeInterests.challengeId, published.id));
const notificationsOf = (userId: string) =>
  getDb().select().from(s.notifications).where(and(eq(s.notifications.userId, userId), eq(s.notifications.kind, "joint_demand")));

beforeAll(async () => {
  owner = await makeOrganisation({ kind: "waterschap", name: `Waterschap Eigenaar ${suffix}` });
  bodyB = await makeOrganisation({ kind: "waterschap", name: `Waterschap Buur ${suffix}` });
  bodyC = await makeOrganisation({ kind: "rijk", name: `Ministerie Ook ${suffix}` });
  const company = await makeOrganisation({ kind: "bedrijf", kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)) });
  await makeUser({ id: ownerUser, email: `${ownerUser}@joint.example`, name: "Joint owner" });
  await makeMembership(ownerUser, owner.id, { role: "admin" });
  cookies.owner = cookieFrom(await createSessionCookie(ownerUser));
  await person("b", bodyB.id);
  await person("c", bodyC.id);
  await person("unverified", bodyC.id, false).then(() => null);
  await person("company", company.id);
  published = await makeChallenge({ ownerOrganisationId: owner.id, createdByUserId: ownerUser, status: "published", title: `Gezamenlijke opgave ${suffix}` });
  closed = await makeChallenge({ ownerOrganisationId: owner.id, createdByUserId: ownerUser, status: "closed" });
});
afterAll(async () => {
  await getSql().end();
});

describe("wij ook", () => {
  it("refuses, with a message and nothing saved, the owner's body, companies, unverified members and anonymous callers", async () => {
    const form = { intent: "join", volume: "1000", unit: "residents", note: "" };
    expect(await post("owner", published.slug, form)).toMatchObject({ status: 403, body: { errors: { form: "jointDemand.refused.ownBody" } } });
    expect(await post("company", published.slug, form)).toMatchObject({ status: 403, body: { errors: { form: "jointDemand.refused.notPublicBody" } } });
    expect(await post("unverified", published.slug, form)).toMatchObject({ status: 403, body: { errors: { form: "jointDemand.refused.unverified" } } });
    expect(await post(null, published.slug, form)).toMatchObject({ status: 401 });
    expect(await post("b", closed.slug, form)).toMatchObject({ status: 403, body: { errors: { form: "jointDemand.refused.closed" } } });
    expect(await interests()).toEqual([]);
    // The page says why instead of offering a form.
    expect(await view("company", published.slug)).toMatchObject({ status: 200, body: { refused: "notPublicBody" } });
    expect(await view("owner", published.slug)).toMatchObject({ status: 200, body: { refused: "ownBody" } });
    expect(await view("b", published.slug)).toMatchObject({ status: 200, body: { refused: null, mine: null } });
  });

  it("answers 400 to a bad volume or unit, keeping what was typed", async () => {
    const bad = await post("b", published.slug, { intent: "join", volume: "veel", unit: "planets", note: "Onze wijk" });
    expect(bad).toMatchObject({ status: 400, body: { errors: { volume: "jointDemand.errors.volume", unit: "jointDemand.errors.unit" }, values: { note: "Onze wijk" } } });
    expect(await post("b", published.slug, { intent: "join", volume: "0", unit: "sites" })).toMatchObject({ status: 400 });
    expect(await interests()).toEqual([]);
  });

  it("records a second body's volume, notifies the owner and the hub, and shows bodies and totals per unit", async () => {
    expect(await post("b", published.slug, { intent: "join", volume: "12000", unit: "residents", note: "Wij ook, vanaf 2027" })).toMatchObject({
      status: 200,
      body: { done: "jointDemand.done.joined" },
    });
    expect(await post("c", published.slug, { intent: "join", volume: "3000", unit: "residents", note: "" })).toMatchObject({ status: 200 });
    expect(await post("c", published.slug, { intent: "join", volume: "8000", unit: "residents", note: "Bijgesteld" })).toMatchObject({
      status: 200,
      body: { done: "jointDemand.done.updated" },
    });
    const [ownerNote] = await notificationsOf(ownerUser);
    expect(ownerNote.payload).toMatchObject({ organisation: `Waterschap Buur ${suffix}`, volume: 12000, unit: "residents", href: `/opgaven/${published.slug}#wij-ook` });
    const [staff] = await getDb().select({ id: s.users.id }).from(s.users).where(eq(s.users.platformRole, "hub_staff")).limit(1);
    expect((await notificationsOf(staff.id)).some((n) => n.payload.challengeTitle === `Gezamenlijke opgave ${suffix}`)).toBe(true);
    // The joiner is not told about their own sign-up.
    expect(await notificationsOf(`joint-b-${suffix}`)).toEqual([]);

    const shown = await run(() => page.loader({ request: makeRequest(`/opgaven/${published.slug}`), params: { slug: published.slug }, context: {} }));
    const demand = (shown.body as { demand: { bodies: { name: string; volume: number; note: string }[]; totals: unknown[] } }).demand;
    expect(demand.bodies.map((b) => [b.name, b.volume])).toEqual([
      [`Waterschap Buur ${suffix}`, 12000],
      [`Ministerie Ook ${suffix}`, 8000],
    ]);
    expect(demand.totals).toEqual([{ unit: "residents", volume: 20000 }]);
  });

  it("lets the body withdraw; the totals follow", async () => {
    expect(await post("c", published.slug, { intent: "withdraw" })).toMatchObject({ status: 200, body: { done: "jointDemand.done.withdrawn" } });
    expect(await post("c", published.slug, { intent: "withdraw" })).toMatchObject({ status: 200, body: { done: "jointDemand.done.nothing" } });
    expect((await interests()).map((r) => r.organisationId)).toEqual([bodyB.id]);
    expect(await view("b", published.slug)).toMatchObject({ body: { mine: { volume: 12000, unit: "residents" }, demand: { totals: [{ unit: "residents", volume: 12000 }] } } });
  });

  it("does not open an unpublished challenge (404)", async () => {
    const draft = await makeChallenge({ ownerOrganisationId: owner.id, status: "draft" });
    expect(await post("b", draft.slug, { intent: "join", volume: "1", unit: "sites" })).toMatchObject({ status: 404 });
    expect(await view("b", draft.slug)).toMatchObject({ status: 404 });
  });
});
