/**
 * /hub: every count equals the length of the list its link opens (the linked route's own loader, called with the
 * link's URL), with known rows of each kind added. Serial: the queues are global, so a parallel file adding a
 * submission between the count and the list would make them differ for a moment.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { DEMO_TOTP_SECRET } = await import("../../../db/seed/partners");
const { getDb, getSql } = await import("../db.server");
const { enqueueSearchSync } = await import("../../../search/outbox");
const { createSessionCookie } = await import("../auth/session.server");
const { landingPath } = await import("../auth/landing.server");
const home = await import("../../routes/hub._index");
const { HUB_COUNT_KEYS, HUB_COUNT_LINKS } = await import("./home.server");

type Loader = (args: { request: Request; params: Record<string, string>; context: Record<string, never> }) => unknown;
/** The list each link opens, and how to read its length from that route's loader data. */
const LISTS: Record<string, { route: () => Promise<{ loader: Loader }>; length: (body: Record<string, unknown[]>) => number }> = {
  "/hub/verificatie": { route: () => import("../../routes/hub.verificatie"), length: (b) => b.pending.length },
  "/hub/beoordeling/opgaven": { route: () => import("../../routes/hub.beoordeling.opgaven._index"), length: (b) => b.items.length },
  "/hub/beoordeling/oplossingen": { route: () => import("../../routes/hub.beoordeling.oplossingen._index"), length: (b) => b.queue.length },
  "/hub/matches": { route: () => import("../../routes/hub.matches._index"), length: (b) => b.matches.length },
  "/berichten": { route: () => import("../../routes/berichten._index"), length: (b) => b.threads.length },
};

const suffix = Math.random().toString(36).slice(2, 8);
const staffId = `home-staff-${suffix}`;
let cookie = "";

const load = async (loader: Loader, url: string) => {
  const outcome = await run(() => loader({ request: makeRequest(url, { cookie }), params: {}, context: {} }));
  expect(outcome.status, url).toBe(200);
  return outcome.body as Record<string, unknown[]> & { counts: { key: string; count: number; href: string; more: boolean }[] };
};

beforeAll(async () => {
  const db = getDb();
  await db.insert(s.users).values({
    id: staffId,
    email: `home-staff-${suffix}@hub.example`,
    name: "Home Staff",
    platformRole: "hub_staff",
    emailVerifiedAt: new Date(),
    totpSecret: DEMO_TOTP_SECRET,
    totpEnabledAt: new Date(),
  });
  cookie = cookieFrom(await createSessionCookie(staffId));
  const [gm] = await db.select().from(s.organisations).where(eq(s.organisations.kind, "gemeente")).orderBy(s.organisations.slug).limit(1);
  const [company] = await db.select().from(s.organisations).where(eq(s.organisations.kind, "bedrijf")).orderBy(s.organisations.slug).limit(1);
  // A member waiting for verification.
  const memberId = `home-member-${suffix}`;
  await db.insert(s.users).values({ id: memberId, email: `member-${suffix}@elders.example`, name: "Wachtend Lid", emailVerifiedAt: new Date() });
  await db.insert(s.memberships).values({ userId: memberId, organisationId: gm.id, role: "member" });
  // A submitted challenge and solution; a published challenge for the matches.
  await db.insert(s.challenges).values({ slug: `home-ingediend-${suffix}`, ownerOrganisationId: gm.id, title: "Ingediend", summary: "x", status: "submitted", submittedAt: new Date() });
  const [open] = await db
    .insert(s.challenges)
    .values({ slug: `home-open-${suffix}`, ownerOrganisationId: gm.id, title: "Open", summary: "x", status: "published", publishedAt: new Date() })
    .returning({ id: s.challenges.id });
  await db.insert(s.solutions).values({ slug: `home-ingediend-${suffix}`, organisationId: company.id, title: "Ingediend", summary: "x", status: "submitted", submittedAt: new Date() });
  const published = await db
    .insert(s.solutions)
    .values(["a", "b", "c", "d"].map((k) => ({ slug: `home-${k}-${suffix}`, organisationId: company.id, title: `Oplossing ${k}`, summary: "x", status: "published" as const })))
    .returning({ id: s.solutions.id });
  // Public records go through the outbox like every other write, so the index still holds exactly the public rows.
  await enqueueSearchSync(db, "challenge", [open.id]);
  await enqueueSearchSync(db, "solution", published.map((p) => p.id));
  const longAgo = new Date(Date.now() - 120 * 86_400_000);
  await db.insert(s.matches).values([
    // An "ik kan helpen" response not yet screened.
    { challengeId: open.id, solutionId: published[0].id, state: "interest", source: "company" },
    // Stale: in screening for months, brokered by our staff member (also counts as their own).
    { challengeId: open.id, solutionId: published[1].id, state: "screening", source: "engine", brokerUserId: staffId, stateChangedAt: longAgo },
    // Own but finished: not on the day's list.
    { challengeId: open.id, solutionId: published[2].id, state: "closed", source: "engine", brokerUserId: staffId, closedReason: "x", stateChangedAt: longAgo },
    // Own, in progress, fresh.
    { challengeId: open.id, solutionId: published[3].id, state: "introduced", source: "staff", brokerUserId: staffId },
  ]);
  // A thread with a message the staff member has not read, and one they have read.
  for (const read of [false, true]) {
    const [thread] = await db.insert(s.threads).values({ subject: `Gesprek ${read ? "gelezen" : "ongelezen"} ${suffix}` }).returning({ id: s.threads.id });
    await db.insert(s.threadParticipants).values([
      { threadId: thread.id, userId: staffId, role: "broker", lastReadAt: read ? new Date(Date.now() + 60_000) : null },
      { threadId: thread.id, userId: memberId, role: "participant" },
    ]);
    await db.insert(s.messages).values({ threadId: thread.id, authorUserId: memberId, body: "Hallo" });
  }
});
afterAll(async () => {
  await getSql().end();
});

describe("/hub", () => {
  it("shows every count with a link, each equal to the length of the list the link opens", async () => {
    const { counts } = await load(home.loader as Loader, "/hub");
    expect(counts.map((c) => c.key)).toEqual([...HUB_COUNT_KEYS]);
    for (const c of counts) {
      expect(c.href).toBe(HUB_COUNT_LINKS[c.key as keyof typeof HUB_COUNT_LINKS]);
      const list = LISTS[c.href.split("?")[0]];
      const body = await load((await list.route()).loader, c.href);
      expect(c.count, `${c.key}: ${c.href}`).toBe(list.length(body));
      expect(c.more).toBe(false);
      // Every kind has at least the known row of this test.
      expect(c.count, c.key).toBeGreaterThan(0);
    }
    const byKey = Object.fromEntries(counts.map((c) => [c.key, c.count]));
    // The viewer's own: only what this test made for them (stale screening + introduced; not the closed one).
    expect(byKey.mine).toBe(2);
    expect(byKey.unread).toBe(1);
  });

  it("lands hub staff on /hub after login unless they asked for a page; others on the home page", async () => {
    expect(await landingPath(staffId, undefined)).toBe("/hub");
    expect(await landingPath(staffId, "/")).toBe("/hub");
    expect(await landingPath(staffId, "/hub/matches")).toBe("/hub/matches");
    expect(await landingPath(staffId, "//elders.example")).toBe("/hub");
    expect(await landingPath(`home-member-${suffix}`, undefined)).toBe("/");
    expect(await landingPath(`home-member-${suffix}`, "/mijn/opgaven")).toBe("/mijn/opgaven");
  });
});
