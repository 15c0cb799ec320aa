/**
 * When the development mail outbox (/ontwikkeling/mail) is on (ADR 0007). Pure: the start (server/index.ts) decides
 * from the environment it was given, and the outbox route asks per request.
 *
 * - SMTP_URL set: mail goes over SMTP; the outbox is never on.
 * - Development mode (NODE_ENV not "production"): on.
 * - DEV_MAIL_OUTBOX=true: on (the e2e test server). DEV_MAIL_OUTBOX=false: off. DEV_MAIL_OUTBOX=local: this machine only.
 * - Production mode on the embedded database (`npm start` with no DATABASE_URL: a local, single-machine run): on,
 *   for requests from this machine only (a loopback client address). Signalled to the app as DEV_MAIL_OUTBOX=local.
 * - Production mode on an external database (a real deployment) without SMTP_URL: off, with a warning at start.
 */
export type OutboxMode = "smtp" | "on" | "local" | "off";
type Env = Record<string, string | undefined>;

export function outboxMode(env: Env, options: { embeddedDatabase: boolean }): OutboxMode {
  if (env.SMTP_URL) return "smtp";
  if (env.DEV_MAIL_OUTBOX === "true" || env.NODE_ENV !== "production") return "on";
  if (env.DEV_MAIL_OUTBOX === "false") return "off";
  if (env.DEV_MAIL_OUTBOX === "local") return "local";
  return options.embeddedDatabase ? "local" : "off";
}

/** The line `npm start` prints about mail, and whether it is a warning. */
export function outboxStartMessage(mode: OutboxMode, port: number): { text: string; warning: boolean } {
  const outbox = `http://localhost:${port}/ontwikkeling/mail`;
  switch (mode) {
    case "smtp":
      return { text: "Mail: sent over SMTP (SMTP_URL).", warning: false };
    case "on":
      return { text: `Mail: no SMTP_URL set — mails go to the outbox at ${outbox}`, warning: false };
    case "local":
      return { text: `Mail: no SMTP_URL set — mails go to the outbox at ${outbox} (open it on this machine)`, warning: false };
    case "off":
      return {
        text:
          "Mail: WARNING: no SMTP_URL set — mail is not delivered, so nobody can confirm a new account or reset a password. " +
          "Set SMTP_URL. (DEV_MAIL_OUTBOX=true shows the outbox at /ontwikkeling/mail, for tests only, never in a real deployment.)",
        warning: true,
      };
  }
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * Whether the outbox page answers this caller, given the environment the app runs in, the client address and whether
 * the request came through a proxy (X-Forwarded-For or Forwarded present: then it is not "this machine", whatever
 * address the proxy connects from or claims).
 */
export function outboxOpenTo(env: Env, caller: { address: string; proxied: boolean }): boolean {
  if (env.SMTP_URL) return false;
  if (env.NODE_ENV !== "production" || env.DEV_MAIL_OUTBOX === "true") return true;
  return env.DEV_MAIL_OUTBOX === "local" && !caller.proxied && LOOPBACK.test(caller.address);
}
