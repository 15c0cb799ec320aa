/** Threads through the route loaders and actions: posting (idempotent, length-checked), unread counts, access, live events. */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const { makeMembership, makeUser } = await import("../../test/factories");
const { openThread } = await import("./threads.server");
const { listInbox, countUnreadMessages } = await import("./threads.repository.server");
const { openSubscriptions } = await import("./events.server");
const page = await import("../../routes/berichten.$id");
const events = await import("../../routes/berichten.$id.events");
const inbox = await import("../../routes/berichten._index");

const suffix = Math.random().toString(36).slice(2, 8);
const id = (k: string) => `msg-${k}-${suffix}`;
const cookies: Record<string, string> = {};
let threadId = "";

async function user(key: string, org: string, platformRole: "user" | "hub_staff" = "user") {
  await makeUser({ id: id(key), email: `${key.toLowerCase()}-${suffix}@messaging.example`, name: `Person ${key}`, ...(platformRole === "hub_staff" ? { hub: "hub_staff" } : {}) });
  await makeMembership(id(key), org);
  cookies[key] = cookieFrom(await createSessionCookie(id(key)));
}
const kvk = () => String(10_000_000 + Math.floor(Math.random() * 8e7));
const call = (fn: (a: never) => unknown, path: string, cookie: string | null, params: Record<string, string>, form?: Record<string, string>) =>
  run(() => fn({ request: makeRequest(path, { cookie, form }), params, context: {} } as never));
const view = (who: string, tid = threadId) => call(page.loader, `/berichten/${tid}`, cookies[who], { id: tid });
const reply = (who: string, body: string, key: string) =>
  call(page.action, `/berichten/${threadId}`, cookies[who], { id: threadId }, { intent: "reply", body, idempotencyKey: key });
const messageCount = async () =>
  (await getDb().select({ n: sql<number>`count(*)::int` }).from(s.messages).where(eq(s.messages.threadId, threadId)))[0].n;

beforeAll(async () => {
  const gemeenten = await getDb().select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.kind, "gemeente")).limit(2);
  const [hub] = await getDb().select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.slug, "digicampus"));
  const [company, otherCompany] = await getDb()
    .insert(s.organisations)
    .values([
      { slug: `msg-a-${suffix}`, kind: "bedrijf", name: `Bedrijf A ${suffix}`, kvkNumber: kvk() },
      { slug: `msg-b-${suffix}`, kind: "bedrijf", name: `Bedrijf B ${suffix}`, kvkNumber: kvk() },
    ])
    .returning({ id: s.organisations.id });
  await user("owner", gemeenten[0].id);
  await user("provider", company.id);
  await user("colleague", company.id);
  await user("otherCompany", otherCompany.id);
  await user("otherMuni", gemeenten[1].id);
  await user("broker", hub.id, "hub_staff");
  await user("staff", hub.id, "hub_staff");
  threadId = await getDb().transaction((tx) =>
    openThread(tx, {
      matchId: null,
      subject: `Kennismaking ${suffix}`,
      participants: [
        { userId: id("broker"), role: "broker" },
        { userId: id("owner"), role: "challenge_owner" },
        { userId: id("provider"), role: "solution_owner" },
      ],
      authorUserId: id("broker"),
      authorName: "Person broker",
      body: "Graag stel ik jullie voor.",
    }),
  );
});
afterAll(async () => {
  await getSql().end();
});

describe("posting", () => {
  it("posts once for a repeated idempotency key, and notifies the others in the same transaction", async () => {
    const key = `key-${suffix}-1`;
    const first = await reply("owner", "Dank je, **graag**!", key);
    const second = await reply("owner", "Dank je, **graag**!", key);
    expect(first).toMatchObject({ status: 302, location: `/berichten/${threadId}` });
    expect(second).toMatchObject({ status: 302 });
    expect(await messageCount()).toBe(2);
    const notes = await getDb()
      .select({ userId: s.notifications.userId, payload: s.notifications.payload })
      .from(s.notifications)
      .where(and(eq(s.notifications.kind, "message"), sql`${s.notifications.payload}->>'threadId' = ${threadId}`, sql`${s.notifications.payload}->>'authorName' = 'Person owner'`));
    expect(notes.map((n) => n.userId).sort()).toEqual([id("broker"), id("provider")].sort());
  });

  it("refuses an empty or too long message with 400 and keeps the text", async () => {
    const long = "x".repeat(10_001);
    const r = await reply("owner", long, `key-${suffix}-2`);
    expect(r).toMatchObject({ status: 400, body: { errors: { body: "thread.bodyTooLong" } } });
    expect((r.body as { values: { body: string } }).values.body).toBe(long);
    expect(await reply("owner", "   ", `key-${suffix}-3`)).toMatchObject({ status: 400, body: { errors: { body: "thread.bodyRequired" } } });
    expect(await reply("owner", "ok", "")).toMatchObject({ status: 400 });
    expect(await messageCount()).toBe(2);
  });
});

describe("unread counts", () => {
  it("counts messages after last_read_at not written by me, and viewing marks them read", async () => {
    expect(await countUnreadMessages(id("provider"))).toBe(2);
    const [row] = await listInbox(id("provider"));
    expect(row).toMatchObject({ id: threadId, unread: 2, participant: true });
    expect(row.others.map((o) => o.name).sort()).toEqual(["Person broker", "Person owner"]);
    expect((await view("provider")).status).toBe(200);
    expect(await countUnreadMessages(id("provider"))).toBe(0);
    const unreadNotes = await getDb()
      .select({ id: s.notifications.id })
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, id("provider")), sql`${s.notifications.readAt} is null`));
    expect(unreadNotes).toHaveLength(0);
    expect(await countUnreadMessages(id("owner"))).toBe(0);
    const list = await call(inbox.loader, "/berichten", cookies.provider, {});
    expect((list.body as { threads: { id: string; unread: number }[] }).threads.find((t) => t.id === threadId)?.unread).toBe(0);
  });
});

describe("access", () => {
  it("gives 404 to another company and another municipality on the page, its events and its action", async () => {
    for (const who of ["otherCompany", "otherMuni", "colleague"]) {
      expect((await view(who)).status, who).toBe(404);
      expect((await call(events.loader, `/berichten/${threadId}/events`, cookies[who], { id: threadId })).status, who).toBe(404);
      expect((await reply(who, "Mag ik meedoen?", `key-${suffix}-${who}`)).status, who).toBe(404);
    }
    expect(await messageCount()).toBe(2);
    expect((await call(inbox.loader, "/berichten", cookies.otherCompany, {})).body).toMatchObject({ threads: [] });
  });

  it("gives 404 for malformed and unknown ids, and sends anonymous callers to log in", async () => {
    expect((await view("owner", "geen-uuid")).status).toBe(404);
    expect((await view("owner", "00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await call(events.loader, "/berichten/'; drop/events", cookies.owner, { id: "'; drop" })).status).toBe(404);
    expect((await call(page.loader, `/berichten/${threadId}`, null, { id: threadId })).location).toMatch(/^\/inloggen/);
    expect((await call(events.loader, `/berichten/${threadId}/events`, null, { id: threadId })).status).toBe(401);
  });

  it("lets hub staff read every thread; a staff reply joins them as broker", async () => {
    expect((await view("staff")).status).toBe(200);
    const all = await call(inbox.loader, "/berichten?weergave=alle", cookies.staff, {});
    expect((all.body as { threads: { id: string }[] }).threads.some((t) => t.id === threadId)).toBe(true);
    const mine = await call(inbox.loader, "/berichten?weergave=alle", cookies.owner, {});
    expect((mine.body as { all: boolean }).all).toBe(false);
    expect((await reply("staff", "Ik lees mee.", `key-${suffix}-staff`)).status).toBe(302);
    const [p] = await getDb()
      .select({ role: s.threadParticipants.role })
      .from(s.threadParticipants)
      .where(and(eq(s.threadParticipants.threadId, threadId), eq(s.threadParticipants.userId, id("staff"))));
    expect(p.role).toBe("broker");
  });

  it("pages the list of all threads: pages do not overlap and say whether an older one exists", async () => {
    const first = await listInbox(id("staff"), { all: true, limit: 2, offset: 0 });
    const second = await listInbox(id("staff"), { all: true, limit: 2, offset: 2 });
    expect(first).toHaveLength(2);
    expect(second.length).toBeGreaterThan(0);
    for (const t of second) expect(first.map((f) => f.id)).not.toContain(t.id);
    type Page = { page: number; hasOlder: boolean; threads: unknown[] };
    const far = (await call(inbox.loader, "/berichten?weergave=alle&pagina=9999", cookies.staff, {})).body as Page;
    expect(far).toMatchObject({ page: 9999, hasOlder: false, threads: [] });
    const odd = (await call(inbox.loader, "/berichten?pagina=-3", cookies.owner, {})).body as Page;
    expect(odd.page).toBe(1);
  });
});

describe("participants", () => {
  it("lets a participant add a colleague (not an outsider), and records joining and leaving", async () => {
    const add = (email: string) => call(page.action, `/berichten/${threadId}`, cookies.provider, { id: threadId }, { intent: "add", email });
    expect(await add(`othercompany-${suffix}@messaging.example`)).toMatchObject({ status: 400, body: { errors: { email: "thread.addNotAllowed" } } });
    expect(await add(`colleague-${suffix}@messaging.example`)).toMatchObject({ status: 200, body: { done: "thread.added" } });
    expect(await add(`colleague-${suffix}@messaging.example`)).toMatchObject({ status: 400, body: { errors: { email: "thread.alreadyIn" } } });
    expect((await view("colleague")).status).toBe(200);
    const left = await call(page.action, `/berichten/${threadId}`, cookies.colleague, { id: threadId }, { intent: "leave" });
    expect(left).toMatchObject({ status: 302, location: "/berichten?verlaten=1" });
    expect((await view("colleague")).status).toBe(404);
    const body = (await view("owner")).body as { timeline: { type: string; event?: string; name?: string; actorName?: string | null }[] };
    const system = body.timeline.filter((i) => i.type === "system");
    expect(system).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: "joined", name: "Person colleague", actorName: "Person provider" }),
        expect.objectContaining({ event: "left", name: "Person colleague" }),
      ]),
    );
    const audits = await getDb().select().from(s.auditLog).where(and(eq(s.auditLog.entityType, "thread"), eq(s.auditLog.entityId, threadId)));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["thread.participant_added", "thread.participant_left"]));
  });

  it("shows a deleted author as a former user", async () => {
    await getDb().update(s.users).set({ deletedAt: new Date(), name: "Verwijderd" }).where(eq(s.users.id, id("broker")));
    const body = (await view("owner")).body as { timeline: { type: string; author?: { name: string | null } }[] };
    expect(body.timeline[0]).toMatchObject({ type: "message", author: { name: null } });
  });
});

describe("live events", () => {
  it("streams an event when a message is posted, and cleans up when the stream closes", async () => {
    const r = await call(events.loader, `/berichten/${threadId}/events`, cookies.owner, { id: threadId });
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
    const reader = r.response!.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toContain("retry:");
    await expect.poll(() => openSubscriptions(threadId)).toBe(1);
    await reply("provider", "Live!", `key-${suffix}-live`);
    expect(decoder.decode((await reader.read()).value)).toBe(`data: ${threadId}\n\n`);
    await reader.cancel();
    expect(openSubscriptions(threadId)).toBe(0);
  });
});
