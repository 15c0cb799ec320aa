/**
 * The alert job (issue 17): for each search alert that is due, the public records published since the alert was
 * made that it has not mailed yet and that its search finds, grouped in one mail per alert with a one-click
 * unsubscribe (RFC 8058 headers and a link). Runs in the notification mailer's worker (mailer.server.ts) every minute,
 * so "immediate" means within a minute; daily and weekly alerts wait a day or a week after their last run. The clock
 * is injected (`now`) so tests can run a day or a week ahead. Each alert is locked while it is handled (two workers
 * never mail it twice), and a record is remembered as sent in the same transaction.
 */
import { and, asc, eq, gt, isNotNull, lte, notExists, sql } from "drizzle-orm";
import type { Database, Executor } from "../../../db/client";
import { publicChallenge } from "../../../db/conditions/challenges";
import { publicSolution } from "../../../db/conditions/solutions";
import { challenges, searchAlertHits, searchAlerts, solutions, users, type SearchAlert } from "../../../db/schema";
import { createI18n, isLocale } from "../../i18n/config";
import { sendMail, workerBaseUrl } from "../mail/mail.server";
import { matchingIds } from "../search.server";
import { LIST_PATH, parseAlertQuery } from "./alerts.server";
import { unsubscribeToken } from "./token.server";
import type { AlertKind } from "../../../shared/vocabulary/alerts";

/** How long after its last run (or its creation) an alert is due again. A little slack keeps a daily run daily. */
const PERIOD = { immediate: "0 seconds", daily: "23 hours", weekly: "167 hours" } as const;
const CANDIDATES_MAX = 200;

const RECORDS = {
  challenges: { table: challenges, isPublic: publicChallenge, path: "/opgaven" },
  solutions: { table: solutions, isPublic: publicSolution, path: "/oplossingen" },
} as const;

/** New public records of the alert's kind, published after it was made and up to `now`, not yet mailed by it. */
async function candidates(tx: Executor, alert: SearchAlert, now: Date) {
  const { table, isPublic } = RECORDS[alert.kind];
  return tx
    .select({ id: table.id, slug: table.slug, title: table.title })
    .from(table)
    .where(
      and(
        isPublic(),
        isNotNull(table.publishedAt),
        gt(table.publishedAt, alert.createdAt),
        lte(table.publishedAt, now),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(searchAlertHits)
            .where(and(eq(searchAlertHits.alertId, alert.id), eq(searchAlertHits.recordId, table.id))),
        ),
      ),
    )
    .orderBy(asc(table.publishedAt))
    .limit(CANDIDATES_MAX);
}

export const unsubscribeUrl = (alertId: string) => `${workerBaseUrl()}/zoekopdracht-afmelden?token=${encodeURIComponent(unsubscribeToken(alertId))}`;

/** The mail of one alert with its new records. */
export function alertMail(alert: { id: string; kind: AlertKind; query: string }, user: { name: string; locale: string }, records: { slug: string; title: string }[]) {
  const { t } = createI18n(isLocale(user.locale) ? user.locale : "nl");
  const base = workerBaseUrl();
  const search = `${base}${LIST_PATH[alert.kind]}${alert.query ? `?${alert.query}` : ""}`;
  const unsubscribe = unsubscribeUrl(alert.id);
  const lines = records.map((r) => `- ${r.title}\n  ${base}${RECORDS[alert.kind].path}/${encodeURIComponent(r.slug)}`);
  return {
    subject: t(alert.kind === "challenges" ? "alerts.mail.subject_challenges" : "alerts.mail.subject_solutions", { count: records.length }),
    text: [
      t("alerts.mail.intro", { name: user.name, search }),
      lines.join("\n"),
      t("alerts.mail.footer", { unsubscribe, manage: `${base}/account/zoekopdrachten` }),
    ].join("\n\n"),
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** Handles one due alert inside a transaction; returns whether it mailed. */
async function runOne(db: Database, alertId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ alert: searchAlerts, email: users.email, name: users.name, locale: users.locale })
      .from(searchAlerts)
      .innerJoin(users, eq(users.id, searchAlerts.userId))
      .where(and(eq(searchAlerts.id, alertId), sql`${users.deletedAt} is null and ${users.emailVerifiedAt} is not null`))
      .for("update", { of: searchAlerts, skipLocked: true });
    if (!row) return false;
    const found = await candidates(tx, row.alert, now);
    const { params } = await parseAlertQuery(row.alert.kind, row.alert.query);
    // Search unavailable: the error leaves the alert as it was, to be tried at the next run.
    const matching = new Set(await matchingIds(row.alert.kind, params, found.map((r) => r.id)));
    const records = found.filter((r) => matching.has(r.id));
    if (records.length) {
      await sendMail({ to: row.email, ...alertMail(row.alert, row, records) });
      await tx.insert(searchAlertHits).values(records.map((r) => ({ alertId, recordId: r.id, sentAt: now })));
    }
    await tx.update(searchAlerts).set({ lastRunAt: now }).where(eq(searchAlerts.id, alertId));
    return records.length > 0;
  });
}

/** Runs every alert due at `now`; returns how many mails went out. */
export async function runAlertDigests(db: Database, options: { now?: Date; log?: (line: string) => void } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db
    .select({ id: searchAlerts.id })
    .from(searchAlerts)
    .where(
      sql`coalesce(${searchAlerts.lastRunAt}, ${searchAlerts.createdAt}) <= ${now.toISOString()}::timestamptz - (case ${searchAlerts.frequency}
        when 'immediate' then ${PERIOD.immediate} when 'daily' then ${PERIOD.daily} else ${PERIOD.weekly} end)::interval`,
    );
  let sent = 0;
  for (const { id } of due) {
    try {
      if (await runOne(db, id, now)) sent++;
    } catch (err) {
      (options.log ?? console.warn)(`[search-alerts] ${id}: ${err instanceof Error ? err.message : err}`);
    }
  }
  return sent;
}
