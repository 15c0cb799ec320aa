/**
 * "Gluren bij de buren" through the route, on the reference regions: Dalfsen (GM0148) borders Zwolle (GM0193);
 * Enschede (GM0153) is elsewhere in Overijssel; Arnhem (GM0202) is in Gelderland. Confirmed deployments only, and a
 * question reaches the neighbour's contact person as a conversation.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeMembership, makeOrganisation, makeSolution, makeUser, uniqueSuffix } = await import("../../test/factories");
const { createSessionCookie } = await import("../auth/session.server");
const route = await import("../../routes/mijn.buren");

const suffix = uniqueSuffix();
let cookie = "";
let solutionSlug = "";
const zwolleContact = `buren-zwolle-${suffix}`;
const deployments: Record<string, string> = {};

const bodyOf = async (code: string) => (await getDb().select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.regionCode, code)))[0].id;

beforeAll(async () => {
  const asker = `buren-dalfsen-${suffix}`;
  await makeUser({ id: asker, name: "Dalfsen Vraagsteller" });
  await makeMembership(asker, await bodyOf("GM0148"));
  cookie = cookieFrom(await createSessionCookie(asker));
  await makeUser({ id: zwolleContact, name: "Zwolle Contact" });
  await makeMembership(zwolleContact, await bodyOf("GM0193"));
  const company = await makeOrganisation({ kvkNumber: String(30_000_000 + Math.floor(Math.random() * 60_000_000)) });
  const solution = await makeSolution({ organisationId: company.id, status: "published", title: `Burenoplossing ${suffix}` });
  solutionSlug = solution.slug;
  const rows = await getDb()
    .insert(s.solutionDeployments)
    .values([
      { solutionId: solution.id, regionCode: "GM0193", status: "active", confirmation: "confirmed", confirmedByUserId: zwolleContact, confirmedAt: new Date() },
      { solutionId: solution.id, regionCode: "GM0153", status: "active", confirmation: "confirmed", confirmedAt: new Date() },
      { solutionId: solution.id, regionCode: "GM0202", status: "active", confirmation: "confirmed", confirmedAt: new Date() },
      { solutionId: solution.id, regionCode: "GM0175", status: "active", confirmation: "unconfirmed" },
    ])
    .returning({ id: s.solutionDeployments.id, code: s.solutionDeployments.regionCode });
  for (const r of rows) deployments[r.code] = r.id;
});
afterAll(async () => {
  await getSql().end();
});

const post = (form: Record<string, string>) => run(() => route.action({ request: makeRequest("/mijn/buren", { cookie, form }), params: {}, context: {} }));

describe("gluren bij de buren", () => {
  it("lists the confirmed deployments of neighbours (bordering first) and of the province, not elsewhere or unconfirmed", async () => {
    const page = await run(() => route.loader({ request: makeRequest("/mijn/buren", { cookie }), params: {}, context: {} }));
    expect(page.status).toBe(200);
    const rows = (page.body as { rows: { solutionSlug: string; regionCode: string; relation: string; hasContact: boolean }[] }).rows;
    const mine = rows.filter((r) => r.solutionSlug === solutionSlug);
    expect(mine.map((r) => [r.regionCode, r.relation])).toEqual([
      ["GM0193", "adjacent"],
      ["GM0153", "province"],
    ]);
    expect(mine[0].hasContact).toBe(true);
    expect(rows.findIndex((r) => r.relation === "province")).toBeGreaterThan(rows.findLastIndex((r) => r.relation === "adjacent"));
  });

  it("opens a conversation with the neighbour's contact person, and refuses a deployment that is not a neighbour's", async () => {
    const asked = await post({ deploymentId: deployments.GM0193, body: "Hoe bevalt het in Zwolle?" });
    expect(asked.status).toBe(302);
    const threadId = asked.location!.split("/").pop()!;
    const [member] = await getDb()
      .select()
      .from(s.threadParticipants)
      .where(and(eq(s.threadParticipants.threadId, threadId), eq(s.threadParticipants.userId, zwolleContact)));
    expect(member).toBeTruthy();
    expect(await post({ deploymentId: deployments.GM0202, body: "Hallo Arnhem" })).toMatchObject({ status: 400, body: { errors: { form: "peers.errors.notPeer" } } });
    expect(await post({ deploymentId: deployments.GM0175, body: "Onbevestigd" })).toMatchObject({ status: 400, body: { errors: { form: "peers.errors.notPeer" } } });
    expect(await post({ deploymentId: deployments.GM0193, body: "   " })).toMatchObject({ status: 400, body: { errors: { body: "peers.errors.body" } } });
  });
});
