import nodemailer from "nodemailer";
import { desc, sql } from "drizzle-orm";
import { devMail } from "../../../db/schema";
import { clientIp } from "../auth/security-log.server";
import { getDb } from "../db.server";
import { outboxOpenTo } from "./outbox-rule";
import { singleton } from "../singleton.server";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers (List-Unsubscribe and List-Unsubscribe-Post for alert mail, RFC 8058). */
  headers?: Record<string, string>;
}

/** SMTP when SMTP_URL is set (e.g. smtps://user:pass@smtp.example:465); otherwise the development outbox. */
export const usesDevOutbox = () => !process.env.SMTP_URL;

/**
 * Whether the development outbox page answers this request: only without SMTP, and in production only with
 * DEV_MAIL_OUTBOX=true, or for a caller on this machine when `npm start` runs on the embedded database (outbox-rule.ts).
 */
export const devOutboxEnabled = (request: Request) =>
  outboxOpenTo(process.env, {
    address: clientIp(request),
    proxied: request.headers.has("x-forwarded-for") || request.headers.has("forwarded"),
  });

const transport = () =>
  singleton("mail", () =>
    process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true }),
  );

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const from = process.env.MAIL_FROM ?? "Opgavenmarkt <noreply@opgavenmarkt.example>";
  await transport().sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers });
  if (usesDevOutbox()) await getDb().insert(devMail).values({ to: mail.to, subject: mail.subject, text: mail.text });
  console.info(JSON.stringify({ event: "mail.sent", subject: mail.subject, outbox: usesDevOutbox(), at: new Date().toISOString() }));
}

/** The newest mails of the development outbox, optionally only those to one address (case-insensitive). */
export async function listDevMail(limit = 50, to?: string) {
  const query = getDb().select().from(devMail);
  return (to ? query.where(sql`lower(${devMail.to}) = ${to.trim().toLowerCase()}`) : query).orderBy(desc(devMail.id)).limit(limit);
}

/** Links in mail sent by a worker (no request): APP_URL in production; otherwise this server on localhost. */
export const workerBaseUrl = () => (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");

/** Base URL for links in mail: APP_URL when set (recommended in production), else the request's own origin. */
export function appUrl(request: Request): string {
  return (process.env.APP_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}
