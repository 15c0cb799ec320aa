/**
 * Brokers' judgements on the server (issue 14): who may judge a suggestion and in which role, pipeline outcomes
 * written in the transition's own transaction, the qrels the export reads, and the matcher's use of them: a pair
 * judged not relevant never returns, in either direction, and the cached list is forgotten at once.
 *
 * Judgements here touch only pairs with records this file makes (a challenge of our own, a solution of our own), so
 * other files' suggestion lists over the seeded data do not change.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { makeChallenge, makeMembership, makeOrganisation, makeSolution, makeUser } = await import("../../test/factories");
const { getDb, getSql } = await import("../db.server");
const { getSearch } = await import("../search.server");
const { judgeSuggestion } = await import("./judgements.server");
const { loadJudgementFacts } = await import("./judgements.repository.server");
const { changeState, transitionIn } = await import("../brokering/transitions.server");
const { suggestMatch } = await import("../brokering/respond.server");
const { getPublicChallenge } = await import("../challenges/challenges.repository.server");
const { getPublicSolution } = await import("../solutions/solutions.repository.server");
const { solutionsForChallenge, challengesForSolution } = await import("../matching.server");
const { loadChallengeDocuments } = await import("../../../search/documents");
const { indexName } = await import("../../../search/client");
const { gradePairs, toQrelsTsv } = await import("../../../search/match/feedback");
const { createSessionCookie } = await import("../auth/session.server");
const judgementRoute = await import("../../routes/suggesties.oordeel");

const suffix = Math.random().toString(36).slice(2, 8);
const users = {
  staff: { id: `jd-staff-${suffix}`, platformRole: "hub_staff" as const, totpEnabled: true },
  staffWithoutTotp: { id: `jd-nototp-${suffix}`, platformRole: "hub_staff" as const, totpEnabled: false },
  owner: { id: `jd-owner-${suffix}`, platformRole: "user" as const, totpEnabled: false },
  unverified: { id: `jd-unverified-${suffix}`, platformRole: "user" as const, totpEnabled: false },
  company: { id: `jd-company-${suffix}`, platformRole: "user" as const, totpEnabled: false },
  otherCompany: { id: `jd-other-${suffix}`, platformRole: "user" as const, totpEnabled: false },
};
let challenge: { id: string; slug: string };
let draft: { id: string };
let ownSolution: { id: string; slug: string };
let companyId: string;

beforeAll(async () => {
  const [municipality] = await getDb().execute<{ id: string }>(sql`select id from organisations where kind = 'gemeente' order by slug limit 1`);
  const company = await makeOrganisation({ kind: "kennisinstelling" });
  const otherCompany = await makeOrganisation({ kind: "kennisinstelling" });
  companyId = company.id;
  await makeUser({ id: users.staff.id, hub: "hub_staff" });
  await makeUser({ id: users.staffWithoutTotp.id, platformRole: "hub_staff" });
  for (const [key, org, verified] of [
    ["owner", municipality.id, true],
    ["unverified", municipality.id, false],
    ["company", company.id, true],
    ["otherCompany", otherCompany.id, true],
  ] as const) {
    await makeUser({ id: users[key].id });
    await makeMembership(users[key].id, org, { verified });
  }
  // A challenge of our own with the text of a seeded one, so the matcher suggests seeded solutions for it.
  const [seeded] = await getDb().execute<{ title: string; summary: string; problem_statement: string }>(sql`
    select title, summary, problem_statement from challenges where status = 'published' and visibility = 'public' order by slug limit 1`);
  challenge = await makeChallenge({
    ownerOrganisationId: municipality.id,
    status: "published",
    title: `${seeded.title} (oordeel ${suffix})`,
    summary: seeded.summary,
    problemStatement: seeded.problem_statement,
  });
  draft = await makeChallenge({ ownerOrganisationId: municipality.id });
  ownSolution = await makeSolution({ organisationId: company.id, status: "published", description: "Een oplossing van het testbedrijf." });
});

const judgementsOf = (challengeId: string) => getDb().select().from(s.matchJudgements).where(eq(s.matchJudgements.challengeId, challengeId));

describe("who may judge a suggestion", () => {
  it("hub staff (with two-step verification), in the role staff, with the reason trimmed", async () => {
    expect(await judgeSuggestion(users.staff, { challengeId: challenge.id, solutionId: ownSolution.id, verdict: "relevant", reason: "  Past goed.  " })).toEqual({ ok: true, role: "staff" });
    const [row] = (await judgementsOf(challenge.id)).filter((j) => j.judgedBy === users.staff.id);
    expect(row).toMatchObject({ role: "staff", verdict: "relevant", reason: "Past goed.", solutionId: ownSolution.id });
    const [entry] = await getDb().select().from(s.auditLog).where(and(eq(s.auditLog.action, "match.judge"), eq(s.auditLog.entityId, String(row.id))));
    expect(entry.actorUserId).toBe(users.staff.id);
  });

  it("a verified member of the owner as challenge owner, the company for its own solution as solution owner", async () => {
    expect(await judgeSuggestion(users.owner, { challengeId: challenge.id, solutionId: ownSolution.id, verdict: "relevant" })).toEqual({ ok: true, role: "challenge_owner" });
    expect(await judgeSuggestion(users.company, { challengeId: challenge.id, solutionId: ownSolution.id, verdict: "relevant", reason: "" })).toEqual({ ok: true, role: "solution_owner" });
  });

  it("refuses an unverified member, another company, hub staff without two-step verification, and a pair that is not public", async () => {
    const before = (await judgementsOf(challenge.id)).length;
    for (const user of [users.unverified, users.otherCompany, users.staffWithoutTotp]) {
      expect(await judgeSuggestion(user, { challengeId: challenge.id, solutionId: ownSolution.id, verdict: "not_relevant" })).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await judgeSuggestion(users.staff, { challengeId: draft.id, solutionId: ownSolution.id, verdict: "relevant" })).toEqual({ ok: false, error: "notFound" });
    expect((await judgementsOf(challenge.id)).length).toBe(before);
    expect(await judgementsOf(draft.id)).toEqual([]);
  });
});

describe("pipeline outcomes", () => {
  const outcomesOf = (matchId: string) =>
    getDb().select().from(s.matchOutcomes).where(eq(s.matchOutcomes.matchId, matchId)).orderBy(s.matchOutcomes.id);

  it("are written with the transition, linked to the pair and to the engine's suggestion", async () => {
    const created = await suggestMatch(users.staff.id, { challengeId: challenge.id, solutionId: ownSolution.id }, { score: 0.8, explanation: { sharedThemes: [], matchingTerms: ["hitte"], deployments: [] } });
    if (!created.ok) throw new Error(created.error);
    const matchId = created.matchId;
    expect(await outcomesOf(matchId)).toEqual([]);
    await changeState(users.staff.id, { matchId, expectedFrom: "suggested", to: "screening" });
    // "introduced" is the introduction's own step; here the same transition runs with ownStep.
    await getDb().transaction((tx) => transitionIn(tx, users.staff.id, { matchId, expectedFrom: "screening", to: "introduced" }, { ownStep: true }));
    await changeState(users.staff.id, { matchId, expectedFrom: "introduced", to: "pilot" });
    const rows = await outcomesOf(matchId);
    expect(rows.map((r) => r.outcome)).toEqual(["introduced", "pilot"]);
    expect(rows[0]).toMatchObject({ challengeId: challenge.id, solutionId: ownSolution.id, fromSuggestion: true, actorUserId: users.staff.id });
    expect(rows[0].suggestionScore).toBeCloseTo(0.8);
  });

  it("share the transition's fate: a rolled-back or refused change writes none", async () => {
    const [match] = await getDb().select().from(s.matches).where(and(eq(s.matches.challengeId, challenge.id), eq(s.matches.solutionId, ownSolution.id)));
    const before = (await outcomesOf(match.id)).length;
    await expect(
      getDb().transaction(async (tx) => {
        await transitionIn(tx, users.staff.id, { matchId: match.id, expectedFrom: "pilot", to: "adopted" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await changeState(users.staff.id, { matchId: match.id, expectedFrom: "screening", to: "closed", closedReason: "x" })).ok).toBe(false);
    expect((await outcomesOf(match.id)).length).toBe(before);
    const [still] = await getDb().select({ state: s.matches.state }).from(s.matches).where(eq(s.matches.id, match.id));
    expect(still.state).toBe("pilot");
  });
});

describe("the qrels export", () => {
  it("grades each pair: the latest outcome decides (pilot → 2), else verdicts (latest per person, majority)", async () => {
    const facts = await loadJudgementFacts(getDb());
    const mine = (f: { challengeId: string }) => f.challengeId === challenge.id;
    const grades = gradePairs(facts.judgements.filter(mine), facts.outcomes.filter(mine));
    expect(grades).toContainEqual({ challengeId: challenge.id, solutionId: ownSolution.id, grade: 2 });
    const tsv = toQrelsTsv(grades);
    expect(tsv.split("\n")[0]).toBe("challenge_id\tsolution_id\tgrade");
    expect(tsv).toContain(`${challenge.id}\t${ownSolution.id}\t2\n`);
  });

  it("counts a dismissed outcome only while the match stays closed", async () => {
    const other = await makeSolution({ organisationId: (await makeOrganisation({ kind: "kennisinstelling" })).id, status: "published" });
    const created = await suggestMatch(users.staff.id, { challengeId: challenge.id, solutionId: other.id });
    if (!created.ok) throw new Error(created.error);
    await changeState(users.staff.id, { matchId: created.matchId, expectedFrom: "suggested", to: "closed", closedReason: "Past niet" });
    const gradeOf = async () => {
      const facts = await loadJudgementFacts(getDb());
      const pair = (f: { solutionId: string }) => f.solutionId === other.id;
      return gradePairs(facts.judgements.filter(pair), facts.outcomes.filter(pair))[0]?.grade;
    };
    expect(await gradeOf()).toBe(0);
    await changeState(users.staff.id, { matchId: created.matchId, expectedFrom: "closed", to: "screening" });
    expect(await gradeOf()).toBeUndefined();
  });
});

describe("in the ranking", () => {
  it("a solution judged not relevant never returns for that challenge, and the cached list is forgotten at once", async () => {
    const page = (await getPublicChallenge(challenge.slug))!;
    const first = await solutionsForChallenge(page, 10);
    expect(first.unavailable).toBe(false);
    const dropped = first.results[0]?.document.id;
    expect(dropped, "the matcher suggests something for the copied text").toBeTruthy();
    // Without a judgement the same list comes from the cache.
    expect((await solutionsForChallenge(page, 10)).results.map((r) => r.id)).toEqual(first.results.map((r) => r.id));
    expect(await judgeSuggestion(users.owner, { challengeId: challenge.id, solutionId: dropped, verdict: "not_relevant", reason: "Ander probleem" })).toMatchObject({ ok: true });
    const after = await solutionsForChallenge(page, 10);
    expect(after.results.map((r) => r.id)).not.toContain(dropped);
    expect(after.results.map((r) => r.id)).toEqual(first.results.map((r) => r.id).filter((id) => id !== dropped).slice(0, after.results.length));
    // A later "relevant" by someone else does not outvote the owner alone: one each, the latest (relevant) wins.
    await judgeSuggestion(users.staff, { challengeId: challenge.id, solutionId: dropped, verdict: "relevant" });
    expect((await solutionsForChallenge(page, 10)).results.map((r) => r.id)).toContain(dropped);
    await judgeSuggestion(users.staff, { challengeId: challenge.id, solutionId: dropped, verdict: "not_relevant" });
    expect((await solutionsForChallenge(page, 10)).results.map((r) => r.id)).not.toContain(dropped);
  });

  it("nor that challenge for that solution", async () => {
    // Index our challenge ourselves (draining the shared outbox would take other files' pending rows).
    const { client, config } = getSearch();
    const docs = await loadChallengeDocuments(getSql(), { ids: [challenge.id] });
    await client.index(indexName(config, "challenges")).addDocuments(docs as unknown as Record<string, unknown>[]).waitTask({ timeout: 30_000 });
    // A solution of our company that describes the challenge's own problem: the challenge is its first candidate.
    const page = (await getPublicChallenge(challenge.slug))!;
    const made = await makeSolution({ organisationId: companyId, status: "published", title: page.title, summary: page.summary, description: page.problemStatement });
    const solution = (await getPublicSolution(made.slug))!;
    expect((await challengesForSolution(solution, 50)).results.map((r) => r.id), "our challenge is a candidate for it").toContain(challenge.id);
    expect((await judgeSuggestion(users.otherCompany, { challengeId: challenge.id, solutionId: solution.id, verdict: "not_relevant" })).ok).toBe(false);
    expect((await challengesForSolution(solution, 50)).results.map((r) => r.id)).toContain(challenge.id);
    await judgeSuggestion(users.company, { challengeId: challenge.id, solutionId: solution.id, verdict: "not_relevant" });
    expect((await challengesForSolution(solution, 50)).results.map((r) => r.id)).not.toContain(challenge.id);
  });
});

describe("the route", () => {
  const post = async (form: Record<string, string>) => {
    const cookie = cookieFrom(await createSessionCookie(users.owner.id));
    return run(() => judgementRoute.action({ request: makeRequest("/suggesties/oordeel", { cookie, form }), params: {}, context: {} }));
  };
  const pair = () => ({ challengeId: challenge.id, solutionId: ownSolution.id });

  it("without JavaScript returns to the list (a same-site path only); with it, answers with data", async () => {
    expect((await post({ ...pair(), verdict: "relevant", redirectTo: `/opgaven/${challenge.slug}#matching-solutions` })).location).toBe(`/opgaven/${challenge.slug}#matching-solutions`);
    expect((await post({ ...pair(), verdict: "relevant", redirectTo: "//evil.example/x" })).location).toBe("/");
    const enhanced = await post({ ...pair(), verdict: "relevant", client: "1" });
    expect(enhanced).toMatchObject({ status: 200, body: { ok: true, verdict: "relevant" } });
  });

  it("answers an invalid form with 400, the message and what was typed, and saves nothing", async () => {
    const before = (await judgementsOf(challenge.id)).length;
    const tooLong = await post({ ...pair(), verdict: "relevant", reason: "x".repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ errors: { reason: "judgements.reasonTooLong" } });
    const noVerdict = await post({ ...pair(), reason: "Waarom niet" });
    expect(noVerdict.body).toMatchObject({ errors: { verdict: "judgements.verdictRequired" }, values: { reason: "Waarom niet" } });
    expect((await judgementsOf(challenge.id)).length).toBe(before);
  });
});
