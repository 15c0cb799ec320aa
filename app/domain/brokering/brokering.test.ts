/**
 * Brokering end to end on the server: "ik kan helpen" and owner interest through the challenge page's action,
 * the state machine with its concurrency check, bulk changes, introductions, adoption, notes and access.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { makeChallenge, makeMembership, makeUser } = await import("../../test/factories");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const { changeState, bulkChangeState } = await import("./transitions.server");
const { listMatches } = await import("./matches.repository.server");
const { DEFAULT_STALE_AFTER } = await import("./states");
const challengePage = await import("../../routes/opgaven.$slug");
const detailPage = await import("../../routes/hub.matches.$id");
const listPage = await import("../../routes/hub.matches._index");
const settingsPage = await import("../../routes/hub.matches.instellingen");

const suffix = Math.random().toString(36).slice(2, 8);
const ids = {
  owner: `br-owner-${suffix}`,
  other: `br-other-${suffix}`,
  company: `br-company-${suffix}`,
  staff: `br-staff-${suffix}`,
  admin: `br-admin-${suffix}`,
  coOwner: `br-coowner-${suffix}`,
};
const cookies: Record<keyof typeof ids, string> = { owner: "", other: "", company: "", staff: "", admin: "", coOwner: "" };
// A published challenge of our own, of a seeded municipality (the test changes its contact mode, so it may not be a
// seeded row other files read), and seeded solutions (read only): two of one company, and a third one.
let ownerOrg: { id: string; regionCode: string };
let challenge = { id: "", slug: "", title: "", creator: "" };
let solutionIds: string[] = [];
let solutionCreator = "";

const db = () => getDb();

async function matchFor(solutionId: string) {
  const [m] = await db().select().from(s.matches).where(and(eq(s.matches.challengeId, challenge.id), eq(s.matches.solutionId, solutionId)));
  return m;
}
const notificationsOf = (userId: string, kind: string) =>
  // In creation order: without an order by, a row updated meanwhile (the mailer marks it sent) may come back later.
  db()
    .select()
    .from(s.notifications)
    .where(and(eq(s.notifications.userId, userId), eq(s.notifications.kind, kind)))
    .orderBy(asc(s.notifications.createdAt));
const postChallenge = (who: keyof typeof ids, form: Record<string, string>) =>
  run(() => challengePage.action({ request: makeRequest(`/opgaven/${challenge.slug}`, { cookie: cookies[who], form }), params: { slug: challenge.slug }, context: {} }));
const postDetail = (who: keyof typeof ids, matchId: string, form: Record<string, string>) =>
  run(() => detailPage.action({ request: makeRequest(`/hub/matches/${matchId}`, { cookie: cookies[who], form }), params: { id: matchId }, context: {} }));
const getDetail = (who: keyof typeof ids, matchId: string) =>
  run(() => detailPage.loader({ request: makeRequest(`/hub/matches/${matchId}`, { cookie: cookies[who] }), params: { id: matchId }, context: {} }));

beforeAll(async () => {
  const [o] = await db().execute<{ id: string; region_code: string }>(sql`
    select id, region_code from organisations where kind = 'gemeente' and region_code is not null order by slug desc limit 1`);
  ownerOrg = { id: o.id, regionCode: o.region_code };
  const [company] = await db().execute<{ organisation_id: string }>(sql`
    select organisation_id from solutions where status = 'published' and created_by_user_id is not null
    group by organisation_id having count(*) >= 2 order by organisation_id desc limit 1`);
  const own = await db()
    .select({ id: s.solutions.id, createdBy: s.solutions.createdByUserId })
    .from(s.solutions)
    .where(and(eq(s.solutions.organisationId, company.organisation_id), eq(s.solutions.status, "published")))
    .orderBy(s.solutions.slug)
    .limit(2);
  const [third] = await db()
    .select({ id: s.solutions.id })
    .from(s.solutions)
    .where(and(sql`${s.solutions.organisationId} <> ${company.organisation_id}`, eq(s.solutions.status, "published")))
    .orderBy(sql`${s.solutions.slug} desc`)
    .limit(1);
  solutionIds = [own[0].id, own[1].id, third.id];
  solutionCreator = own[0].createdBy!;
  const [otherGemeente, coOwnerGemeente] = await db()
    .select({ id: s.organisations.id })
    .from(s.organisations)
    .where(and(eq(s.organisations.kind, "gemeente"), sql`${s.organisations.id} <> ${ownerOrg.id}`))
    .orderBy(s.organisations.slug)
    .limit(2);
  const user = (id: string, hub?: "hub_staff" | "hub_admin") => makeUser({ id, email: `${id}@brokering.example`, name: `Test ${id}`, hub });
  for (const id of [ids.owner, ids.other, ids.company, ids.coOwner]) await user(id);
  await user(ids.staff, "hub_staff");
  await user(ids.admin, "hub_admin");
  await makeMembership(ids.owner, ownerOrg.id);
  await makeMembership(ids.other, otherGemeente.id);
  await makeMembership(ids.company, company.organisation_id, { verified: false });
  await makeMembership(ids.coOwner, coOwnerGemeente.id, { role: "admin" });
  const made = await makeChallenge({
    ownerOrganisationId: ownerOrg.id,
    createdByUserId: ids.owner,
    status: "published",
    title: "Hittestress in de wijk",
    summary: "Straten warmen op; we zoeken een manier om hittestress per straat te meten en te verminderen.",
    contactName: "Test owner",
    contactEmail: `${ids.owner}@brokering.example`,
  });
  challenge = { ...made, creator: ids.owner };
  // A joint challenge: the second municipality co-owns it and speaks through its admin.
  await db().insert(s.challengeCoOwners).values({ challengeId: challenge.id, organisationId: coOwnerGemeente.id });
  for (const key of Object.keys(ids) as (keyof typeof ids)[]) cookies[key] = cookieFrom(await createSessionCookie(ids[key]));
});
afterAll(async () => {
  await getSql().end();
});

describe("ik kan helpen", () => {
  it("validates the pitch and keeps what was typed", async () => {
    const short = await postChallenge("company", { intent: "respond", solutionId: solutionIds[0], pitch: "te kort" });
    expect(short).toMatchObject({ status: 400, body: { errors: { pitch: "brokering.pitchTooShort" }, values: { pitch: "te kort" } } });
    const long = await postChallenge("company", { intent: "respond", solutionId: solutionIds[0], pitch: "x".repeat(1001) });
    expect(long).toMatchObject({ status: 400, body: { errors: { pitch: "brokering.pitchTooLong" } } });
    const noSolution = await postChallenge("company", { intent: "respond", solutionId: "", pitch: "Een pitch van voldoende lengte." });
    expect(noSolution).toMatchObject({ status: 400, body: { errors: { solutionId: "brokering.solutionRequired" } } });
    expect(await matchFor(solutionIds[0])).toBeUndefined();
  });

  it("creates one match in interest, tells the hub staff, and a double submit changes nothing", async () => {
    const form = { intent: "respond", solutionId: solutionIds[0], pitch: "Onze oplossing meet hittestress per straat." };
    expect(await postChallenge("company", form)).toMatchObject({ status: 200, body: { done: "brokering.respond.done" } });
    expect(await postChallenge("company", form)).toMatchObject({ status: 200, body: { done: "brokering.respond.already" } });
    const m = await matchFor(solutionIds[0]);
    expect(m).toMatchObject({ state: "interest", source: "company", pitch: form.pitch });
    const events = await db().select().from(s.matchEvents).where(eq(s.matchEvents.matchId, m.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromState: null, toState: "interest", actorUserId: ids.company });
    const staffNote = (await notificationsOf(ids.staff, "staff_attention")).filter((n) => n.payload.matchId === m.id);
    expect(staffNote).toHaveLength(1);
    // Contact mode "via staff" (the default): the owner is not told directly.
    expect((await notificationsOf(challenge.creator, "challenge_response")).length).toBe(0);
  });

  it("advances a staff suggestion instead of duplicating it, and tells the owner directly in contact mode direct", async () => {
    const { suggestMatch } = await import("./respond.server");
    const suggestion = { score: 0.8, explanation: { sharedThemes: ["klimaatadaptatie"], matchingTerms: ["hitte"], deployments: [], sameProvince: false } };
    const first = await suggestMatch(ids.staff, { challengeId: challenge.id, solutionId: solutionIds[1] }, suggestion);
    expect(first).toMatchObject({ ok: true, outcome: "created" });
    expect(await suggestMatch(ids.staff, { challengeId: challenge.id, solutionId: solutionIds[1] }, suggestion)).toMatchObject({ ok: true, outcome: "already" });
    expect(await matchFor(solutionIds[1])).toMatchObject({ state: "suggested", source: "engine", score: 0.8, explanation: { sharedThemes: ["klimaatadaptatie"], matchingTerms: ["hitte"], deployments: [] } });
    await db().update(s.challenges).set({ contactMode: "direct" }).where(eq(s.challenges.id, challenge.id));
    const result = await postChallenge("company", { intent: "respond", solutionId: solutionIds[1], pitch: "Ook deze oplossing helpt bij de opgave." });
    expect(result).toMatchObject({ status: 200, body: { done: "brokering.respond.done" } });
    const m = await matchFor(solutionIds[1]);
    expect(m).toMatchObject({ id: (first as { matchId: string }).matchId, state: "interest", source: "company" });
    expect((await notificationsOf(challenge.creator, "challenge_response")).map((n) => n.payload.matchId)).toEqual([m.id]);
    await db().update(s.challenges).set({ contactMode: "via_staff" }).where(eq(s.challenges.id, challenge.id));
  });

  it("lets only hub staff set the contact mode on the challenge page", async () => {
    expect((await postChallenge("company", { intent: "contactMode", contactMode: "direct" })).status).toBe(403);
    expect((await postChallenge("owner", { intent: "contactMode", contactMode: "direct" })).status).toBe(403);
    expect(await postChallenge("staff", { intent: "contactMode", contactMode: "sms" })).toMatchObject({ status: 400, body: { errors: { contactMode: "brokering.contactModeInvalid" } } });
    expect(await postChallenge("staff", { intent: "contactMode", contactMode: "direct" })).toMatchObject({ status: 200, body: { done: "brokering.contactModeSaved" } });
    const [row] = await db().select({ mode: s.challenges.contactMode }).from(s.challenges).where(eq(s.challenges.id, challenge.id));
    expect(row.mode).toBe("direct");
    await db().update(s.challenges).set({ contactMode: "via_staff" }).where(eq(s.challenges.id, challenge.id));
  });

  it("refuses public bodies and hub staff as responders", async () => {
    const form = { intent: "respond", solutionId: solutionIds[2], pitch: "Een pitch van voldoende lengte." };
    expect((await postChallenge("other", form)).status).toBe(403);
    expect((await postChallenge("owner", form)).status).toBe(403);
  });
});

describe("owner interest", () => {
  it("lets the owner mark a suggested solution once, and refuses another organisation", async () => {
    expect((await postChallenge("other", { intent: "interest", solutionId: solutionIds[2] })).status).toBe(403);
    expect((await postChallenge("company", { intent: "interest", solutionId: solutionIds[2] })).status).toBe(403);
    expect(await matchFor(solutionIds[2])).toBeUndefined();
    expect(await postChallenge("owner", { intent: "interest", solutionId: solutionIds[2] })).toMatchObject({ status: 200, body: { done: "brokering.interest.done" } });
    expect(await postChallenge("owner", { intent: "interest", solutionId: solutionIds[2] })).toMatchObject({ status: 200, body: { done: "brokering.interest.already" } });
    expect(await matchFor(solutionIds[2])).toMatchObject({ state: "interest", source: "owner" });
    const m = await matchFor(solutionIds[2]);
    expect((await notificationsOf(ids.staff, "staff_attention")).filter((n) => n.payload.matchId === m.id)).toHaveLength(1);
  });
});

describe("state machine", () => {
  it("refuses a forbidden move, a plain move to introduced, a close without reason, and a stale expected state", async () => {
    const m = await matchFor(solutionIds[0]);
    expect(await changeState(ids.staff, { matchId: m.id, expectedFrom: "interest", to: "pilot" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await changeState(ids.staff, { matchId: m.id, expectedFrom: "interest", to: "closed" })).toMatchObject({ ok: false, error: "closedReasonRequired" });
    expect(await changeState(ids.staff, { matchId: m.id, expectedFrom: "interest", to: "screening" })).toMatchObject({ ok: true });
    expect(await changeState(ids.staff, { matchId: m.id, expectedFrom: "screening", to: "introduced" })).toMatchObject({ ok: false, error: "forbidden" });
    // Someone else saw "interest" and tries the same move: the state changed meanwhile.
    expect(await changeState(ids.admin, { matchId: m.id, expectedFrom: "interest", to: "screening" })).toMatchObject({ ok: false, error: "conflict", current: "screening" });
    const conflict = await postDetail("admin", m.id, { intent: "state", from: "interest", to: "screening" });
    expect(conflict).toMatchObject({ status: 409, body: { errors: { form: "brokering.errors.conflict" }, current: "screening" } });
    const events = await db().select().from(s.matchEvents).where(eq(s.matchEvents.matchId, m.id));
    expect(events.map((e) => e.toState)).toEqual(["interest", "screening"]);
    const audits = await db().select().from(s.auditLog).where(and(eq(s.auditLog.entityType, "match"), eq(s.auditLog.entityId, m.id), eq(s.auditLog.action, "match.state")));
    expect(audits.map((a) => a.data.to)).toEqual(["interest", "screening"]);
  });

  it("changes several matches at once, each on its own: one that moved meanwhile is reported", async () => {
    const [a, b] = [await matchFor(solutionIds[1]), await matchFor(solutionIds[2])];
    await changeState(ids.admin, { matchId: b.id, expectedFrom: "interest", to: "screening" });
    const results = await bulkChangeState(ids.staff, [{ matchId: a.id, expectedFrom: "interest" }, { matchId: b.id, expectedFrom: "interest" }], "screening");
    expect(results.map((r) => r.result)).toEqual([
      { ok: true, from: "interest", to: "screening" },
      { ok: false, error: "conflict", current: "screening" },
    ]);
    // Through the page: closing needs a reason for each; a wrong selection value is a 400, not a 500.
    for (const items of ["geen-id", `${"-".repeat(36)}:interest`, `${a.id}:onbekend`]) {
      const bad = await run(() => listPage.action({ request: makeRequest("/hub/matches", { cookie: cookies.staff, form: { intent: "bulk", to: "closed", items } }), params: {}, context: {} }));
      expect(bad.status, items).toBe(400);
    }
    const page = await run(() =>
      listPage.action({ request: makeRequest("/hub/matches", { cookie: cookies.staff, form: { intent: "bulk", to: "closed", items: `${b.id}:screening` } }), params: {}, context: {} }),
    );
    expect(page).toMatchObject({ status: 200, body: { changed: 0, total: 1, failures: [{ matchId: b.id, reason: "brokering.errors.closedReasonRequired" }] } });
  });

  it("introduces the parties: a thread with owner, provider and broker, and the match introduced", async () => {
    const m = await matchFor(solutionIds[0]);
    const page = await getDetail("staff", m.id);
    const draft = (page.body as { draft: { body: string } }).draft;
    expect(draft.body).toContain(challenge.title);
    const body = `${draft.body}\n\nExtra regel.`;
    expect(await postDetail("staff", m.id, { intent: "introduce", from: "screening", body })).toMatchObject({ status: 200, body: { done: "brokering.introduced" } });
    const [thread] = await db().select().from(s.threads).where(eq(s.threads.matchId, m.id));
    const participants = await db().select().from(s.threadParticipants).where(eq(s.threadParticipants.threadId, thread.id));
    // The people who speak for the records: the members who created them, and the co-owner's admin.
    expect(Object.fromEntries(participants.map((p) => [p.userId, p.role]))).toMatchObject({
      [ids.staff]: "broker",
      [challenge.creator]: "challenge_owner",
      [ids.coOwner]: "challenge_owner",
      [solutionCreator]: "solution_owner",
    });
    expect(participants.map((p) => p.userId)).not.toContain(ids.other);
    const [message] = await db().select().from(s.messages).where(eq(s.messages.threadId, thread.id));
    expect(message.body).toBe(body);
    expect(await matchFor(solutionIds[0])).toMatchObject({ state: "introduced", brokerUserId: ids.staff });
    // A second introduce (double submit) is refused by the concurrency check: one thread.
    expect((await postDetail("staff", m.id, { intent: "introduce", from: "screening", body })).status).toBe(409);
    expect(await db().select().from(s.threads).where(eq(s.threads.matchId, m.id))).toHaveLength(1);
  });

  it("adopted adds an active deployment in the owner's region and queues the solution for the index", async () => {
    const m = await matchFor(solutionIds[0]);
    const deploymentsHere = () =>
      db()
        .select()
        .from(s.solutionDeployments)
        .where(and(eq(s.solutionDeployments.solutionId, solutionIds[0]), eq(s.solutionDeployments.regionCode, ownerOrg.regionCode)));
    expect(await deploymentsHere()).toEqual([]);
    const outboxBefore = await db().execute<{ n: number }>(sql`select count(*)::int as n from search_outbox where entity_type = 'solution' and entity_id = ${solutionIds[0]}`);
    for (const [from, to] of [["introduced", "in_conversation"], ["in_conversation", "pilot"], ["pilot", "adopted"]] as const) {
      expect(await postDetail("staff", m.id, { intent: "state", from, to, note: `naar ${to}` })).toMatchObject({ status: 200 });
    }
    expect(await deploymentsHere()).toMatchObject([{ status: "active" }]);
    const outboxAfter = await db().execute<{ n: number }>(sql`select count(*)::int as n from search_outbox where entity_type = 'solution' and entity_id = ${solutionIds[0]}`);
    expect(outboxAfter[0].n).toBe(outboxBefore[0].n + 1);
    // The parties hear about every change once they were introduced; the actor does not.
    const ownerNotes = (await notificationsOf(challenge.creator, "match_state")).filter((n) => n.payload.matchId === m.id);
    expect(ownerNotes.map((n) => n.payload.to)).toEqual(["introduced", "in_conversation", "pilot", "adopted"]);
    expect((await notificationsOf(ids.staff, "match_state")).filter((n) => n.payload.matchId === m.id)).toHaveLength(0);
    expect(await changeState(ids.staff, { matchId: m.id, expectedFrom: "adopted", to: "closed", closedReason: "x" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("staff pages", () => {
  it("keeps notes private: staff add and read them, a company member gets 403", async () => {
    const m = await matchFor(solutionIds[1]);
    expect(await postDetail("staff", m.id, { intent: "note", body: "Bel volgende week." })).toMatchObject({ status: 200, body: { done: "brokering.noteAdded" } });
    expect(await postDetail("staff", m.id, { intent: "note", body: "  " })).toMatchObject({ status: 400, body: { errors: { body: "brokering.noteRequired" } } });
    const page = await getDetail("staff", m.id);
    expect((page.body as { match: { notes: { body: string }[] } }).match.notes.map((n) => n.body)).toEqual(["Bel volgende week."]);
    expect((await getDetail("company", m.id)).status).toBe(403);
    expect((await getDetail("owner", m.id)).status).toBe(403);
    expect((await postDetail("company", m.id, { intent: "state", from: "screening", to: "closed" })).status).toBe(403);
    expect((await getDetail("staff", "geen-uuid")).status).toBe(404);
  });

  it("assigns a broker (hub staff only) and lists the broker's own matches first", async () => {
    const m = await matchFor(solutionIds[1]);
    expect(await postDetail("staff", m.id, { intent: "assign", brokerUserId: ids.company })).toMatchObject({ status: 400, body: { errors: { brokerUserId: "brokering.brokerInvalid" } } });
    expect(await postDetail("staff", m.id, { intent: "assign", brokerUserId: ids.admin })).toMatchObject({ status: 200 });
    const { rows: list } = await listMatches(ids.admin, {}, DEFAULT_STALE_AFTER);
    expect((await listMatches(ids.admin, {}, DEFAULT_STALE_AFTER)).truncated).toBe(false);
    const capped = await listMatches(ids.admin, {}, DEFAULT_STALE_AFTER, new Date(), 1);
    expect(capped).toMatchObject({ truncated: true, rows: [list[0]] });
    expect(list[0].brokerUserId).toBe(ids.admin);
    expect((await listMatches(ids.admin, { broker: "mine" }, DEFAULT_STALE_AFTER)).rows.map((r) => r.id)).toEqual([m.id]);
  });

  it("flags stale matches by the hub admin's setting", async () => {
    const m = await matchFor(solutionIds[1]);
    const monday = new Date("2026-11-23T10:00:00Z");
    await db().update(s.matches).set({ stateChangedAt: new Date("2026-11-16T10:00:00Z") }).where(eq(s.matches.id, m.id));
    const save = (who: "staff" | "admin", form: Record<string, string>) =>
      run(() => settingsPage.action({ request: makeRequest("/hub/matches/instellingen", { cookie: cookies[who], form }), params: {}, context: {} }));
    const all = { suggested: "10", interest: "5", screening: "6", introduced: "10", in_conversation: "20", pilot: "60" };
    expect((await save("staff", all)).status).toBe(403);
    expect(await save("admin", { ...all, screening: "0" })).toMatchObject({ status: 400, body: { errors: { screening: "brokering.daysInvalid" } } });
    expect(await save("admin", all)).toMatchObject({ status: 200 });
    const { getStaleSettings } = await import("./manage.server");
    const settings = await getStaleSettings();
    expect(settings.screening).toBe(6);
    const row = (await listMatches(ids.admin, { broker: "mine" }, settings, monday)).rows[0];
    expect(row).toMatchObject({ workingDays: 5, stale: false });
    await save("admin", { ...all, screening: "5" });
    expect((await listMatches(ids.admin, { broker: "mine", age: "stale" }, await getStaleSettings(), monday)).rows.map((r) => r.id)).toEqual([m.id]);
    expect((await listMatches(ids.admin, { broker: "mine", age: "fresh" }, await getStaleSettings(), monday)).rows).toEqual([]);
  });
});
