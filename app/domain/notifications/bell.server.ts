/**
 * The header bell's number (issue 13): unread notifications plus unread messages, so the bell agrees with
 * /berichten. A new message also leaves a "message" notification; those are not counted on top (the message itself
 * is, until its thread is read), so one message is one, and reading the thread clears it from the bell.
 */
import { and, count, eq, isNull, ne } from "drizzle-orm";
import { notifications } from "../../../db/schema";
import { getDb } from "../db.server";
import { countUnreadMessages } from "../messaging/threads.repository.server";

export async function bellCount(userId: string): Promise<number> {
  const [[row], messages] = await Promise.all([
    getDb()
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ne(notifications.kind, "message"))),
    countUnreadMessages(userId),
  ]);
  return (row?.n ?? 0) + messages;
}
