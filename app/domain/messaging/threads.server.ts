/**
 * Message threads between the parties of a match and a broker. Opening a thread is part of brokering (the
 * "introduce" step) and runs in the caller's transaction; reading and posting live in the messaging routes.
 */
import { and, eq, isNull } from "drizzle-orm";
import { messages, threadParticipants, threads, users } from "../../../db/schema";
import { activeParticipant } from "../../../db/conditions/threads";
import type { ThreadRole } from "../../../shared/vocabulary/matches";
import type { Executor } from "../../../db/client";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { publishThreadEvent } from "./events.server";
import { shareVerifiedOrganisation } from "../organisations/organisations.repository.server";
import { otherParticipants, participantRow } from "./threads.repository.server";
import { fail, type Result } from "../errors";
import type { ThreadError } from "./errors";

export interface OpenThreadInput {
  matchId: string | null;
  subject: string;
  /** Everyone who takes part, including the author. A user listed twice keeps the first role. */
  participants: { userId: string; role: ThreadRole }[];
  authorUserId: string;
  authorName: string;
  /** The first message (e.g. the broker's introduction), markdown. */
  body: string;
}

/** Creates the thread, its participants and first message, and notifies every participant but the author. */
export async function openThread(tx: Executor, input: OpenThreadInput): Promise<string> {
  const [thread] = await tx.insert(threads).values({ matchId: input.matchId, subject: input.subject }).returning({ id: threads.id });
  const byUser = new Map<string, ThreadRole>();
  for (const p of input.participants) if (!byUser.has(p.userId)) byUser.set(p.userId, p.role);
  const now = new Date();
  await tx.insert(threadParticipants).values(
    [...byUser].map(([userId, role]) => ({
      threadId: thread.id,
      userId,
      role,
      addedByUserId: input.authorUserId,
      lastReadAt: userId === input.authorUserId ? now : null,
    })),
  );
  await tx.insert(messages).values({ threadId: thread.id, authorUserId: input.authorUserId, body: input.body, createdAt: now });
  await notify(
    tx,
    [...byUser.keys()]
      .filter((userId) => userId !== input.authorUserId)
      .map((userId) => ({ userId, kind: "message" as const, payload: { threadId: thread.id, subject: input.subject, authorName: input.authorName } })),
  );
  return thread.id;
}

type Actor = { id: string; name: string };

/**
 * Posts a reply. The (thread, idempotency key) unique index makes a repeated submit of the same form a no-op
 * (`posted: false`). Hub staff who do not take part yet join as broker. Notifies the other participants and
 * wakes the live streams, all in one transaction.
 */
export async function postMessage(
  input: { threadId: string; subject: string; author: Actor; body: string; idempotencyKey: string; joinAsBroker: boolean },
): Promise<{ posted: boolean }> {
  return getDb().transaction(async (tx) => {
    // The thread row first, as the update below takes it: two posts at once (one joining the author, one not)
    // otherwise lock the thread and the author's participant row in opposite orders and deadlock (a 500).
    await tx.select({ id: threads.id }).from(threads).where(eq(threads.id, input.threadId)).for("no key update");
    const [row] = await tx
      .insert(messages)
      .values({ threadId: input.threadId, authorUserId: input.author.id, body: input.body, idempotencyKey: input.idempotencyKey })
      .onConflictDoNothing({ target: [messages.threadId, messages.idempotencyKey] })
      .returning({ id: messages.id, createdAt: messages.createdAt });
    if (!row) return { posted: false };
    if (input.joinAsBroker) await join(tx, input.threadId, input.author.id, "broker", input.author);
    await tx.update(threads).set({ lastMessageAt: row.createdAt }).where(eq(threads.id, input.threadId));
    await tx
      .update(threadParticipants)
      .set({ lastReadAt: row.createdAt })
      .where(and(eq(threadParticipants.threadId, input.threadId), eq(threadParticipants.userId, input.author.id)));
    const others = await otherParticipants(tx, input.threadId, input.author.id);
    await notify(
      tx,
      others.map((userId) => ({
        userId,
        kind: "message" as const,
        payload: { threadId: input.threadId, subject: input.subject, authorName: input.author.name },
      })),
    );
    await publishThreadEvent(tx, input.threadId);
    return { posted: true };
  });
}

/** (Re)activates a participant and records it: audit log entry, which the thread shows as a system line. */
async function join(tx: Executor, threadId: string, userId: string, role: ThreadRole, actor: Actor) {
  const now = new Date();
  await tx
    .insert(threadParticipants)
    .values({ threadId, userId, role, addedByUserId: actor.id, joinedAt: now, lastReadAt: userId === actor.id ? now : null })
    .onConflictDoUpdate({
      target: [threadParticipants.threadId, threadParticipants.userId],
      set: { leftAt: null, joinedAt: now, addedByUserId: actor.id },
    });
  const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  await audit(
    { actorUserId: actor.id, action: "thread.participant_added", entityType: "thread", entityId: threadId, data: { userId, name: user?.name ?? "", actorName: actor.name } },
    tx,
  );
}

export type AddResult = Result<{ name: string }, ThreadError>;

/**
 * Adds a user by e-mail address. Hub staff may add any user; a participant may add colleagues (people who share
 * one of their organisations, both with a verified membership: anyone can join a public body unverified, ADR 0015).
 * An unknown address and a not-allowed one give the same answer.
 */
export async function addParticipant(input: { threadId: string; subject: string; actor: Actor; staff: boolean; email: string }): Promise<AddResult> {
  return getDb().transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.email, input.email), isNull(users.deletedAt)));
    if (!target) return fail("addNotAllowed");
    if (!input.staff) {
      if (!(await shareVerifiedOrganisation(tx, input.actor.id, target.id))) return fail("addNotAllowed");
    }
    const existing = await participantRow(tx, input.threadId, target.id);
    if (existing && existing.leftAt === null) return fail("alreadyIn");
    await join(tx, input.threadId, target.id, "participant", input.actor);
    await notify(tx, [{ userId: target.id, kind: "message", payload: { threadId: input.threadId, subject: input.subject, authorName: input.actor.name } }]);
    await publishThreadEvent(tx, input.threadId);
    return { ok: true as const, name: target.name };
  });
}

/** The caller leaves the thread (recorded; shown as a system line). */
export async function leaveThread(input: { threadId: string; actor: Actor }): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .update(threadParticipants)
      .set({ leftAt: new Date() })
      .where(activeParticipant({ threadId: input.threadId, userId: input.actor.id }));
    await audit(
      { actorUserId: input.actor.id, action: "thread.participant_left", entityType: "thread", entityId: input.threadId, data: { userId: input.actor.id, name: input.actor.name } },
      tx,
    );
    await publishThreadEvent(tx, input.threadId);
  });
}
