/**
 * Test helpers that call route loaders and actions directly with crafted Requests, as the real server would
 * (including the client-IP header that server/http.ts sets). Import after setting process.env (see setupAppEnv).
 */
import { inject } from "vitest";

export function setupAppEnv() {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.DATABASE_POOL_SIZE = "4";
  process.env.MEILI_URL = inject("meiliUrl");
  process.env.MEILI_MASTER_KEY = inject("meiliKey");
  process.env.MEILI_INDEX_PREFIX = inject("indexPrefix");
  process.env.TOTP_ENCRYPTION_KEY = inject("totpKey");
  delete process.env.SMTP_URL;
}

export const BASE = "http://opgavenmarkt.test";

export function makeRequest(
  path: string,
  options: { method?: string; cookie?: string | null; form?: Record<string, string>; ip?: string } = {},
): Request {
  const headers = new Headers({ "x-opgavenmarkt-client-ip": options.ip ?? "203.0.113.1" });
  if (options.cookie) headers.set("Cookie", options.cookie);
  const method = options.method ?? (options.form ? "POST" : "GET");
  return new Request(`${BASE}${path}`, {
    method,
    headers,
    body: method === "GET" ? undefined : new URLSearchParams(options.form ?? {}),
  });
}

export type Outcome = { status: number; location: string | null; body: unknown; headers: Headers; response?: Response };

/** Run a loader or action and normalise what it returned or threw (Response, data(), or a plain object). */
export async function run(fn: () => unknown): Promise<Outcome> {
  let result: unknown;
  try {
    result = await fn();
  } catch (thrown) {
    result = thrown;
    if (!(thrown instanceof Response) && !isDataWithInit(thrown)) throw thrown;
  }
  if (result instanceof Response) {
    return { status: result.status, location: result.headers.get("Location"), body: null, headers: result.headers, response: result };
  }
  if (isDataWithInit(result)) {
    const headers = new Headers(result.init?.headers);
    return { status: result.init?.status ?? 200, location: headers.get("Location"), body: result.data, headers };
  }
  return { status: 200, location: null, body: result, headers: new Headers() };
}

function isDataWithInit(value: unknown): value is { type: string; data: unknown; init?: { status?: number; headers?: HeadersInit } } {
  return typeof value === "object" && value !== null && (value as { type?: string }).type === "DataWithResponseInit";
}

/** Cookie header value from a Set-Cookie string. */
export const cookieFrom = (setCookie: string) => setCookie.split(";")[0];
