/** The owner's procurement plan (issue 17): answers stored, a route chosen among the advised ones, access in the write. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const { makeChallenge, makeMembership, makeOrganisation, makeUser, uniqueSuffix } = await import("../../test/factories");
const { getSql } = await import("../db.server");
const plan = await import("./plan.server");
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const pipeline = await import("../../routes/hub.matches._index");

const suffix = uniqueSuffix();
const ids = { owner: `plan-owner-${suffix}`, unverified: `plan-unverified-${suffix}`, staff: `plan-staff-${suffix}` };
let org = { id: "" };
let challengeId = "";
const answers = { valueEur: 250_000, kind: "supplies_services", market: "not_yet", rdNeeded: true, othersInterested: false } as const;

beforeAll(async () => {
  org = await makeOrganisation({ kind: "waterschap" });
  for (const id of Object.values(ids)) await makeUser({ id, ...(id === ids.staff ? { hub: "hub_staff" as const } : {}) });
  await makeMembership(ids.owner, org.id);
  await makeMembership(ids.unverified, org.id, { verified: false });
  challengeId = (await makeChallenge({ ownerOrganisationId: org.id, createdByUserId: ids.owner, status: "published" })).id;
});
afterAll(async () => {
  await getSql().end();
});

describe("procurement plan", () => {
  it("parses the questions, with a message per missing or bad answer", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ valueEur: "250.000", kind: "works", market: "almost", rdNeeded: "no", othersInterested: "yes" })) form.set(k, v);
    expect(plan.parseAdviceForm(form).input).toEqual({ valueEur: 250_000, kind: "works", market: "almost", rdNeeded: false, othersInterested: true });
    const bad = new FormData();
    bad.set("valueEur", "-5");
    bad.set("kind", "omkoping");
    expect(Object.keys(plan.parseAdviceForm(bad).errors).sort()).toEqual(["kind", "market", "othersInterested", "rdNeeded", "valueEur"]);
  });

  it("an unverified member may not store answers or choose a route", async () => {
    const actor = { userId: ids.unverified, organisationId: org.id };
    expect(await plan.saveAnswers(actor, challengeId, answers)).toEqual({ ok: false, error: "forbidden" });
    expect(await plan.chooseRoute(actor, challengeId, "sbir", null)).toEqual({ ok: false, error: "forbidden" });
    expect(await plan.loadPlan(challengeId)).toBeNull();
  });

  it("chooses an advised route at its first stage, moves the stage, and refuses a route or stage that does not fit", async () => {
    const actor = { userId: ids.owner, organisationId: org.id };
    expect(await plan.chooseRoute(actor, challengeId, "sbir", null)).toEqual({ ok: false, error: "route" });
    expect(await plan.saveAnswers(actor, challengeId, answers)).toEqual({ ok: true });
    expect(await plan.chooseRoute(actor, challengeId, "national_procedure", null)).toEqual({ ok: false, error: "route" });
    expect(await plan.chooseRoute(actor, challengeId, "sbir", null)).toEqual({ ok: true });
    expect(await plan.loadPlan(challengeId)).toMatchObject({ route: "sbir", stage: "phase0" });
    expect(await plan.chooseRoute(actor, challengeId, "sbir", "phase9")).toEqual({ ok: false, error: "stage" });
    expect(await plan.chooseRoute(actor, challengeId, "sbir", "phase2")).toEqual({ ok: true });
    expect((await plan.chosenRoutes([challengeId])).get(challengeId)).toEqual({ route: "sbir", stage: "phase2" });
    expect((await plan.procurementSummary(challengeId)).route).toEqual({ route: "sbir", stage: "phase2" });
  });

  it("new answers keep a route that still fits and clear one that does not", async () => {
    const actor = { userId: ids.owner, organisationId: org.id };
    expect(await plan.saveAnswers(actor, challengeId, { ...answers, valueEur: 300_000 })).toEqual({ ok: true });
    expect(await plan.loadPlan(challengeId)).toMatchObject({ route: "sbir", stage: "phase2" });
    expect(await plan.saveAnswers(actor, challengeId, { ...answers, market: "yes", rdNeeded: false })).toEqual({ ok: true });
    expect(await plan.loadPlan(challengeId)).toMatchObject({ route: null, stage: null, market: "yes" });
  });

  it("the hub pipeline shows the chosen route and stage with the match", async () => {
    const actor = { userId: ids.owner, organisationId: org.id };
    expect(await plan.saveAnswers(actor, challengeId, answers)).toEqual({ ok: true });
    expect(await plan.chooseRoute(actor, challengeId, "pcp", "prototype")).toEqual({ ok: true });
    const [solution] = await getDb().select({ id: s.solutions.id }).from(s.solutions).where(eq(s.solutions.status, "published")).limit(1);
    const [match] = await getDb().insert(s.matches).values({ challengeId, solutionId: solution.id, state: "screening", source: "staff" }).returning({ id: s.matches.id });
    const cookie = cookieFrom(await createSessionCookie(ids.staff));
    const out = await run(() => pipeline.loader({ request: makeRequest("/hub/matches?status=screening", { cookie }), params: {}, context: {} } as never));
    expect(out.status).toBe(200);
    const rows = (out.body as { matches: { id: string; procurement: unknown }[] }).matches;
    expect(rows.find((m) => m.id === match.id)?.procurement).toEqual({ route: "pcp", stage: "prototype" });
  });
});
