/**
 * In-app notifications: one row per recipient, written in the transaction of the change it reports, so a
 * notification exists exactly when the change does. E-mail delivery (immediately or as a daily digest, the
 * user's choice in users.notification_email) reads these rows later (mailer.server.ts, woken by a NOTIFY on
 * MAIL_CHANNEL at commit); nothing here sends mail.
 *
 * Every payload may carry `href`: a site-relative path ("/…") the notification links to (in the app and in mail).
 * Without it "message" links to its thread and a payload with `matchId` to the challenge page (links.server.ts).
 */
import { sql } from "drizzle-orm";
import { notifications } from "../../../db/schema";
import type { Executor } from "../../../db/client";

export const NOTIFICATION_KINDS = [
  /** A new message in a thread the user takes part in. payload: { threadId, subject, authorName } */
  "message",
  /** A match the user is party to (or brokers) changed state. payload: { matchId, from, to, challengeTitle, solutionTitle } */
  "match_state",
  /** Hub staff published, requested changes to, or rejected the user's record. payload: { entityType, entityId, title, outcome } */
  "review_outcome",
  /** A company responded to the user's challenge ("ik kan helpen"). payload: { matchId, challengeTitle, solutionTitle } */
  "challenge_response",
  /** Something hub staff must act on (a response, an owner's interest, a submission, a membership to verify). payload: depends on the event */
  "staff_attention",
  /** A public body confirmed or disputed a deployment of the user's solution. payload: { solutionId, title, regionCode, outcome, href } */
  "deployment_confirmation",
  /** Hub staff verified or rejected the user's membership of a public body. payload: { organisationId, organisation, outcome: "verified" | "rejected", reason?, href } */
  "membership_decision",
  /** The owner answered a question in a market consultation the user registered for. payload: { challengeTitle, questionId, href } */
  "consultation_answer",
  /** A respondent asked a question in the user's market consultation (asker not named). payload: { challengeTitle, href } */
  "consultation_question",
  /** Another public body said "wij ook" on a challenge the user speaks for (or hub staff). payload: { challengeTitle, organisation, volume, unit, outcome, href } */
  "joint_demand",
] as const;
export const MAIL_CHANNEL = "notification_mail";
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
}

/** Adds notifications (one per distinct user and kind+payload) in the caller's transaction. */
export async function notify(tx: Executor, entries: NewNotification[]): Promise<void> {
  const seen = new Set<string>();
  const rows = entries.filter((e) => {
    const key = `${e.userId}\u0000${e.kind}\u0000${JSON.stringify(e.payload)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rows.length === 0) return;
  await tx.insert(notifications).values(rows);
  await tx.execute(sql`select pg_notify(${MAIL_CHANNEL}, '')`);
}
