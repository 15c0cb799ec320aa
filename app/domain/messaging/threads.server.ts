/**
 * Message threads between the parties of a match and a broker. Opening a thread is part of brokering (the
 * "introduce" step) and runs in the caller's transaction; reading and posting live in the messaging routes.
 */
import { messages, threadParticipants, threads, type ThreadRole } from "../../../db/schema";
import type { Executor } from "../../../db/client";
import { notify } from "../notifications/notify.server";

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
