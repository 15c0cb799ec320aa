/** Notification e-mail: immediate vs daily digest vs off, through the development outbox (dev_mail). */
import { and, eq, inArray, isNull, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeUser } = await import("../../test/factories");
const { createSessionCookie } = await import("../auth/session.server");
const { notify } = await import("./notify.server");
const { sendImmediateBatch, sendDueDigests } = await import("./mailer.server");
const { countUnreadNotifications } = await import("./list.server");
const { notificationLinks } = await import("./links.server");
const meldingen = await import("../../routes/meldingen");
const preferences = await import("../../routes/account.meldingen");
const language = await import("../../routes/taal");

const suffix = Math.random().toString(36).slice(2, 8);
const id = (k: string) => `mail-${k}-${suffix}`;
const email = (k: string) => `${k}-${suffix}@mailer.example`;
const threadId = "11111111-2222-4333-8444-555555555555";

async function user(key: string, mode: "immediate" | "daily" | "off", locale: "nl" | "en" = "nl") {
  await makeUser({ id: id(key), email: email(key), name: `Mail ${key}`, notificationEmail: mode, locale });
}
const note = (key: string, subject: string) => ({ userId: id(key), kind: "message" as const, payload: { threadId, subject, authorName: "Sanne" } });
const mailsTo = (key: string) => getDb().select().from(s.devMail).where(eq(s.devMail.to, email(key)));
/** Other test files share the database: flush every pending immediate mail. */
const flush = async () => {
  while ((await sendImmediateBatch(getDb())) > 0) {
    // next batch
  }
};

beforeAll(async () => {
  await user("now", "immediate");
  await user("nowen", "immediate", "en");
  await user("daily", "daily");
  await user("off", "off");
});
afterAll(async () => {
  await getSql().end();
});

describe("immediate mail", () => {
  it("mails each notification once, in the user's language, with a link to the item and to the preferences", async () => {
    await getDb().transaction((tx) => notify(tx, [note("now", "Hittestress"), note("nowen", "Heat"), note("off", "Stil"), note("daily", "Later")]));
    await flush();
    const [nl] = await mailsTo("now");
    expect(nl.subject).toBe("Opgavenmarkt: Nieuw bericht van Sanne in “Hittestress”");
    expect(nl.text).toContain(`/berichten/${threadId}`);
    expect(nl.text).toContain("/account/meldingen");
    const [en] = await mailsTo("nowen");
    expect(en.subject).toBe("Opgavenmarkt: New message from Sanne in “Heat”");
    expect(await mailsTo("off")).toHaveLength(0);
    expect(await mailsTo("daily")).toHaveLength(0);
    await flush();
    expect(await mailsTo("now")).toHaveLength(1);
    const pending = await getDb()
      .select({ userId: s.notifications.userId })
      .from(s.notifications)
      .where(and(like(s.notifications.userId, `mail-%-${suffix}`), isNull(s.notifications.emailedAt)));
    expect(pending.map((p) => p.userId).sort()).toEqual([id("daily"), id("off")].sort());
  });

  it("does not mail a notification that was read in the app first", async () => {
    await getDb().transaction((tx) => notify(tx, [note("now", "Al gelezen")]));
    await getDb().update(s.notifications).set({ readAt: new Date() }).where(and(eq(s.notifications.userId, id("now")), isNull(s.notifications.readAt)));
    await flush();
    expect(await mailsTo("now")).toHaveLength(1);
  });
});

describe("daily digest", () => {
  it("sends one digest at the configured Amsterdam hour with everything not yet mailed, and not twice a day", async () => {
    await getDb().transaction((tx) => notify(tx, [note("daily", "Tweede")]));
    // 06:30 UTC on 2026-11-27 is 07:30 in Amsterdam: before 08:00, nothing is due.
    expect(await sendDueDigests(getDb(), { now: new Date("2026-11-27T06:30:00Z"), hour: 8 })).toBe(0);
    expect(await mailsTo("daily")).toHaveLength(0);
    expect(await sendDueDigests(getDb(), { now: new Date("2026-11-27T07:05:00Z"), hour: 8 })).toBeGreaterThanOrEqual(1);
    const mails = await mailsTo("daily");
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Opgavenmarkt: 2 nieuwe meldingen");
    expect(mails[0].text).toContain("“Later”");
    expect(mails[0].text).toContain("“Tweede”");
    expect(mails[0].text).toContain("/account/meldingen");
    await getDb().transaction((tx) => notify(tx, [note("daily", "Derde")]));
    await sendDueDigests(getDb(), { now: new Date("2026-11-27T09:00:00Z"), hour: 8 });
    expect(await mailsTo("daily")).toHaveLength(1);
    // The next day it is due again; forcing (for tests and operators) sends right away.
    await sendDueDigests(getDb(), { force: true });
    expect(await mailsTo("daily")).toHaveLength(2);
    expect(await mailsTo("off")).toHaveLength(0);
  });
});

describe("bell and preferences", () => {
  it("counts unread notifications, marks one or all read, and stores the e-mail preference", async () => {
    const cookie = cookieFrom(await createSessionCookie(id("off")));
    expect(await countUnreadNotifications(id("off"))).toBe(1);
    await getDb().transaction((tx) => notify(tx, [note("off", "Nog een")]));
    expect(await countUnreadNotifications(id("off"))).toBe(2);
    const list = await run(() => meldingen.loader({ request: makeRequest("/meldingen", { cookie }), params: {}, context: {} }));
    const items = (list.body as { notifications: { id: string; text: string; href: string }[] }).notifications;
    expect(items[0]).toMatchObject({ text: "Nieuw bericht van Sanne in “Nog een”", href: `/berichten/${threadId}` });
    const post = (form: Record<string, string>) => run(() => meldingen.action({ request: makeRequest("/meldingen", { cookie, form }), params: {}, context: {} }));
    expect((await post({ intent: "one", id: items[0].id })).status).toBe(200);
    expect(await countUnreadNotifications(id("off"))).toBe(1);
    expect((await post({ intent: "one", id: "geen-uuid" })).status).toBe(400);
    expect((await post({ intent: "all" })).status).toBe(200);
    expect(await countUnreadNotifications(id("off"))).toBe(0);

    const setMode = (mode: string) =>
      run(() => preferences.action({ request: makeRequest("/account/meldingen", { cookie, form: { mode } }), params: {}, context: {} }));
    expect((await setMode("weekly")).status).toBe(400);
    expect((await setMode("immediate")).status).toBe(200);
    const [u] = await getDb().select({ mode: s.users.notificationEmail }).from(s.users).where(inArray(s.users.id, [id("off")]));
    expect(u.mode).toBe("immediate");
    // What piled up while mail was off is not mailed afterwards.
    await flush();
    expect(await mailsTo("off")).toHaveLength(0);
  });
});

describe("mail language", () => {
  it("follows the language a signed-in user last chose", async () => {
    const cookie = cookieFrom(await createSessionCookie(id("now")));
    await run(() => language.action({ request: makeRequest("/taal", { cookie, form: { locale: "en", redirectTo: "/" } }), params: {}, context: {} }));
    await getDb().transaction((tx) => notify(tx, [note("now", "Language")]));
    await flush();
    const mails = await mailsTo("now");
    expect(mails.map((m) => m.subject)).toContain("Opgavenmarkt: New message from Sanne in “Language”");
  });
});

describe("links", () => {
  it("uses the payload's site path, a message's thread, or a match's challenge page; never another site", async () => {
    const [match] = await getDb()
      .select({ id: s.matches.id, slug: s.challenges.slug })
      .from(s.matches)
      .innerJoin(s.challenges, eq(s.challenges.id, s.matches.challengeId))
      .limit(1);
    const links = await notificationLinks(getDb(), [
      { kind: "message", payload: { threadId } },
      { kind: "match_state", payload: { matchId: match.id } },
      { kind: "challenge_response", payload: { matchId: match.id, href: "/hub/matches/x" } },
      { kind: "review_outcome", payload: { href: "//evil.example/x" } },
      { kind: "staff_attention", payload: { href: "javascript:alert(1)" } },
      { kind: "match_state", payload: { matchId: "geen-uuid" } },
    ]);
    expect(links).toEqual([`/berichten/${threadId}`, `/opgaven/${match.slug}`, "/hub/matches/x", null, null, null]);
  });
});
