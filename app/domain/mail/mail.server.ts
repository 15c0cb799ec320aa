import nodemailer from "nodemailer";
import { desc, sql } from "drizzle-orm";
import { devMail } from "../../../db/schema";
import { getDb } from "../db.server";
import { singleton } from "../singleton.server";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** SMTP when SMTP_URL is set (e.g. smtps://user:pass@smtp.example:465); otherwise the development outbox. */
export const usesDevOutbox = () => !process.env.SMTP_URL;

/** The development outbox page is on only without SMTP, and outside production unless DEV_MAIL_OUTBOX=true. */
export const devOutboxEnabled = () =>
  usesDevOutbox() && (process.env.NODE_ENV !== "production" || process.env.DEV_MAIL_OUTBOX === "true");

const transport = () =>
  singleton("mail", () =>
    process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true }),
  );

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const from = process.env.MAIL_FROM ?? "Opgavenmarkt <noreply@opgavenmarkt.example>";
  await transport().sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
  if (usesDevOutbox()) await getDb().insert(devMail).values(mail);
  console.info(JSON.stringify({ event: "mail.sent", subject: mail.subject, outbox: usesDevOutbox(), at: new Date().toISOString() }));
}

/** The newest mails of the development outbox, optionally only those to one address (case-insensitive). */
export async function listDevMail(limit = 50, to?: string) {
  const query = getDb().select().from(devMail);
  return (to ? query.where(sql`lower(${devMail.to}) = ${to.trim().toLowerCase()}`) : query).orderBy(desc(devMail.id)).limit(limit);
}

/** Base URL for links in mail: APP_URL when set (recommended in production), else the request's own origin. */
export function appUrl(request: Request): string {
  return (process.env.APP_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}
