/** Hub clusters (issue 17): two bodies' near-identical open challenges form a cluster; bundling opens one thread. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { makeChallenge, makeMembership, makeOrganisation, makeUser, uniqueSuffix } = await import("../../test/factories");
const { challengeClusters, proposeBundle } = await import("./clusters.server");
const { getSearch } = await import("../search.server");
const { processOutboxBatch } = await import("../../../search/outbox");
const { indexName } = await import("../../../search/client");

const suffix = uniqueSuffix();
const word = `zwerfafvalrobot${suffix}`;
const made: { id: string; owner: string }[] = [];

beforeAll(async () => {
  for (const key of ["a", "b"]) {
    const org = await makeOrganisation({ kind: "waterschap", name: `Waterschap Cluster ${key} ${suffix}` });
    const owner = `cluster-${key}-${suffix}`;
    await makeUser({ id: owner });
    await makeMembership(owner, org.id, { role: "admin" });
    const c = await makeChallenge({
      ownerOrganisationId: org.id,
      createdByUserId: owner,
      status: "published",
      title: `Een ${word} voor de oevers van ${key}`,
      summary: `Wij zoeken een ${word} die zwerfafval langs dijken en oevers opruimt met een ${word}.`,
    });
    made.push({ id: c.id, owner });
  }
});
afterAll(async () => {
  await getSql().end();
});

describe("challenge clusters", () => {
  it("puts two bodies' similar open challenges in one cluster", async () => {
    // No outbox worker runs in tests: apply the queue until the index holds both.
    const { client, config } = getSearch();
    const index = client.index(indexName(config, "challenges"));
    await expect
      .poll(async () => {
        await processOutboxBatch(getSql(), client, config);
        return (await index.search("", { filter: [`id IN [${made.map((m) => `"${m.id}"`).join(",")}]`] })).hits.length;
      })
      .toBe(2);
    const { clusters, unavailable } = await challengeClusters();
    expect(unavailable).toBe(false);
    const ours = clusters.find((c) => c.challenges.some((x) => x.id === made[0].id));
    expect(ours?.challenges.map((c) => c.id)).toEqual(expect.arrayContaining(made.map((m) => m.id)));
  });

  it("proposes bundling in one thread with both owners and the broker; one body alone is refused", async () => {
    const broker = await makeUser({ id: `cluster-broker-${suffix}`, hub: "hub_staff" });
    const result = await proposeBundle({ id: broker.id, name: "Makelaar" }, made.map((m) => m.id), "http://opgavenmarkt.test");
    if (!result.ok) throw new Error("refused");
    const people = await getDb().select({ userId: s.threadParticipants.userId, role: s.threadParticipants.role }).from(s.threadParticipants).where(eq(s.threadParticipants.threadId, result.threadId));
    expect(people).toEqual(
      expect.arrayContaining([
        { userId: broker.id, role: "broker" },
        { userId: made[0].owner, role: "challenge_owner" },
        { userId: made[1].owner, role: "challenge_owner" },
      ]),
    );
    expect(await proposeBundle({ id: broker.id, name: "Makelaar" }, [made[0].id], "http://x")).toEqual({ ok: false, error: "invalid" });
  });
});
