/**
 * Search alerts (issue 17) against the real index: a digest groups the records new since the last run that match the
 * followed search (text and facets), never the same record twice, and waits a day (daily) or a week (weekly) by
 * the injected clock. The unsubscribe link works without a login and does one thing only.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeChallenge, makeOrganisation, makeUser, uniqueSuffix } = await import("../../test/factories");
const { runAlertDigests } = await import("./digest.server");
const { createAlert, companySuggestion } = await import("./alerts.server");
const { unsubscribeToken, alertIdFromToken } = await import("./token.server");
const { getSearch } = await import("../search.server");
const { enqueueSearchSync, processOutboxBatch } = await import("../../../search/outbox");
const { indexName } = await import("../../../search/client");
const unsubscribeRoute = await import("../../routes/zoekopdracht-afmelden");
const resetRoute = await import("../../routes/wachtwoord-herstellen");

const suffix = uniqueSuffix();
const word = `koelwaaier${suffix}`;
const THEME = "klimaatadaptatie";
const OTHER_THEME = "wonen";
const HOUR = 3_600_000;
let owner: { id: string };
let user: { id: string; email: string };
const start = Date.now();

/** A published challenge with the given title and theme, published `minutes` after the test started. */
async function publish(title: string, theme: string, minutes: number) {
  const c = await makeChallenge({ ownerOrganisationId: owner.id, status: "published", title, summary: `Over ${title}.`, publishedAt: new Date(start + minutes * 60_000) });
  await getDb().insert(s.challengeThemes).values({ challengeId: c.id, themeSlug: theme });
  await enqueueSearchSync(getDb(), "challenge", [c.id]);
  return c;
}

/** Apply the outbox (no worker runs in tests) until the index holds these records. */
async function indexed(ids: string[]) {
  const { client, config } = getSearch();
  const index = client.index(indexName(config, "challenges"));
  await expect
    .poll(async () => {
      await processOutboxBatch(getSql(), client, config);
      return (await index.search("", { filter: [`id IN [${ids.map((id) => `"${id}"`).join(",")}]`], limit: ids.length })).hits.length;
    })
    .toBe(ids.length);
}

const mailsTo = (email: string) => getDb().select().from(s.devMail).where(eq(s.devMail.to, email)).orderBy(s.devMail.id);

beforeAll(async () => {
  owner = await makeOrganisation({ kind: "waterschap", name: `Waterschap Alert ${suffix}` });
  user = await makeUser({ id: `alert-${suffix}`, email: `alert-${suffix}@alerts.example`, name: "Alert Volger" });
});
afterAll(async () => {
  await getSql().end();
});

describe("alert digests", () => {
  it("groups the new matching records in one mail, only those new since the last send, daily by the clock", async () => {
    const made = await createAlert(user.id, "challenges", `q=${word}&thema=${THEME}&pagina=3&thema=geen-thema`, "daily");
    expect(made).toMatchObject({ ok: true, outcome: "created" });
    if (!made.ok) return;
    const [alert] = await getDb().select().from(s.searchAlerts).where(eq(s.searchAlerts.id, made.id));
    // The list page's parsing: page and unknown facet values dropped.
    expect(alert.query).toBe(`q=${word}&thema=${THEME}`);
    // Made before the test's records; the alert only counts records published after it.
    await getDb().update(s.searchAlerts).set({ createdAt: new Date(start - HOUR) }).where(eq(s.searchAlerts.id, made.id));
    const old = await makeChallenge({ ownerOrganisationId: owner.id, status: "published", title: `Oude ${word}`, publishedAt: new Date(start - 2 * HOUR) });
    const a = await publish(`Schaduw ${word} op pleinen`, THEME, 1);
    const b = await publish(`Koele ${word} in scholen`, THEME, 2);
    const wrongTheme = await publish(`Zorg ${word} thuis`, OTHER_THEME, 3);
    const wrongWord = await publish(`Hitteplan zonder trefwoord ${suffix}`, THEME, 4);
    await getDb().insert(s.challengeThemes).values({ challengeId: old.id, themeSlug: THEME });
    await enqueueSearchSync(getDb(), "challenge", [old.id]);
    await indexed([old.id, a.id, b.id, wrongTheme.id, wrongWord.id]);

    // Not yet a day after the alert was made: nothing.
    expect(await runAlertDigests(getDb(), { now: new Date(start + 10 * 60_000) })).toBe(0);
    expect(await mailsTo(user.email)).toEqual([]);

    const day1 = new Date(start + 24 * HOUR);
    await runAlertDigests(getDb(), { now: day1 });
    const [mail] = await mailsTo(user.email);
    expect(mail.subject).toBe("Opgavenmarkt: 2 nieuwe opgaven voor uw zoekopdracht");
    expect(mail.text).toContain(`/opgaven/${a.slug}`);
    expect(mail.text).toContain(`/opgaven/${b.slug}`);
    for (const other of [old, wrongTheme, wrongWord]) expect(mail.text).not.toContain(other.slug);
    expect(mail.text).toMatch(/\/zoekopdracht-afmelden\?token=/);
    const hits = await getDb().select().from(s.searchAlertHits).where(eq(s.searchAlertHits.alertId, made.id));
    expect(hits.map((h) => h.recordId).sort()).toEqual([a.id, b.id].sort());

    // A new match the next day: only that one; a run within the day sends nothing.
    const c = await publish(`Waterspeelplek ${word}`, THEME, 25 * 60);
    await indexed([c.id]);
    expect(await runAlertDigests(getDb(), { now: new Date(day1.getTime() + 2 * HOUR) })).toBe(0);
    await runAlertDigests(getDb(), { now: new Date(day1.getTime() + 24 * HOUR + 60_000) });
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe("Opgavenmarkt: 1 nieuwe opgave voor uw zoekopdracht");
    expect(mails[1].text).toContain(`/opgaven/${c.slug}`);
    expect(mails[1].text).not.toContain(a.slug);
  });

  it("suggests to a company the open challenges in the themes of its published solutions", async () => {
    const company = await makeOrganisation({ kind: "bedrijf", kvkNumber: String(20_000_000 + Math.floor(Math.random() * 70_000_000)) });
    expect(await companySuggestion(company.id)).toBeNull();
    const [solution] = await getDb()
      .insert(s.solutions)
      .values({ slug: `alert-oplossing-${suffix}`, organisationId: company.id, title: "Alert-oplossing", summary: "x", status: "published", publishedAt: new Date() })
      .returning({ id: s.solutions.id });
    await getDb().insert(s.solutionThemes).values([{ solutionId: solution.id, themeSlug: OTHER_THEME }, { solutionId: solution.id, themeSlug: THEME }]);
    expect(await companySuggestion(company.id)).toBe(`thema=${THEME}&thema=${OTHER_THEME}&status=published`);
  });
});

describe("unsubscribe", () => {
  const get = (token: string) => run(() => unsubscribeRoute.loader({ request: makeRequest(`/zoekopdracht-afmelden?token=${encodeURIComponent(token)}`), params: {}, context: {} }));
  const post = (token: string) =>
    run(() => unsubscribeRoute.action({ request: makeRequest(`/zoekopdracht-afmelden?token=${encodeURIComponent(token)}`, { form: { "List-Unsubscribe": "One-Click" } }), params: {}, context: {} }));

  it("stops exactly the one alert, without a login; GET only asks", async () => {
    const one = await createAlert(user.id, "solutions", "q=een", "weekly");
    const two = await createAlert(user.id, "solutions", "q=twee", "weekly");
    if (!one.ok || !two.ok) throw new Error("alerts not made");
    const token = unsubscribeToken(one.id);
    expect(await get(token)).toMatchObject({ status: 200, body: { state: "confirm" } });
    expect(await getDb().select().from(s.searchAlerts).where(eq(s.searchAlerts.id, one.id))).toHaveLength(1);
    expect(await post(token)).toMatchObject({ status: 200, body: { state: "done" } });
    const left = await getDb().select({ id: s.searchAlerts.id }).from(s.searchAlerts).where(inArray(s.searchAlerts.id, [one.id, two.id]));
    expect(left.map((r) => r.id)).toEqual([two.id]);
    // Again: nothing left to stop, still no error.
    expect(await post(token)).toMatchObject({ status: 200, body: { state: "gone" } });
  });

  it("refuses a tampered token and cannot be used for anything else", async () => {
    const three = await createAlert(user.id, "challenges", "q=drie", "immediate");
    if (!three.ok) throw new Error("alert not made");
    const token = unsubscribeToken(three.id);
    const [id, signature] = token.split(".");
    const other = await createAlert(user.id, "challenges", "q=vier", "immediate");
    if (!other.ok) throw new Error("alert not made");
    for (const bad of [`${other.id}.${signature}`, `${id}.${signature.slice(0, -2)}AA`, `${id}.`, "x", `${token}.extra`]) {
      expect(alertIdFromToken(bad)).toBeNull();
      expect(await post(bad)).toMatchObject({ status: 400, body: { state: "invalid" } });
    }
    expect(await getDb().select().from(s.searchAlerts).where(inArray(s.searchAlerts.id, [three.id, other.id]))).toHaveLength(2);
    // Not a session, and not a password-reset token.
    const reset = await run(() => resetRoute.action({ request: makeRequest("/wachtwoord-herstellen", { form: { token, password: "een-heel-lang-nieuw-wachtwoord" } }), params: {}, context: {} }));
    expect(reset.status).toBe(400);
    expect(await getDb().select().from(s.searchAlerts).where(eq(s.searchAlerts.id, three.id))).toHaveLength(1);
  });
});
