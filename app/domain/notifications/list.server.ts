/** Reading and marking the signed-in user's notifications, and their e-mail preference. */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications, users } from "../../../db/schema";
import type { NotificationEmailMode } from "../../../shared/vocabulary/accounts";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";

/** The bell's number: one indexed count (notifications_unread_idx). */
export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(userId: string, limit = 100) {
  return getDb()
    .select({ id: notifications.id, kind: notifications.kind, payload: notifications.payload, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** Marks one (by id) or all of the user's notifications read; another user's id changes nothing. */
export async function markNotificationsRead(userId: string, id?: string): Promise<number> {
  const rows = await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function getEmailPreference(userId: string): Promise<NotificationEmailMode> {
  const [row] = await getDb().select({ mode: users.notificationEmail }).from(users).where(eq(users.id, userId));
  return row?.mode ?? "immediate";
}

/** Changes how notifications are mailed. Switching away from "off" does not mail what piled up meanwhile. */
export async function setEmailPreference(userId: string, mode: NotificationEmailMode): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [before] = await tx.select({ mode: users.notificationEmail }).from(users).where(eq(users.id, userId));
    if (!before || before.mode === mode) return;
    await tx.update(users).set({ notificationEmail: mode, updatedAt: new Date() }).where(eq(users.id, userId));
    if (before.mode === "off") {
      await tx
        .update(notifications)
        .set({ emailedAt: new Date() })
        .where(and(eq(notifications.userId, userId), isNull(notifications.emailedAt)));
    }
    await audit({ actorUserId: userId, action: "notifications.preference", entityType: "user", entityId: userId, data: { from: before.mode, to: mode } }, tx);
  });
}
