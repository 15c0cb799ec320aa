/**
 * Clusters of similar open challenges across public bodies (issue 17, joint demand), for hub staff: two published
 * challenges of different owners belong together when the matcher's "similar challenges" lists each for the other
 * (mutual, so one broad challenge does not chain everything together). A one-click proposal introduces all their
 * owners to each other in one conversation, with the broker in it.
 */
import { challengeOwners } from "../brokering/parties.server";
import { audit } from "../audit/audit.server";
import { getChallengeById, listPublicChallenges, type PublicChallenge } from "../challenges/challenges.repository.server";
import { getDb } from "../db.server";
import { similarChallenges } from "../matching.server";
import { openThread } from "../messaging/threads.server";

export interface Cluster {
  challenges: { id: string; slug: string; title: string; owner: string }[];
}

export async function challengeClusters(): Promise<{ clusters: Cluster[]; unavailable: boolean }> {
  const open = (await listPublicChallenges()).filter((c) => c.status === "published");
  const byId = new Map(open.map((c) => [c.id, c]));
  const similar = new Map<string, Set<string>>();
  let unavailable = false;
  for (const c of open) {
    const found = await similarChallenges(c, c.owner.id, 6);
    if (found.unavailable) unavailable = true;
    similar.set(c.id, new Set(found.results.map((r) => r.document.id).filter((id) => byId.has(id))));
  }
  const parent = new Map(open.map((c) => [c.id, c.id]));
  const root = (id: string): string => (parent.get(id) === id ? id : root(parent.get(id)!));
  for (const [a, others] of similar) for (const b of others) if (similar.get(b)?.has(a)) parent.set(root(a), root(b));
  const groups = new Map<string, PublicChallenge[]>();
  for (const c of open) groups.set(root(c.id), [...(groups.get(root(c.id)) ?? []), c]);
  const clusters = [...groups.values()]
    .filter((g) => new Set(g.map((c) => c.owner.id)).size >= 2)
    .sort((x, y) => y.length - x.length || x[0].title.localeCompare(y[0].title, "nl"))
    .map((g) => ({ challenges: g.map((c) => ({ id: c.id, slug: c.slug, title: c.title, owner: c.owner.name })) }));
  return { clusters, unavailable };
}

export type ProposeResult = { ok: true; threadId: string } | { ok: false; error: "invalid" };

/** Introduces the owners of these published challenges (at least two bodies) to each other in one conversation. */
export async function proposeBundle(broker: { id: string; name: string }, challengeIds: string[], baseUrl: string): Promise<ProposeResult> {
  const list = (await Promise.all([...new Set(challengeIds)].slice(0, 20).map((id) => getChallengeById(id)))).filter(
    (c): c is PublicChallenge => c !== null && c.status === "published",
  );
  if (list.length < 2 || new Set(list.map((c) => c.owner.id)).size < 2) return { ok: false, error: "invalid" };
  const threadId = await getDb().transaction(async (tx) => {
    const owners = (await Promise.all(list.map((c) => challengeOwners(tx, c.id)))).flat();
    const body = [
      "Deze overheden werken aan vergelijkbare opgaven. Zou u ze samen willen oppakken, bijvoorbeeld met gezamenlijke inkoop?",
      ...list.map((c) => `- [${c.title}](${baseUrl}/opgaven/${encodeURIComponent(c.slug)}) (${c.owner.name})`),
    ].join("\n\n");
    const id = await openThread(tx, {
      matchId: null,
      subject: `Bundelvoorstel: ${list[0].title}`.slice(0, 200),
      participants: [{ userId: broker.id, role: "broker" }, ...owners.map((o) => ({ userId: o.id, role: "challenge_owner" as const }))],
      authorUserId: broker.id,
      authorName: broker.name,
      body,
    });
    await audit({ actorUserId: broker.id, action: "challenge.bundle_proposed", entityType: "thread", entityId: id, data: { challengeIds: list.map((c) => c.id) } }, tx);
    return id;
  });
  return { ok: true, threadId };
}
