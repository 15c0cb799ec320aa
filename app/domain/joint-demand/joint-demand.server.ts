/**
 * "Wij ook" (issue 17, joint demand): a verified member of another public body says their body has the same need as
 * a published challenge, with an expected volume and a note. The owner's people and the hub are notified (the usual
 * notifications, mailed per each user's setting); the challenge page lists the bodies and the total per unit; the
 * owner can then make them co-owners with the existing co-owner feature. Every rule is checked again inside the
 * writing transaction, so a route that forgets one still cannot break it.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { challengeInterests, challenges, organisations } from "../../../db/schema";
import { audit } from "../audit/audit.server";
import { challengeOwners } from "../brokering/parties.server";
import { ownsChallenge } from "../challenges/challenges.repository.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { speaksFor } from "../organisations/speaks-for.server";
import { hubStaffIds } from "../users/users.repository.server";
import { isPublicBodyKind } from "../../../shared/vocabulary/organisations";
import type { VolumeUnit } from "../../../shared/vocabulary/joint-demand";
import type { JoinInput } from "./schemas";

/** Why a caller may not say "wij ook" (each has a message: jointDemand.refused.<reason>). */
export type JoinRefusal = "anonymous" | "notPublicBody" | "unverified" | "ownBody" | "closed";

export interface JointBody {
  organisationId: string;
  name: string;
  slug: string;
  volume: number;
  unit: VolumeUnit;
  note: string;
  updatedAt: string;
}
export interface JointDemand {
  bodies: JointBody[];
  /** Total expected volume per unit, in the order units first appear. */
  totals: { unit: VolumeUnit; volume: number }[];
}

/** The bodies that joined the challenge, oldest first, and their total volume per unit. */
export async function jointDemandFor(challengeId: string, tx: Executor = getDb()): Promise<JointDemand> {
  const rows = await tx
    .select({
      organisationId: challengeInterests.organisationId,
      name: organisations.name,
      slug: organisations.slug,
      volume: challengeInterests.volume,
      unit: challengeInterests.unit,
      note: challengeInterests.note,
      updatedAt: challengeInterests.updatedAt,
    })
    .from(challengeInterests)
    .innerJoin(organisations, eq(organisations.id, challengeInterests.organisationId))
    .where(eq(challengeInterests.challengeId, challengeId))
    .orderBy(asc(challengeInterests.createdAt), asc(organisations.name));
  const totals = new Map<VolumeUnit, number>();
  for (const r of rows) totals.set(r.unit, (totals.get(r.unit) ?? 0) + r.volume);
  return {
    bodies: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })),
    totals: [...totals].map(([unit, volume]) => ({ unit, volume })),
  };
}

export interface Joiner {
  userId: string;
  organisationId: string;
  organisationKind: string;
}

type ChallengeRow = { id: string; slug: string; title: string; status: string; visibility: string };

/** Why this caller may not join this challenge, or null when they may (read inside `tx`). */
export async function refusalFor(tx: Executor, joiner: Joiner | null, challenge: ChallengeRow): Promise<JoinRefusal | null> {
  if (challenge.status !== "published" || challenge.visibility !== "public") return "closed";
  if (!joiner) return "anonymous";
  if (!isPublicBodyKind(joiner.organisationKind)) return "notPublicBody";
  if (await ownsChallenge(tx, joiner.organisationId, challenge.id)) return "ownBody";
  if (!(await speaksFor(tx, joiner.userId, joiner.organisationId))) return "unverified";
  return null;
}

async function lockChallenge(tx: Executor, challengeId: string): Promise<ChallengeRow | null> {
  const [row] = await tx
    .select({ id: challenges.id, slug: challenges.slug, title: challenges.title, status: challenges.status, visibility: challenges.visibility })
    .from(challenges)
    .where(eq(challenges.id, challengeId))
    .for("update");
  return row ?? null;
}

export type JoinResult = { ok: true; outcome: "joined" | "updated" } | { ok: false; error: JoinRefusal };

/** Says "wij ook" for the joiner's body (or changes its volume and note), and tells the owner's people and the hub. */
export async function joinChallenge(joiner: Joiner, challengeId: string, input: JoinInput): Promise<JoinResult> {
  return getDb().transaction(async (tx) => {
    const challenge = await lockChallenge(tx, challengeId);
    if (!challenge) return { ok: false, error: "closed" } as const;
    const refusal = await refusalFor(tx, joiner, challenge);
    if (refusal) return { ok: false, error: refusal } as const;
    const [before] = await tx
      .select({ volume: challengeInterests.volume })
      .from(challengeInterests)
      .where(and(eq(challengeInterests.challengeId, challengeId), eq(challengeInterests.organisationId, joiner.organisationId)));
    await tx
      .insert(challengeInterests)
      .values({ challengeId, organisationId: joiner.organisationId, userId: joiner.userId, ...input })
      .onConflictDoUpdate({
        target: [challengeInterests.challengeId, challengeInterests.organisationId],
        set: { userId: joiner.userId, volume: input.volume, unit: input.unit, note: input.note, updatedAt: sql`now()` },
      });
    const outcome = before ? ("updated" as const) : ("joined" as const);
    await audit({ actorUserId: joiner.userId, action: "challenge.joint_interest", entityType: "challenge", entityId: challengeId, data: { outcome, ...input, note: undefined } }, tx);
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, joiner.organisationId));
    const recipients = new Set([...(await challengeOwners(tx, challengeId)).map((p) => p.id), ...(await hubStaffIds(tx))]);
    recipients.delete(joiner.userId);
    const payload = {
      challengeTitle: challenge.title,
      organisation: org?.name ?? "",
      volume: input.volume,
      unit: input.unit,
      outcome,
      href: `/opgaven/${encodeURIComponent(challenge.slug)}#wij-ook`,
    };
    await notify(tx, [...recipients].map((userId) => ({ userId, kind: "joint_demand" as const, payload })));
    return { ok: true, outcome } as const;
  });
}

/** Takes the body's "wij ook" back (nothing happens when there was none). Needs the same right as saying it. */
export async function withdrawInterest(joiner: Joiner, challengeId: string): Promise<{ ok: true; removed: boolean } | { ok: false; error: JoinRefusal }> {
  return getDb().transaction(async (tx) => {
    const challenge = await lockChallenge(tx, challengeId);
    if (!challenge) return { ok: false, error: "closed" } as const;
    if (!isPublicBodyKind(joiner.organisationKind)) return { ok: false, error: "notPublicBody" } as const;
    if (!(await speaksFor(tx, joiner.userId, joiner.organisationId))) return { ok: false, error: "unverified" } as const;
    const removed = await tx
      .delete(challengeInterests)
      .where(and(eq(challengeInterests.challengeId, challengeId), eq(challengeInterests.organisationId, joiner.organisationId)))
      .returning({ id: challengeInterests.organisationId });
    if (removed.length) await audit({ actorUserId: joiner.userId, action: "challenge.joint_withdraw", entityType: "challenge", entityId: challengeId, data: {} }, tx);
    return { ok: true, removed: removed.length > 0 } as const;
  });
}

/** The body's own "wij ook" on the challenge, if any (to prefill the form). */
export async function ownInterest(challengeId: string, organisationId: string) {
  const [row] = await getDb()
    .select({ volume: challengeInterests.volume, unit: challengeInterests.unit, note: challengeInterests.note })
    .from(challengeInterests)
    .where(and(eq(challengeInterests.challengeId, challengeId), eq(challengeInterests.organisationId, organisationId)));
  return row ?? null;
}
