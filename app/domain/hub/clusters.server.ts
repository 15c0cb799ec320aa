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

/** At most this many challenges in one cluster (a proposal to a handful of owners, not to everyone). */
const CLUSTER_MAX = 6;

/**
 * Star clusters, not transitive ones: taking each open challenge in turn (newest first), its mutual neighbours that
 * are not in a cluster yet join it. Chaining (A~B, B~C, ...) made one cluster of most challenges in the demo data.
 * The similarity searches share the matcher's cache with the challenge pages (same limit) and run eight at a time.
 */
export async function challengeClusters(): Promise<{ clusters: Cluster[]; unavailable: boolean }> {
  const open = (await listPublicChallenges()).filter((c) => c.status === "published");
  const byId = new Map(open.map((c) => [c.id, c]));
  const similar = new Map<string, Set<string>>();
  let unavailable = false;
  for (let i = 0; i < open.length; i += 8) {
    const batch = open.slice(i, i + 8);
    const found = await Promise.all(batch.map((c) => similarChallenges(c, c.owner.id)));
    batch.forEach((c, k) => {
      if (found[k].unavailable) unavailable = true;
      similar.set(c.id, new Set(found[k].results.map((r) => r.document.id).filter((id) => byId.has(id))));
    });
  }
  const taken = new Set<string>();
  const groups: PublicChallenge[][] = [];
  for (const c of open) {
    if (taken.has(c.id)) continue;
    const mutual = [...(similar.get(c.id) ?? [])].filter((id) => !taken.has(id) && similar.get(id)?.has(c.id));
    const group = [c, ...mutual.map((id) => byId.get(id)!)].slice(0, CLUSTER_MAX);
    if (new Set(group.map((x) => x.owner.id)).size < 2) continue;
    for (const x of group) taken.add(x.id);
    groups.push(group);
  }
  const clusters = groups
    .sort((x, y) => y.length - x.length)
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
