/**
 * The parties' view of the brokering (issue 13): the plain-words state labels, the owner's and the provider's
 * dashboards (who responded, which matches run, never untouched suggestions or another body's records), and the
 * "Bewerken" link on the public pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";
import { MATCH_STATES } from "../../../shared/vocabulary/matches";

setupAppEnv();
const s = await import("../../../db/schema");
const { makeChallenge, makeMembership, makeOrganisation, makeSolution, makeUser } = await import("../../test/factories");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const { createI18n } = await import("../../i18n/config");
const { plainStateKey, isRunning } = await import("./plain-states");
const ownerDashboard = await import("../../routes/mijn.opgaven._index");
const ownerRecord = await import("../../routes/mijn.opgaven.$id");
const providerDashboard = await import("../../routes/mijn.oplossingen._index");
const challengePage = await import("../../routes/opgaven.$slug");
const solutionPage = await import("../../routes/oplossingen.$slug");

describe("plain-words match states", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`has a label in ${lang} for every state that is not the pipeline's own word`, () => {
      const t = createI18n(lang).t;
      for (const state of MATCH_STATES) {
        const label = t(plainStateKey(state));
        expect(label, state).not.toBe(plainStateKey(state));
        expect(label.toLowerCase(), state).not.toBe(t(`brokering.states.${state}`).toLowerCase());
        expect(label, state).not.toMatch(/gemarkeerd|marked|screening|pipeline/i);
      }
    });
  }
  it("counts adopted and stopped matches as finished", () => {
    expect(MATCH_STATES.filter(isRunning)).toEqual(["suggested", "interest", "screening", "introduced", "in_conversation", "pilot"]);
  });
});

const ids = { owner: `pd-owner-${Math.random().toString(36).slice(2, 8)}`, unverified: "", company: "", stranger: "" };
const cookies = { owner: "", unverified: "", company: "", stranger: "" };
let challenge = { id: "", slug: "", title: "" };
let draft = { id: "" };
const solutions: { id: string; slug: string; title: string }[] = [];

beforeAll(async () => {
  ids.unverified = `${ids.owner}-u`;
  ids.company = `${ids.owner}-c`;
  ids.stranger = `${ids.owner}-s`;
  const body = await makeOrganisation({ kind: "waterschap", name: "Waterschap Testdam" });
  const company = await makeOrganisation({ kind: "kennisinstelling", name: "Warmtetest B.V." });
  const otherCompany = await makeOrganisation({ kind: "kennisinstelling" });
  for (const id of Object.values(ids)) await makeUser({ id });
  await makeMembership(ids.owner, body.id);
  await makeMembership(ids.unverified, body.id, { verified: false });
  await makeMembership(ids.company, company.id);
  await makeMembership(ids.stranger, otherCompany.id);
  challenge = await makeChallenge({ ownerOrganisationId: body.id, status: "published", createdByUserId: ids.owner });
  draft = await makeChallenge({ ownerOrganisationId: body.id, status: "draft", createdByUserId: ids.owner });
  for (let i = 0; i < 3; i++) solutions.push(await makeSolution({ organisationId: company.id, status: "published" }));
  await getDb()
    .insert(s.matches)
    .values([
      { challengeId: challenge.id, solutionId: solutions[0].id, state: "interest", source: "company", pitch: "Wij meten warmte per straat." },
      { challengeId: challenge.id, solutionId: solutions[1].id, state: "in_conversation", source: "owner" },
      // An untouched engine suggestion is the hub's, not the parties'.
      { challengeId: challenge.id, solutionId: solutions[2].id, state: "suggested", source: "engine" },
    ]);
  for (const key of Object.keys(ids) as (keyof typeof ids)[]) cookies[key] = cookieFrom(await createSessionCookie(ids[key]));
});
afterAll(async () => {
  await getSql().end();
});

type Dashboard = { activity: Record<string, { state: string; source: string; pitch: string | null; other: { title: string; organisation: string } }[]> };

describe("the owner's dashboard", () => {
  it("shows who responded and which matches run, not untouched suggestions", async () => {
    const out = await run(() => ownerDashboard.loader({ request: makeRequest("/mijn/opgaven", { cookie: cookies.owner }), params: {}, context: {} }));
    expect(out.status).toBe(200);
    const list = (out.body as Dashboard).activity[challenge.id];
    expect(list.map((m) => [m.other.title, m.state, m.source])).toEqual(
      expect.arrayContaining([
        [solutions[0].title, "interest", "company"],
        [solutions[1].title, "in_conversation", "owner"],
      ]),
    );
    expect(list).toHaveLength(2);
    expect(list.find((m) => m.source === "company")?.pitch).toBe("Wij meten warmte per straat.");
    expect(list[0].other.organisation).toBe("Warmtetest B.V.");
    expect((out.body as Dashboard).activity[draft.id]).toBeUndefined();
  });

  it("shows the same on the challenge's own page", async () => {
    const out = await run(() => ownerRecord.loader({ request: makeRequest(`/mijn/opgaven/${challenge.id}`, { cookie: cookies.owner }), params: { id: challenge.id }, context: {} }));
    expect(out.status).toBe(200);
    const activity = (out.body as { activity: { state: string }[] }).activity;
    expect(activity.map((m) => m.state).sort()).toEqual(["in_conversation", "interest"]);
  });

  it("shows an unverified member no brokering", async () => {
    const out = await run(() => ownerDashboard.loader({ request: makeRequest("/mijn/opgaven", { cookie: cookies.unverified }), params: {}, context: {} }));
    expect(out.status).toBe(200);
    expect((out.body as Dashboard).activity).toEqual({});
  });
});

describe("the provider's dashboard", () => {
  it("shows the matches each solution is in, with how they came about", async () => {
    const out = await run(() => providerDashboard.loader({ request: makeRequest("/mijn/oplossingen", { cookie: cookies.company }), params: {}, context: {} }));
    expect(out.status).toBe(200);
    const activity = (out.body as Dashboard).activity;
    expect(activity[solutions[0].id].map((m) => [m.other.title, m.state, m.source])).toEqual([[challenge.title, "interest", "company"]]);
    expect(activity[solutions[1].id].map((m) => [m.state, m.source])).toEqual([["in_conversation", "owner"]]);
    expect(activity[solutions[2].id]).toBeUndefined();
  });

  it("shows another company nothing of them", async () => {
    const out = await run(() => providerDashboard.loader({ request: makeRequest("/mijn/oplossingen", { cookie: cookies.stranger }), params: {}, context: {} }));
    expect(Object.keys((out.body as Dashboard).activity)).toEqual([]);
  });
});

describe("the edit link on public pages", () => {
  const challengeLink = async (cookie: string | null) =>
    ((await run(() => challengePage.loader({ request: makeRequest(`/opgaven/${challenge.slug}`, { cookie }), params: { slug: challenge.slug }, context: {} }))).body as { editHref: string | null }).editHref;
  const solutionLink = async (cookie: string | null) =>
    ((await run(() => solutionPage.loader({ request: makeRequest(`/oplossingen/${solutions[0].slug}`, { cookie }), params: { slug: solutions[0].slug }, context: {} }))).body as { editHref: string | null }).editHref;

  it("is offered to a verified member of the owning body only", async () => {
    expect(await challengeLink(cookies.owner)).toBe(`/mijn/opgaven/${challenge.id}`);
    expect(await challengeLink(cookies.unverified)).toBeNull();
    expect(await challengeLink(cookies.company)).toBeNull();
    expect(await challengeLink(null)).toBeNull();
  });

  it("is offered to members of the providing company only", async () => {
    expect(await solutionLink(cookies.company)).toBe(`/mijn/oplossingen/${solutions[0].id}`);
    expect(await solutionLink(cookies.stranger)).toBeNull();
    expect(await solutionLink(cookies.owner)).toBeNull();
    expect(await solutionLink(null)).toBeNull();
  });
});
