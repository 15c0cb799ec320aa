/**
 * Playwright's web server: the real app on a fresh test stack (own database, own Meilisearch,
 * demo data), torn down on SIGTERM/SIGINT.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { closeHttpServer, startHttpServer } from "../server/http";
import { startTestStack } from "../server/test-stack";
import { createDb } from "../db/client";
import { E2E_HUB_ACCOUNTS, hubEmail, hubRole } from "./hub-accounts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => console.log(`[test-server] ${line}`);

/**
 * One hub staff account per spec that logs in as staff: a TOTP code is accepted once per 30-second step and
 * account, so specs running in parallel must not share one. Same password and TOTP secret as the demo staff.
 */
async function createHubAccounts(databaseUrl: string) {
  const { sql } = createDb(databaseUrl, { max: 1 });
  try {
    for (const key of E2E_HUB_ACCOUNTS) {
      await sql`
        insert into users (id, email, name, password_hash, platform_role, totp_secret, totp_enabled_at, email_verified_at)
        select ${`e2e-hub-${key}`}, ${hubEmail(key)}, ${`Hubmakelaar ${key}`}, password_hash, ${hubRole(key)}, totp_secret, now(), now()
        from users where email = 'sanne.dewit@digicampus.example'
        on conflict do nothing`;
    }
  } finally {
    await sql.end();
  }
}

async function main() {
  process.env.NODE_ENV = "production";
  process.env.INSECURE_COOKIES = "true"; // plain http on localhost
  process.env.DEV_MAIL_OUTBOX = "true"; // no SMTP in tests: mail goes to /ontwikkeling/mail
  // Every spec signs up from 127.0.0.1; the default 20 an hour is tested in app/domain/auth/security.test.ts.
  process.env.SIGNUP_LIMIT_PER_HOUR = "500";
  // Every spec logs in from 127.0.0.1: the per-address login limit (50 per 15 minutes) would stop the suite.
  process.env.LOGIN_LIMIT_PER_IP = "5000";
  const stack = await startTestStack({ seed: true, log });
  await createHubAccounts(stack.databaseUrl);
  const server = await startHttpServer({ root, port: Number(process.env.PORT ?? 3100), host: "127.0.0.1" });
  log(`ready on port ${process.env.PORT ?? 3100}`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    const drained = await closeHttpServer(server).catch((err) => log(`HTTP shutdown: ${err}`));
    if (drained) log(`HTTP server drained in ${drained.ms} ms (${drained.forced} connection(s) cut)`);
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
