/**
 * "Gluren bij de buren" (issue 17): which solutions neighbouring public bodies use. For a municipality: the
 * municipalities that share a border with it (CBS 2025 boundaries, db/reference/data/gemeenten_2025.neighbours.json,
 * made by scripts/municipality-neighbours.ts) and the others in its province; for a province: its municipalities.
 * Only confirmed deployments of public solutions count. The peer's contact person is the member who confirmed the
 * deployment, else a verified admin (or member) of that body; a question to them opens a conversation (messaging).
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { memberships, organisations, regions, solutionDeployments, solutions, users } from "../../../db/schema";
import { publicSolution } from "../../../db/conditions/solutions";
import { getDb } from "../db.server";
import { openThread } from "../messaging/threads.server";
import neighbours from "../../../db/reference/data/gemeenten_2025.neighbours.json";

const adjacency = neighbours as Record<string, string[]>;
const neighboursOf = (code: string): string[] => adjacency[code] ?? [];

export type PeerRelation = "adjacent" | "province";
export interface PeerDeployment {
  deploymentId: string;
  regionCode: string;
  regionName: string;
  relation: PeerRelation;
  solutionTitle: string;
  solutionSlug: string;
  provider: string;
  status: string;
  since: string | null;
  hasContact: boolean;
}

/** The peers of a body (region code → relation), nearest first. */
export async function peersOf(regionCode: string): Promise<Map<string, PeerRelation>> {
  const [own] = await getDb().select({ kind: regions.kind, province: regions.provinceCode }).from(regions).where(eq(regions.code, regionCode));
  const peers = new Map<string, PeerRelation>();
  if (!own) return peers;
  if (own.kind === "gemeente") for (const code of neighboursOf(regionCode)) peers.set(code, "adjacent");
  const province = own.kind === "provincie" ? regionCode : own.province;
  if (province) {
    const rows = await getDb().select({ code: regions.code }).from(regions).where(eq(regions.provinceCode, province));
    for (const r of rows) if (r.code !== regionCode && !peers.has(r.code)) peers.set(r.code, "province");
  }
  return peers;
}

/** A verified member of the region's body who can answer for a deployment: its confirmer, else an admin, else a member. */
async function contactFor(regionCode: string, confirmedByUserId: string | null): Promise<string | null> {
  const rows = await getDb()
    .select({ id: users.id, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(organisations.regionCode, regionCode), sql`${memberships.verifiedAt} is not null`, isNull(users.deletedAt)));
  return rows.find((r) => r.id === confirmedByUserId)?.id ?? rows.find((r) => r.role === "admin")?.id ?? rows[0]?.id ?? null;
}

export async function peerDeployments(regionCode: string): Promise<PeerDeployment[]> {
  const peers = await peersOf(regionCode);
  if (!peers.size) return [];
  const rows = await getDb()
    .select({
      deploymentId: solutionDeployments.id,
      regionCode: solutionDeployments.regionCode,
      regionName: regions.name,
      solutionTitle: solutions.title,
      solutionSlug: solutions.slug,
      provider: organisations.name,
      status: solutionDeployments.status,
      since: solutionDeployments.since,
      confirmedBy: solutionDeployments.confirmedByUserId,
    })
    .from(solutionDeployments)
    .innerJoin(solutions, eq(solutions.id, solutionDeployments.solutionId))
    .innerJoin(organisations, eq(organisations.id, solutions.organisationId))
    .innerJoin(regions, eq(regions.code, solutionDeployments.regionCode))
    .where(and(inArray(solutionDeployments.regionCode, [...peers.keys()]), eq(solutionDeployments.confirmation, "confirmed"), publicSolution()));
  const order = (r: PeerRelation) => (r === "adjacent" ? 0 : 1);
  const out = await Promise.all(
    rows.map(async (r) => ({
      deploymentId: r.deploymentId,
      regionCode: r.regionCode,
      regionName: r.regionName,
      relation: peers.get(r.regionCode)!,
      solutionTitle: r.solutionTitle,
      solutionSlug: r.solutionSlug,
      provider: r.provider,
      status: r.status,
      since: r.since,
      hasContact: (await contactFor(r.regionCode, r.confirmedBy)) !== null,
    })),
  );
  return out.sort((a, b) => order(a.relation) - order(b.relation) || a.regionName.localeCompare(b.regionName, "nl") || a.solutionTitle.localeCompare(b.solutionTitle, "nl"));
}

export type ContactResult = { ok: true; threadId: string } | { ok: false; error: "notPeer" | "noContact" };

/** Opens a conversation between the asker and the peer body's contact person about one of its deployments. */
export async function contactPeer(asker: { id: string; name: string; regionCode: string }, deploymentId: string, body: string): Promise<ContactResult> {
  const peers = await peersOf(asker.regionCode);
  const [d] = await getDb()
    .select({ regionCode: solutionDeployments.regionCode, confirmedBy: solutionDeployments.confirmedByUserId, title: solutions.title, confirmation: solutionDeployments.confirmation })
    .from(solutionDeployments)
    .innerJoin(solutions, eq(solutions.id, solutionDeployments.solutionId))
    .where(and(eq(solutionDeployments.id, deploymentId), publicSolution()));
  if (!d || d.confirmation !== "confirmed" || !peers.has(d.regionCode)) return { ok: false, error: "notPeer" };
  const contact = await contactFor(d.regionCode, d.confirmedBy);
  if (!contact || contact === asker.id) return { ok: false, error: "noContact" };
  const threadId = await getDb().transaction((tx) =>
    openThread(tx, {
      matchId: null,
      subject: `Gluren bij de buren: ${d.title}`,
      participants: [
        { userId: asker.id, role: "participant" },
        { userId: contact, role: "participant" },
      ],
      authorUserId: asker.id,
      authorName: asker.name,
      body,
    }),
  );
  return { ok: true, threadId };
}

/** The region (CBS code) of a municipality or province organisation, or null. */
export async function regionOf(organisationId: string): Promise<string | null> {
  const [row] = await getDb().select({ code: organisations.regionCode }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.code ?? null;
}
