import { securityEvents } from "../../../db/schema";
import { getDb } from "../db.server";

/**
 * Authentication events and access-control failures (ASVS 7.1/7.2). Callers pass ids and reasons only: never a
 * password, token, TOTP code or session id.
 */
export async function logSecurityEvent(
  event: string,
  details: { userId?: string | null; request?: Request; ip?: string; data?: Record<string, unknown> } = {},
): Promise<void> {
  const ip = details.request ? clientIp(details.request) : (details.ip ?? null);
  const path = details.request ? new URL(details.request.url).pathname : undefined;
  const data = { ...(path ? { path } : {}), ...(details.data ?? {}) };
  console.info(JSON.stringify({ event, userId: details.userId ?? null, ip, ...data, at: new Date().toISOString() }));
  try {
    await getDb().insert(securityEvents).values({ event, userId: details.userId ?? null, ip, data });
  } catch (error) {
    console.error(JSON.stringify({ event: "security_log.failed", message: (error as Error).message }));
  }
}

/** The client address as set by server/http.ts (the header is overwritten there, so a client cannot forge it). */
export function clientIp(request: Request): string {
  return request.headers.get("x-opgavenmarkt-client-ip") ?? "unknown";
}
