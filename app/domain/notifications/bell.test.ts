/** The header's live bell: the count route answers signed-in users only, and its polling never extends a session. */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeTwoPartyThread, makeUser } = await import("../../test/factories");
const { createSessionCookie, sessionIdFrom } = await import("../auth/session.server");
const { notify } = await import("./notify.server");
const bell = await import("../../routes/meldingen.aantal");

afterAll(async () => {
  await getSql().end();
});

const count = async (cookie?: string) => {
  const outcome = await run(() => bell.loader({ request: makeRequest("/meldingen/aantal", { cookie }), params: {}, context: {} }));
  const json = outcome.headers.get("Content-Type")?.startsWith("application/json");
  return { ...outcome, body: json ? await outcome.response!.json() : null };
};

describe("bell count", () => {
  it("gives the unread count as JSON, a 401 without a session, and leaves the session's expiry alone", async () => {
    const id = `bell-${randomBytes(4).toString("hex")}`;
    await makeUser({ id, name: "Bell Test", passwordHash: "x" });
    const cookie = cookieFrom(await createSessionCookie(id));
    expect(await count()).toMatchObject({ status: 401 });
    expect(await count(cookie)).toMatchObject({ status: 200, body: { unread: 0 } });
    await getDb().transaction((tx) => notify(tx, [{ userId: id, kind: "review_outcome", payload: { entityType: "challenge", entityId: "x", title: "x", outcome: "published" } }]));
    expect(await count(cookie)).toMatchObject({ status: 200, body: { unread: 1 } });

    // A session close to its idle expiry: a page load would slide it, the bell's poll must not.
    const sessionId = sessionIdFrom(makeRequest("/", { cookie }))!;
    const soon = new Date(Date.now() + 60_000);
    await getDb().update(s.sessions).set({ expiresAt: soon }).where(eq(s.sessions.id, sessionId));
    const outcome = await count(cookie);
    expect(outcome.status).toBe(200);
    expect(outcome.headers.get("Set-Cookie")).toBeNull();
    const [row] = await getDb().select({ expiresAt: s.sessions.expiresAt }).from(s.sessions).where(eq(s.sessions.id, sessionId));
    expect(row.expiresAt.getTime()).toBe(soon.getTime());
  });

  it("counts unread messages as /berichten does, one per message, not again for its notification", async () => {
    const { a, threadId } = await makeTwoPartyThread("bellmsg", "Bel en berichten");
    const cookie = cookieFrom(await createSessionCookie(a.id));
    // "Hallo" from the other party: one unread message, which also left a "message" notification.
    const [note] = await getDb().select({ kind: s.notifications.kind }).from(s.notifications).where(eq(s.notifications.userId, a.id));
    expect(note?.kind).toBe("message");
    expect(await count(cookie)).toMatchObject({ status: 200, body: { unread: 1 } });
    await getDb()
      .update(s.threadParticipants)
      .set({ lastReadAt: new Date() })
      .where(eq(s.threadParticipants.threadId, threadId));
    expect(await count(cookie)).toMatchObject({ status: 200, body: { unread: 0 } });
  });
});
