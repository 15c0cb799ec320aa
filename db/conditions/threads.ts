/**
 * Who takes part in a conversation: a participant row that has not left. One rule for the thread access check, the
 * inbox, notifications and reading (ADR 0021); hub staff who have not joined read threads by permission, not by this.
 */
import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { threadParticipants } from "../schema/messaging";

/**
 * Active participant rows, optionally of one thread (an id, or a column to join on) and/or one user. The raw inbox queries in
 * app/domain/messaging/threads.repository.server.ts say the same as `tp.left_at is null`: change them together.
 */
export const activeParticipant = (of: { threadId?: string | AnyPgColumn; userId?: string } = {}): SQL =>
  and(
    of.threadId === undefined ? undefined : eq(threadParticipants.threadId, of.threadId),
    of.userId === undefined ? undefined : eq(threadParticipants.userId, of.userId),
    isNull(threadParticipants.leftAt),
  )!;
