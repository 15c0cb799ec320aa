/**
 * E-mail for notifications, run by a worker in the server process (server/boot.ts starts it next to the search
 * outbox worker; the vitest setup does not). Users choose in users.notification_email:
 * - "immediate": each notification is mailed shortly after its transaction commits (woken by NOTIFY on
 *   MAIL_CHANNEL, with a poll as safety net);
 * - "daily": one digest a day with everything not yet mailed, at NOTIFICATION_DIGEST_HOUR (default 8) Amsterdam time;
 * - "off": nothing.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so several server processes never mail the same notification, and
 * marked with emailed_at. Notifications read in the app before their mail went out are marked, not mailed.
 */
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import type { Database } from "../../../db/client";
import { startListenWorker, type ListenWorker } from "../../../db/listen-worker";
import { createI18n, isLocale } from "../../i18n/config";
import { sendMail, workerBaseUrl } from "../mail/mail.server";
import { runAlertDigests } from "../alerts/digest.server";
import { MAIL_CHANNEL } from "./notify.server";
import { notificationLinks } from "./links.server";
import { notificationText } from "./render";

export const DIGEST_TIME_ZONE = "Europe/Amsterdam";
export const digestHour = () => {
  const hour = Number(process.env.NOTIFICATION_DIGEST_HOUR ?? 8);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 8;
};
const baseUrl = workerBaseUrl;
const PREFERENCES_PATH = "/account/meldingen";

type Pending = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  read: boolean;
};
type Recipient = {
  email: string;
  name: string;
  locale: string;
};

const lineFor = (t: ReturnType<typeof createI18n>["t"], n: Pending, href: string | null) => ({
  text: notificationText(t, n.kind, n.payload),
  link: `${baseUrl()}${href ?? "/meldingen"}`,
});

async function markEmailed(tx: Pick<Database, "execute">, ids: string[]) {
  if (ids.length) await tx.execute(sql`update notifications set emailed_at = now() where id = any(${`{${ids.join(",")}}`}::uuid[])`);
}

/** Mails one batch of pending notifications of "immediate" users; returns how many rows it handled. */
export async function sendImmediateBatch(db: Database, batchSize = 20): Promise<number> {
  let failure: unknown = null;
  const handled = await db.transaction(async (tx) => {
    const rows = await tx.execute<Pending & Recipient>(sql`
      select n.id, n.kind, n.payload, n.read_at is not null as read, u.email, u.name, u.locale
      from notifications n join users u on u.id = n.user_id
      where n.emailed_at is null and u.notification_email = 'immediate' and u.deleted_at is null and u.email_verified_at is not null
      order by n.created_at
      limit ${batchSize}
      for update of n skip locked`);
    const done: string[] = [];
    const links = await notificationLinks(tx, rows);
    for (const [k, row] of rows.entries()) {
      if (!row.read) {
        const t = createI18n(isLocale(row.locale) ? row.locale : "nl").t;
        const { text, link } = lineFor(t, row, links[k]);
        try {
          await sendMail({
            to: row.email,
            subject: t("notificationMail.subject", { text }),
            text: t("notificationMail.body", { name: row.name, text, link, preferences: `${baseUrl()}${PREFERENCES_PATH}` }),
          });
        } catch (err) {
          failure = err;
          break;
        }
      }
      done.push(row.id);
    }
    await markEmailed(tx, done);
    return rows.length;
  });
  if (failure) throw failure;
  return handled;
}

/** The SQL for "today's digest moment" (Amsterdam local time `hour`:00) relative to `now`. */
const digestMoment = (now: string, hour: number) =>
  sql`((date_trunc('day', ${now}::timestamptz at time zone ${DIGEST_TIME_ZONE}) + make_interval(hours => ${hour})) at time zone ${DIGEST_TIME_ZONE})`;

/**
 * Sends the daily digests that are due at `now` (or, with `force`, to every "daily" user right away: for tests and
 * operators). Each user is locked while their digest is made, so two workers never send it twice.
 * Returns the number of digests mailed.
 */
export async function sendDueDigests(db: Database, options: { now?: Date; force?: boolean; hour?: number } = {}): Promise<number> {
  const now = (options.now ?? new Date()).toISOString();
  const moment = digestMoment(now, options.hour ?? digestHour());
  const due = options.force
    ? sql`true`
    : sql`${now}::timestamptz >= ${moment} and (last_digest_at is null or last_digest_at < ${moment})`;
  const users = await db.execute<{ id: string }>(
    sql`select id from users where notification_email = 'daily' and deleted_at is null and email_verified_at is not null and ${due}`,
  );
  let sent = 0;
  for (const { id } of users) {
    const mailed = await db.transaction(async (tx) => {
      const [user] = await tx.execute<Recipient>(
        sql`select email, name, locale from users where id = ${id} and notification_email = 'daily' and ${due} for update skip locked`,
      );
      if (!user) return false;
      const rows = await tx.execute<Pending>(sql`
        select id, kind, payload, read_at is not null as read from notifications
        where user_id = ${id} and emailed_at is null order by created_at for update skip locked`);
      const unread = rows.filter((r) => !r.read);
      if (unread.length) {
        const t = createI18n(isLocale(user.locale) ? user.locale : "nl").t;
        const links = await notificationLinks(tx, unread);
        const lines = unread.map((n, k) => {
          const { text, link } = lineFor(t, n, links[k]);
          return `- ${text}\n  ${link}`;
        });
        await sendMail({
          to: user.email,
          subject: t("notificationMail.digestSubject", { count: unread.length }),
          text: [
            t("notificationMail.digestIntro", { name: user.name }),
            lines.join("\n"),
            t("notificationMail.digestFooter", { preferences: `${baseUrl()}${PREFERENCES_PATH}` }),
          ].join("\n\n"),
        });
      }
      await markEmailed(tx, rows.map((r) => r.id));
      await tx.execute(sql`update users set last_digest_at = ${now}::timestamptz where id = ${id}`);
      return unread.length > 0;
    });
    if (mailed) sent++;
  }
  return sent;
}

export type NotificationMailer = ListenWorker;

/** The worker: immediate mails on NOTIFY and every `pollMs`; the digest check every `digestCheckMs`. */
export async function startNotificationMailer(
  pg: postgres.Sql,
  db: Database,
  options: { pollMs?: number; digestCheckMs?: number; log?: (line: string) => void } = {},
): Promise<NotificationMailer> {
  const log = options.log ?? ((line: string) => console.warn(line));
  const immediate = await startListenWorker(pg, MAIL_CHANNEL, () => sendImmediateBatch(db), {
    pollMs: options.pollMs ?? 30_000,
    label: "notification-mail",
    log,
  });
  let stopped = false;
  let digesting: Promise<unknown> | null = null;
  const digest = () => {
    if (digesting || stopped) return;
    digesting = Promise.all([sendDueDigests(db), runAlertDigests(db)])
      .catch((err) => log(`[notification-digest] ${err instanceof Error ? err.message : err}`))
      .finally(() => {
        digesting = null;
      });
  };
  const digestTimer = setInterval(digest, options.digestCheckMs ?? 60_000);
  digestTimer.unref();
  digest();
  return {
    drain: () => immediate.drain(),
    stop: async () => {
      stopped = true;
      clearInterval(digestTimer);
      await immediate.stop();
      await digesting;
    },
  };
}
