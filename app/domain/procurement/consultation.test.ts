/**
 * Market consultation with equal treatment (issue 17): answers reach every registered respondent and no one else,
 * questions are anonymised, a closed consultation refuses new questions, only the owning body's verified members
 * open, answer and close it, introductions during it are logged, and the report and its DOCX hold the Q&A.
 */
import { and, eq, inArray } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { makeChallenge, makeMembership, makeOrganisation, makeSolution, makeUser, uniqueSuffix } = await import("../../test/factories");
const { getDb, getSql } = await import("../db.server");
const c = await import("./consultation.server");
const { consultationDocx } = await import("./consultation-docx.server");
const { introduce } = await import("../brokering/introduce.server");
const { createSessionCookie } = await import("../auth/session.server");
const matchPage = await import("../../routes/hub.matches.$id");

const suffix = uniqueSuffix();
const id = (k: string) => `cons-${k}-${suffix}`;
const users = { owner: id("owner"), unverified: id("unverified"), otherBody: id("otherbody"), r1: id("r1"), r2: id("r2"), outsider: id("outsider"), staff: id("staff") };
let muni = { id: "" };
let otherMuni = { id: "" };
let companies: { id: string; name: string }[] = [];
let challenge = { id: "", slug: "", title: "" };
let solution = { id: "" };
const owner = () => ({ userId: users.owner, organisationId: muni.id });
const respondent = (userId: string, org: { id: string }) => ({ userId, organisationId: org.id, organisationKind: "kennisinstelling" });

const notificationsOf = async (kind: string) =>
  getDb()
    .select({ userId: s.notifications.userId, payload: s.notifications.payload })
    .from(s.notifications)
    .where(and(eq(s.notifications.kind, kind), inArray(s.notifications.userId, Object.values(users))));

beforeAll(async () => {
  muni = await makeOrganisation({ kind: "waterschap", name: `Gemeente Consultatie ${suffix}` });
  otherMuni = await makeOrganisation({ kind: "waterschap" });
  companies = [];
  for (const k of ["een", "twee", "drie"]) {
    const org = await makeOrganisation({ kind: "kennisinstelling", name: `Bedrijf ${k} ${suffix}` });
    companies.push({ id: org.id, name: `Bedrijf ${k} ${suffix}` });
  }
  for (const u of Object.values(users)) await makeUser({ id: u, ...(u === users.staff ? { hub: "hub_staff" as const } : {}) });
  await makeMembership(users.owner, muni.id);
  await makeMembership(users.unverified, muni.id, { verified: false });
  await makeMembership(users.otherBody, otherMuni.id);
  await makeMembership(users.r1, companies[0].id);
  await makeMembership(users.r2, companies[1].id);
  await makeMembership(users.outsider, companies[2].id);
  challenge = await makeChallenge({ ownerOrganisationId: muni.id, createdByUserId: users.owner, status: "published" });
  solution = await makeSolution({ organisationId: companies[0].id, createdByUserId: users.r1, status: "published" });
});
afterAll(async () => {
  await getSql().end();
});

describe("market consultation", () => {
  it("only the owning body's verified members open it, on a published challenge, until a date from today", async () => {
    expect(await c.openConsultation({ userId: users.unverified, organisationId: muni.id }, challenge.id, "2099-01-01")).toEqual({ ok: false, error: "forbidden" });
    expect(await c.openConsultation({ userId: users.otherBody, organisationId: otherMuni.id }, challenge.id, "2099-01-01")).toEqual({ ok: false, error: "forbidden" });
    expect(await c.openConsultation(owner(), challenge.id, "2020-01-01")).toEqual({ ok: false, error: "endsOn" });
    expect(await c.openConsultation(owner(), challenge.id, "morgen")).toEqual({ ok: false, error: "endsOn" });
    const draft = await makeChallenge({ ownerOrganisationId: muni.id, createdByUserId: users.owner });
    expect(await c.openConsultation(owner(), draft.id, "2099-01-01")).toEqual({ ok: false, error: "notPublished" });
    expect(await c.openConsultation(owner(), challenge.id, "2099-01-01")).toEqual({ ok: true });
    expect(await c.openConsultation(owner(), challenge.id, "2099-02-01")).toEqual({ ok: false, error: "exists" });
  });

  it("companies register; a public body's member cannot; an unregistered company cannot ask", async () => {
    expect(await c.register(respondent(users.r1, companies[0]), challenge.id)).toEqual({ ok: true });
    expect(await c.register(respondent(users.r2, companies[1]), challenge.id)).toEqual({ ok: true });
    expect(await c.register(respondent(users.r2, companies[1]), challenge.id)).toEqual({ ok: true });
    expect(await c.register({ userId: users.otherBody, organisationId: otherMuni.id, organisationKind: "gemeente" }, challenge.id)).toEqual({ ok: false, error: "notProvider" });
    expect(await c.ask(users.outsider, challenge.id, "Mag ik ook iets vragen?")).toEqual({ ok: false, error: "notRegistered" });
    expect(await c.ask(users.r1, challenge.id, "   ")).toEqual({ ok: false, error: "question" });
  });

  it("an answer reaches every registered respondent and no one else, with the question anonymised", async () => {
    expect(await c.ask(users.r1, challenge.id, "Welke koppelvlakken moet de oplossing ondersteunen?")).toEqual({ ok: true });
    // The owner hears of the question without the asker.
    const asked = await notificationsOf("consultation_question");
    expect(asked.map((n) => n.userId)).toEqual([users.owner]);
    expect(JSON.stringify(asked[0].payload)).not.toContain(users.r1);
    expect(JSON.stringify(asked[0].payload)).not.toContain(companies[0].name);

    const consultation = (await c.consultationOf(getDb(), challenge.id))!;
    const [q] = await c.questionsOf(consultation.id, null, false);
    // Another body's member, the unverified member and a respondent cannot answer; the owner can, once.
    expect(await c.answer({ userId: users.otherBody, organisationId: otherMuni.id }, challenge.id, q.id, "Privé")).toMatchObject({ ok: false, error: "forbidden" });
    expect(await c.answer({ userId: users.unverified, organisationId: muni.id }, challenge.id, q.id, "Privé")).toMatchObject({ ok: false, error: "forbidden" });
    expect(await c.answer({ userId: users.r2, organisationId: companies[1].id }, challenge.id, q.id, "Privé")).toMatchObject({ ok: false, error: "forbidden" });
    expect(await c.answer(owner(), challenge.id, q.id, "StUF en de koppelvlakken van Common Ground.")).toEqual({ ok: true, notified: 2 });
    expect(await c.answer(owner(), challenge.id, q.id, "Een tweede antwoord")).toEqual({ ok: false, error: "answered" });

    const answered = await notificationsOf("consultation_answer");
    expect(answered.map((n) => n.userId).sort()).toEqual([users.r1, users.r2].sort());
    for (const n of answered) {
      expect(n.payload.href).toBe(`/opgaven/${challenge.slug}/consultatie`);
      expect(JSON.stringify(n.payload)).not.toContain(users.r1);
    }
    // Both respondents read the same answer; only the asker sees that it was theirs.
    const forAsker = await c.questionsOf(consultation.id, users.r1, true);
    const forOther = await c.questionsOf(consultation.id, users.r2, true);
    expect(forAsker.map((x) => [x.answer, x.mine])).toEqual([["StUF en de koppelvlakken van Common Ground.", true]]);
    expect(forOther.map((x) => [x.answer, x.mine])).toEqual([["StUF en de koppelvlakken van Common Ground.", false]]);
    expect(Object.keys(forOther[0]).sort()).toEqual(["answer", "answeredAt", "askedAt", "id", "mine", "question"]);
  });

  it("respondents see published answers and their own open questions, not others' open questions", async () => {
    expect(await c.ask(users.r2, challenge.id, "Is hosting in de EU verplicht?")).toEqual({ ok: true });
    const consultation = (await c.consultationOf(getDb(), challenge.id))!;
    expect((await c.questionsOf(consultation.id, users.r1, true)).map((q) => q.question)).toEqual(["Welke koppelvlakken moet de oplossing ondersteunen?"]);
    expect((await c.questionsOf(consultation.id, users.r2, true)).map((q) => q.question)).toHaveLength(2);
    expect(await c.questionsOf(consultation.id, null, false)).toHaveLength(2);
  });

  it("logs the hub's introductions while the consultation is open", async () => {
    const [match] = await getDb()
      .insert(s.matches)
      .values({ challengeId: challenge.id, solutionId: solution.id, state: "screening", source: "staff" })
      .returning({ id: s.matches.id });
    // The broker is told before introducing that the introduction goes on the consultation's record.
    const cookie = cookieFrom(await createSessionCookie(users.staff));
    const page = await run(() => matchPage.loader({ request: makeRequest(`/hub/matches/${match.id}`, { cookie }), params: { id: match.id }, context: {} } as never));
    expect(page.status).toBe(200);
    expect((page.body as { consultation: unknown }).consultation).toMatchObject({ open: true, endsOn: "2099-01-01" });
    const done = await introduce({ id: users.staff, name: "Hub" }, { matchId: match.id, expectedFrom: "screening", body: "Graag stel ik u voor." });
    expect(done.ok).toBe(true);
    const report = (await c.consultationReport(challenge.id))!;
    expect(report.introductions).toEqual([expect.objectContaining({ organisation: companies[0].name })]);
  });

  it("a closed consultation refuses registrations and questions; the report and its DOCX hold the Q&A", async () => {
    expect(await c.closeConsultation({ userId: users.unverified, organisationId: muni.id }, challenge.id)).toEqual({ ok: false, error: "forbidden" });
    expect(await c.closeConsultation(owner(), challenge.id)).toEqual({ ok: true });
    expect(await c.ask(users.r1, challenge.id, "Nog een vraag?")).toEqual({ ok: false, error: "closed" });
    expect(await c.register(respondent(users.outsider, companies[2]), challenge.id)).toEqual({ ok: false, error: "closed" });
    const consultation = (await c.consultationOf(getDb(), challenge.id))!;
    const [first] = await c.questionsOf(consultation.id, null, false);
    expect(await c.answer(owner(), challenge.id, first.id, "Te laat")).toEqual({ ok: false, error: "closed" });

    const report = (await c.consultationReport(challenge.id))!;
    expect(report.respondents.map((r) => r.organisation).sort()).toEqual([companies[0].name, companies[1].name].sort());
    expect(report.questions.map((q) => q.question)).toEqual(["Welke koppelvlakken moet de oplossing ondersteunen?", "Is hosting in de EU verplicht?"]);
    expect(report.consultation.closedAt).not.toBeNull();

    const docx = await consultationDocx(report, "nl");
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Verslag marktconsultatie");
    expect(xml).toContain("Welke koppelvlakken moet de oplossing ondersteunen?");
    expect(xml).toContain("StUF en de koppelvlakken van Common Ground.");
    expect(xml).toContain(companies[1].name);
    expect(xml).toContain("Nog niet beantwoord");
    // Anonymised: the asker's account is nowhere in the file.
    expect(xml).not.toContain(users.r1);
    const en = await JSZip.loadAsync(await consultationDocx(report, "en"));
    expect(await en.file("word/document.xml")!.async("string")).toContain("Market consultation report");
  });
});
