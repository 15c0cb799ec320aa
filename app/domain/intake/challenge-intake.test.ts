/**
 * Challenge intake end to end through the route loaders and actions, on the real database: drafting, double
 * submit, strict submit, co-owners, optimistic locking, staff review (allowed, forbidden, stale), the owner's
 * lifecycle, and hostile or unusual input (XSS payloads, over-long text, RTL/emoji/combining characters).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { createPersonas } = await import("../../test/personas");
const newRoute = await import("../../routes/mijn.opgaven.nieuw");
const editRoute = await import("../../routes/mijn.opgaven.$id");
const reviewRoute = await import("../../routes/hub.beoordeling.opgaven.$id");
const { transitionChallenge } = await import("./challenge-lifecycle.server");
const { Markdown } = await import("../../components/markdown");

type P = Awaited<ReturnType<typeof createPersonas>>;
let personas: P;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  personas = await createPersonas();
  for (const p of ["muniA", "muniB", "company", "staff"] as const) cookies[p] = cookieFrom(await personas.freshSession(p));
});
afterAll(async () => {
  await personas?.close();
});

const complete = (overrides: Record<string, string> = {}) => ({
  title: "Slimme afvalinzameling in de binnenstad",
  summary: "De gemeente zoekt een manier om afval in de binnenstad slimmer en schoner in te zamelen.",
  problemStatement: "Overvolle containers en zwerfafval in de binnenstad leiden tot klachten van bewoners.",
  desiredOutcome: "Minder zwerfafval en minder ritten van de vuilniswagen.",
  themes: "circulaire-economie",
  regions: "",
  contactName: "Test Persoon",
  contactEmail: "test@gemeente.example",
  procurementRoute: "onbekend",
  visibility: "public",
  lang: "nl",
  ...overrides,
});

async function regionOf(orgId: string) {
  const [o] = await getDb().select({ r: s.organisations.regionCode }).from(s.organisations).where(eq(s.organisations.id, orgId));
  return o.r!;
}

async function post(mod: { action: (a: never) => unknown }, path: string, persona: string, form: Record<string, string>, params: Record<string, string> = {}) {
  return run(() => mod.action({ request: makeRequest(path, { cookie: cookies[persona], form }), params, context: {} } as never));
}
async function get(mod: { loader: (a: never) => unknown }, path: string, persona: string, params: Record<string, string> = {}) {
  return run(() => mod.loader({ request: makeRequest(path, { cookie: cookies[persona] }), params, context: {} } as never));
}
const idFrom = (location: string | null) => location!.split("/")[3].split("?")[0];

async function createDraft(form: Record<string, string>, persona = "muniA") {
  const out = await post(newRoute, "/mijn/opgaven/nieuw", persona, { intent: "save", creationKey: crypto.randomUUID(), ...form });
  expect(out.status, JSON.stringify(out.body)).toBe(302);
  return idFrom(out.location);
}
async function row(id: string) {
  const [c] = await getDb().select().from(s.challenges).where(eq(s.challenges.id, id));
  return c;
}
const edit = (id: string, persona: string, form: Record<string, string>) =>
  post(editRoute, `/mijn/opgaven/${id}`, persona, form, { id });
const review = (id: string, form: Record<string, string>) => post(reviewRoute, `/hub/beoordeling/opgaven/${id}`, "staff", form, { id });

describe("challenge intake", () => {
  it("saves a draft with only a title, and a double submit of the same form makes one record", async () => {
    const key = crypto.randomUUID();
    const form = { intent: "save", creationKey: key, title: "Alleen een titel" };
    const [a, b] = await Promise.all([post(newRoute, "/mijn/opgaven/nieuw", "muniA", form), post(newRoute, "/mijn/opgaven/nieuw", "muniA", form)]);
    expect(a.status).toBe(302);
    expect(idFrom(a.location)).toBe(idFrom(b.location));
    expect(await getDb().select().from(s.challenges).where(eq(s.challenges.creationKey, key))).toHaveLength(1);
    const c = await row(idFrom(a.location));
    expect(c.status).toBe("draft");
    const empty = await post(newRoute, "/mijn/opgaven/nieuw", "muniA", { intent: "save", creationKey: crypto.randomUUID(), title: "  " });
    expect(empty.status).toBe(400);
    expect((empty.body as { errors: Record<string, string> }).errors.title).toBe("intake.titleRequired");
  });

  it("submits only a complete challenge, tells hub staff and queues a search sync", async () => {
    const id = await createDraft({ title: "Half af" });
    const c = await row(id);
    const incomplete = await edit(id, "muniA", { intent: "submit", version: String(c.version), title: "Half af" });
    expect(incomplete.status).toBe(400);
    const errors = (incomplete.body as { errors: Record<string, string> }).errors;
    expect(errors).toMatchObject({ summary: "intake.summaryRequired", themes: "intake.themesRequired", regions: "intake.regionsRequired" });
    expect((await row(id)).status).toBe("draft");

    const region = await regionOf(personas.organisations.a);
    const ok = await edit(id, "muniA", { intent: "submit", version: String(c.version), ...complete({ regions: region }) });
    expect(ok.status, JSON.stringify(ok.body)).toBe(302);
    const after = await row(id);
    expect(after.status).toBe("submitted");
    expect(after.submittedAt).not.toBeNull();
    const staffNotes = await getDb()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, personas.ids.staff), eq(s.notifications.kind, "staff_attention")));
    expect(staffNotes.some((n) => (n.payload as { entityId?: string }).entityId === id)).toBe(true);
    const outbox = await getDb().select().from(s.searchOutbox).where(eq(s.searchOutbox.entityId, id));
    expect(outbox.length).toBeGreaterThan(0);
  });

  it("lets only the owner's and co-owners' members edit; others get 404 or 403", async () => {
    const id = await createDraft({ title: "Gedeelde opgave" });
    expect((await get(editRoute, `/mijn/opgaven/${id}`, "muniB", { id })).status).toBe(404);
    expect((await get(editRoute, `/mijn/opgaven/${id}`, "company", { id })).status).toBe(403);
    expect((await get(editRoute, `/mijn/opgaven/not-a-uuid`, "muniA", { id: "not-a-uuid" })).status).toBe(404);
    expect((await edit(id, "muniB", { intent: "save", version: "1", title: "Gekaapt" })).status).toBe(404);
    // Add municipality B as co-owner: its members may now edit too.
    const c = await row(id);
    const saved = await edit(id, "muniA", { intent: "save", version: String(c.version), title: "Gedeelde opgave", coOwners: personas.organisations.b });
    expect(saved.status, JSON.stringify(saved.body)).toBe(302);
    expect((await get(editRoute, `/mijn/opgaven/${id}`, "muniB", { id })).status).toBe(200);
    const v = (await row(id)).version;
    expect((await edit(id, "muniB", { intent: "save", version: String(v), title: "Samen bewerkt", coOwners: personas.organisations.b })).status).toBe(302);
    expect((await row(id)).title).toBe("Samen bewerkt");
    // A co-owner that is not a public body, or a made-up id, is refused with a message (no 500).
    const bad = await edit(id, "muniA", { intent: "save", version: String(v + 1), title: "x", coOwners: personas.organisations.company });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: Record<string, string> }).errors.coOwners).toBe("intake.invalidChoice");
  });

  it("refuses a save over a newer version, keeping the user's text and naming what changed", async () => {
    const id = await createDraft({ title: "Conflict" });
    const first = await edit(id, "muniA", { intent: "save", version: "1", title: "Conflict", summary: "Eerste schrijver" });
    expect(first.status).toBe(302);
    const second = await edit(id, "muniA", { intent: "save", version: "1", title: "Conflict", summary: "Tweede schrijver" });
    expect(second.status).toBe(409);
    const body = second.body as { values: { summary: string }; conflict: { changed: string[] } };
    expect(body.values.summary).toBe("Tweede schrijver");
    expect(body.conflict.changed).toContain("summary");
    expect((await row(id)).summary).toBe("Eerste schrijver");
  });

  it("runs the review: only staff, comments required, stale actions refused, owner notified", async () => {
    const region = await regionOf(personas.organisations.a);
    const id = await createDraft(complete({ regions: region }));
    await edit(id, "muniA", { intent: "submit", version: "1", ...complete({ regions: region }) });
    // Not staff: 403 for a municipality member.
    expect((await post(reviewRoute, `/hub/beoordeling/opgaven/${id}`, "muniA", { intent: "publish" }, { id })).status).toBe(403);
    const noComment = await review(id, { intent: "requestChanges", comment: " " });
    expect(noComment.status).toBe(400);
    expect(await review(id, { intent: "requestChanges", comment: "Voeg **succescriteria** toe." })).toMatchObject({ status: 302 });
    const stale = await review(id, { intent: "reject", comment: "Te laat" });
    expect(stale.status).toBe(409);
    expect((stale.body as { errors: Record<string, string> }).errors.form).toBe("intake.stale");
    const c = await row(id);
    expect(c.status).toBe("changes_requested");
    expect(c.reviewComment).toBe("Voeg **succescriteria** toe.");
    const notes = await getDb()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, personas.ids.muniA), eq(s.notifications.kind, "review_outcome")));
    expect(notes.some((n) => (n.payload as { entityId?: string }).entityId === id)).toBe(true);
    // The owner sees the comment and the history.
    const page = await get(editRoute, `/mijn/opgaven/${id}`, "muniA", { id });
    const data = page.body as { challenge: { reviewComment: string }; history: { action: string; comment: string | null }[] };
    expect(data.challenge.reviewComment).toContain("succescriteria");
    expect(data.history.map((h) => h.action)).toEqual(["challenge.created", "challenge.updated", "challenge.submitted", "challenge.requestChanges"]);
    expect(data.history.at(-1)!.comment).toContain("succescriteria");
    // Resubmit, publish; a second publish is stale.
    await edit(id, "muniA", { intent: "submit", version: String(c.version), ...complete({ regions: region, successCriteria: "- 20% minder" }) });
    expect((await review(id, { intent: "publish" })).status).toBe(302);
    expect((await review(id, { intent: "publish" })).status).toBe(409);
    const published = await row(id);
    expect(published.status).toBe("published");
    expect(published.publishedAt).not.toBeNull();
    expect(published.reviewComment).toBeNull();
    // A published challenge stays published when edited.
    expect((await edit(id, "muniA", { intent: "save", version: String(published.version), ...complete({ regions: region, title: "Bijgewerkt" }) })).status).toBe(302);
    expect(await row(id)).toMatchObject({ status: "published", title: "Bijgewerkt" });
  });

  it("allows the owner's lifecycle transitions only from the right statuses", async () => {
    const { a } = personas.organisations;
    const id = await createDraft({ title: "Levensloop" });
    const owner = { organisationId: a };
    expect(await transitionChallenge(personas.ids.muniA, id, "close", owner)).toEqual({ ok: false, error: "stale" });
    expect(await transitionChallenge(personas.ids.muniA, id, "publish", owner)).toEqual({ ok: false, error: "notFound" });
    expect(await transitionChallenge(personas.ids.muniB, id, "withdraw", { organisationId: personas.organisations.b })).toEqual({ ok: false, error: "notFound" });
    await getDb().update(s.challenges).set({ status: "published" }).where(eq(s.challenges.id, id));
    const v = (await row(id)).version;
    expect((await edit(id, "muniA", { intent: "close" })).status).toBe(302);
    expect((await row(id)).status).toBe("closed");
    expect((await row(id)).version).toBe(v + 1);
    const noOutcome = await edit(id, "muniA", { intent: "finish", outcome: "Getest", lessonsLearned: "" });
    expect(noOutcome.status).toBe(400);
    expect((noOutcome.body as { errors: Record<string, string> }).errors.lessonsLearned).toBe("intake.lessonsRequired");
    expect((await edit(id, "muniA", { intent: "finish", outcome: "Sensoren getest", lessonsLearned: "Begin klein" })).status).toBe(302);
    expect(await row(id)).toMatchObject({ status: "finished", outcome: "Sensoren getest", lessonsLearned: "Begin klein" });
    expect((await edit(id, "muniA", { intent: "withdraw", confirm: "on" })).status).toBe(409);
    const other = await createDraft({ title: "Intrekken" });
    expect((await edit(other, "muniA", { intent: "withdraw" })).status).toBe(400);
    expect((await edit(other, "muniA", { intent: "withdraw", confirm: "on" })).status).toBe(302);
    expect((await row(other)).status).toBe("withdrawn");
  });
});

describe("hostile and unusual input", () => {
  const PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klik](javascript:alert(1))",
    '"><svg/onload=alert(1)>',
  ];
  const TEXT_FIELDS = ["title", "summary", "problemStatement", "localContext", "affected", "desiredOutcome", "successCriteria", "timeline", "contactName", "contactRole"] as const;

  it.each(PAYLOADS)("stores %s intact in every text field and never renders it as markup", async (payload) => {
    const form = Object.fromEntries(TEXT_FIELDS.map((k) => [k, `${payload} ${k}`]));
    const id = await createDraft(form);
    const c = await row(id);
    for (const k of TEXT_FIELDS) {
      expect(c[k]).toBe(`${payload} ${k}`);
      const html = renderToStaticMarkup(createElement(Markdown, { text: c[k] }));
      expect(html).not.toMatch(/<(script|img|svg)/i);
      expect(html).not.toMatch(/<[^>]*\son\w+=/i);
      expect(html).not.toContain('href="javascript:');
    }
  });

  it("refuses over-long text with a message and returns all of it", async () => {
    const long = "a".repeat(10_001);
    const out = await post(newRoute, "/mijn/opgaven/nieuw", "muniA", {
      intent: "save",
      creationKey: crypto.randomUUID(),
      title: "t".repeat(161),
      summary: "s".repeat(601),
      problemStatement: long,
    });
    expect(out.status).toBe(400);
    const body = out.body as { values: Record<string, string>; errors: Record<string, string> };
    expect(body.errors).toMatchObject({ title: "intake.titleTooLong", summary: "intake.summaryTooLong", problemStatement: "intake.tooLong" });
    expect(body.values.problemStatement).toHaveLength(10_001);
    expect(body.values.summary).toHaveLength(601);
  });

  it("keeps RTL text, emoji and combining characters intact", async () => {
    const odd = {
      title: "مدينة ذكية 🌍 e\u0301e\u0301n",
      summary: "Zo\u0308e\u0308 👩🏽‍🔬 \u202Eomgekeerd\u202C שלום",
      problemStatement: "Z̤͔ͧ̑̓ä͖̭̈̇lg͎͚̥͎͔͕ͥ̿o text en 家族 ✔️",
    };
    const id = await createDraft(odd);
    const page = await get(editRoute, `/mijn/opgaven/${id}`, "muniA", { id });
    const values = (page.body as { challenge: { formValues: Record<string, string> } }).challenge.formValues;
    expect(values.title).toBe(odd.title);
    expect(values.summary).toBe(odd.summary);
    expect(values.problemStatement).toBe(odd.problemStatement);
  });

  it("turns malformed numbers, dates and choices into messages, not errors", async () => {
    const out = await post(newRoute, "/mijn/opgaven/nieuw", "muniA", {
      intent: "save",
      creationKey: "geen-sleutel",
      title: "Rare invoer",
      budgetMin: "veel",
      budgetMax: "10",
      responseDeadline: "2026-13-45",
      procurementRoute: "omkoping",
      themes: "bestaat-niet",
      sdgs: "99",
      regions: "GM9999",
    });
    expect(out.status).toBe(400);
    const errors = (out.body as { errors: Record<string, string> }).errors;
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["budgetMin", "responseDeadline", "procurementRoute", "sdgs"]));
    const refs = await post(newRoute, "/mijn/opgaven/nieuw", "muniA", { intent: "save", creationKey: crypto.randomUUID(), title: "Rare keuzes", themes: "bestaat-niet", regions: "GM9999" });
    expect(refs.status).toBe(400);
    expect((refs.body as { errors: Record<string, string> }).errors).toMatchObject({ themes: "intake.invalidChoice", regions: "intake.invalidChoice" });
  });
});
