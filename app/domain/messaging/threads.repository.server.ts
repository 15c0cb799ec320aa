/**
 * The threads repository (ADR 0021): the queries on conversations. Reading: the inbox (with unread counts), one
 * thread with its messages, participants and the system lines (joined / left) that come from the audit log, the
 * thread with the caller's participation (the access check), the other participants and one user's participant
 * row. Access is checked by the caller (access.server.ts); the writes with their audit and notifications are the
 * commands in threads.server.ts. "An active participant" is `activeParticipant()` in db/conditions/threads.ts.
 */
import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { auditLog, messages, notifications, threadParticipants, threads, users } from "../../../db/schema";
import type { Executor } from "../../../db/client";
import { activeParticipant } from "../../../db/conditions/threads";
import type { ThreadRole } from "../../../shared/vocabulary/matches";
import { getDb } from "../db.server";

/** One organisation name per user (their first membership), as an SQL expression on a users.id column. */
const orgOf = (userIdColumn: unknown) => sql<string | null>`(
  select o.name from memberships m join organisations o on o.id = m.organisation_id
  where m.user_id = ${userIdColumn} order by m.created_at, o.name limit 1)`;

export const INBOX_PAGE_SIZE = 50;

export interface InboxThread {
  id: string;
  subject: string;
  lastMessageAt: Date;
  unread: number;
  participant: boolean;
  others: { name: string; organisation: string | null }[];
}

export interface InboxFilter {
  /** Hub staff: every thread, not only their own. */
  all?: boolean;
  /** Only the caller's threads with unread messages (URL: ?ongelezen=1). */
  unread?: boolean;
}

/** Messages in thread `t` the participant row `tp` has not read (others' messages after last_read_at). */
const unreadOf = (userId: string) => sql`(
  select count(*)::int from messages m
  where m.thread_id = t.id and m.author_user_id is distinct from ${userId}
    and (tp.last_read_at is null or m.created_at > tp.last_read_at))`;

/** The inbox's rows and condition, shared by the list and its count so both always agree. */
const inboxFrom = (userId: string, filter: InboxFilter) => sql`
  from threads t
  left join thread_participants tp on tp.thread_id = t.id and tp.user_id = ${userId} and tp.left_at is null
  where ${filter.all && !filter.unread ? sql`true` : sql`tp.user_id is not null`}
    ${filter.unread ? sql`and ${unreadOf(userId)} > 0` : sql``}`;

/** The caller's threads (participant, not left), newest first; with `all` (hub staff) every thread. One page. */
export async function listInbox(userId: string, options: InboxFilter & { limit?: number; offset?: number } = {}): Promise<InboxThread[]> {
  const db = getDb();
  const rows = await db.execute<{ id: string; subject: string; last_message_at: Date | string; unread: number; participant: boolean }>(sql`
    select t.id, t.subject, t.last_message_at, tp.user_id is not null as participant,
      case when tp.user_id is null then 0 else ${unreadOf(userId)} end as unread
    ${inboxFrom(userId, options)}
    order by t.last_message_at desc, t.id
    limit ${options.limit ?? INBOX_PAGE_SIZE} offset ${options.offset ?? 0}`);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const people = await db
    .select({ threadId: threadParticipants.threadId, userId: users.id, name: users.name, deleted: users.deletedAt, organisation: orgOf(users.id) })
    .from(threadParticipants)
    .innerJoin(users, eq(users.id, threadParticipants.userId))
    .where(and(inArray(threadParticipants.threadId, ids), activeParticipant()))
    .orderBy(asc(threadParticipants.joinedAt), asc(users.name));
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    lastMessageAt: new Date(r.last_message_at),
    unread: Number(r.unread),
    participant: Boolean(r.participant),
    others: people
      .filter((p) => p.threadId === r.id && p.userId !== userId && !p.deleted)
      .map((p) => ({ name: p.name, organisation: p.organisation })),
  }));
}

/** How many threads listInbox lists over all its pages for this filter (e.g. the caller's threads with unread messages). */
export async function countInbox(userId: string, filter: InboxFilter = {}): Promise<number> {
  const [row] = await getDb().execute<{ n: number }>(sql`select count(*)::int as n ${inboxFrom(userId, filter)}`);
  return Number(row?.n ?? 0);
}

/** Total unread messages over the caller's threads (one query). */
export async function countUnreadMessages(userId: string): Promise<number> {
  const [row] = await getDb().execute<{ n: number }>(sql`
    select count(*)::int as n from thread_participants tp join messages m on m.thread_id = tp.thread_id
    where tp.user_id = ${userId} and tp.left_at is null and m.author_user_id is distinct from ${userId}
      and (tp.last_read_at is null or m.created_at > tp.last_read_at)`);
  return Number(row?.n ?? 0);
}

export type TimelineItem =
  | { type: "message"; id: string; at: Date; body: string; author: { id: string | null; name: string | null; organisation: string | null } }
  | { type: "system"; id: string; at: Date; event: "joined" | "left"; name: string; actorName: string | null };

export interface ThreadView {
  timeline: TimelineItem[];
  participants: { userId: string; name: string; organisation: string | null; role: ThreadRole }[];
}

export async function loadThread(threadId: string): Promise<ThreadView> {
  const db = getDb();
  const [msgs, participants, events] = await Promise.all([
    db
      .select({
        id: messages.id,
        at: messages.createdAt,
        body: messages.body,
        authorId: messages.authorUserId,
        authorName: users.name,
        deleted: users.deletedAt,
        organisation: orgOf(messages.authorUserId),
      })
      .from(messages)
      .leftJoin(users, eq(users.id, messages.authorUserId))
      .where(eq(messages.threadId, threadId))
      .orderBy(asc(messages.createdAt), asc(messages.id)),
    db
      .select({ userId: users.id, name: users.name, organisation: orgOf(users.id), role: threadParticipants.role })
      .from(threadParticipants)
      .innerJoin(users, eq(users.id, threadParticipants.userId))
      .where(and(activeParticipant({ threadId }), isNull(users.deletedAt)))
      .orderBy(asc(threadParticipants.joinedAt), asc(users.name)),
    db
      .select({ id: auditLog.id, at: auditLog.createdAt, action: auditLog.action, actorUserId: auditLog.actorUserId, data: auditLog.data })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, "thread"),
          eq(auditLog.entityId, threadId),
          inArray(auditLog.action, ["thread.participant_added", "thread.participant_left"]),
        ),
      )
      .orderBy(asc(auditLog.createdAt)),
  ]);
  const timeline: TimelineItem[] = [
    ...msgs.map((m): TimelineItem => {
      const gone = m.authorId === null || m.deleted !== null;
      return {
        type: "message",
        id: m.id,
        at: m.at,
        body: m.body,
        author: { id: m.authorId, name: gone ? null : m.authorName, organisation: gone ? null : m.organisation },
      };
    }),
    ...events.map((e): TimelineItem => {
      const d = e.data as { userId?: string; name?: string; actorName?: string };
      const joined = e.action === "thread.participant_added";
      return {
        type: "system",
        id: `event-${e.id}`,
        at: e.at,
        event: joined ? "joined" : "left",
        name: d.name ?? "",
        actorName: joined && e.actorUserId !== d.userId ? (d.actorName ?? null) : null,
      };
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return { timeline, participants };
}

/**
 * Everything up to now counts as read for the caller (no-op for staff who do not take part), and so do their
 * "message" notifications about this thread: the bell then agrees with what they have seen.
 */
export async function markThreadRead(threadId: string, userId: string): Promise<void> {
  await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.kind, "message"),
        isNull(notifications.readAt),
        sql`${notifications.payload}->>'threadId' = ${threadId}`,
      ),
    );
  await getDb()
    .update(threadParticipants)
    .set({ lastReadAt: sql`greatest(now(), (select max(created_at) from messages where thread_id = ${threadId}))` })
    .where(activeParticipant({ threadId, userId }));
}

/** A thread with whether `userId` takes part in it (and has not left): the row the access check reads. */
export async function threadWithParticipant(threadId: string, userId: string) {
  const [row] = await getDb()
    .select({
      id: threads.id,
      subject: threads.subject,
      matchId: threads.matchId,
      createdAt: threads.createdAt,
      userId: threadParticipants.userId,
    })
    .from(threads)
    .leftJoin(threadParticipants, activeParticipant({ threadId: threads.id, userId }))
    .where(eq(threads.id, threadId));
  return row ?? null;
}

/** Other active participants of a thread (the people to notify). */
export async function otherParticipants(tx: Executor, threadId: string, exceptUserId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: threadParticipants.userId })
    .from(threadParticipants)
    .where(and(activeParticipant({ threadId }), ne(threadParticipants.userId, exceptUserId)));
  return rows.map((r) => r.userId);
}

/** One user's participant row in a thread (also one who left), or null. */
export async function participantRow(tx: Executor, threadId: string, userId: string): Promise<{ leftAt: Date | null } | null> {
  const [row] = await tx
    .select({ leftAt: threadParticipants.leftAt })
    .from(threadParticipants)
    .where(and(eq(threadParticipants.threadId, threadId), eq(threadParticipants.userId, userId)));
  return row ?? null;
}
