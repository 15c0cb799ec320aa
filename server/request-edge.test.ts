/**
 * The request edge (server/request-edge.ts) through the real express app on the real build: what a request body may
 * be (a form, nothing else), control characters in fields and addresses, and body size limits per route kind.
 * Needs the build, like http.test.ts.
 */
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, setupAppEnv } from "../app/test/route-harness";

setupAppEnv();
const s = await import("../db/schema");
const { getDb } = await import("../app/domain/db.server");
const { createSessionCookie } = await import("../app/domain/auth/session.server");
const { openThread } = await import("../app/domain/messaging/threads.server");
const { closeHttpServer, startHttpServer } = await import("./http");
const { BODY_LIMITS } = await import("./request-edge");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const suffix = Math.random().toString(36).slice(2, 8);
let server: Server;
let base = "";
let port = 0;
let cookie = "";
let threadId = "";
let englishCookie = "";
const member = { id: `edge-a-${suffix}`, name: "Edge A" };
const other = { id: `edge-b-${suffix}`, name: "Edge B" };

beforeAll(async () => {
  server = await startHttpServer({ root, port: 0, host: "127.0.0.1" });
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  for (const u of [member, other]) await getDb().insert(s.users).values({ id: u.id, email: `${u.id}@edge.example`, name: u.name, emailVerifiedAt: new Date() });
  cookie = cookieFrom(await createSessionCookie(member.id));
  threadId = await getDb().transaction((tx) =>
    openThread(tx, {
      matchId: null,
      subject: "Edge",
      participants: [
        { userId: member.id, role: "challenge_owner" },
        { userId: other.id, role: "solution_owner" },
      ],
      authorUserId: other.id,
      authorName: other.name,
      body: "Hallo",
    }),
  );
  const taal = await post("/taal", { body: new URLSearchParams({ locale: "en", redirectTo: "/" }), type: "application/x-www-form-urlencoded" });
  englishCookie = cookieFrom(taal.headers.getSetCookie().find((c) => c.startsWith("lng="))!);
});
afterAll(async () => {
  if (server) await closeHttpServer(server);
});

function post(p: string, options: { body?: BodyInit; type?: string | null; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { Origin: base, ...options.headers };
  if (options.type) headers["Content-Type"] = options.type;
  return fetch(`${base}${p}`, { method: "POST", body: options.body, headers, redirect: "manual" });
}

/**
 * Send raw bytes and return what the server answered first (status line and headers), or with `full` all it sent
 * until it closed; "closed" / "timeout" when nothing came.
 */
function raw(request: Buffer | string, opts: { waitMs?: number; full?: boolean } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let got = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(got || "timeout");
    }, opts.waitMs ?? 3000);
    socket.on("data", (chunk) => {
      got += chunk.toString("latin1");
      if (!opts.full && got.includes("\r\n\r\n")) {
        clearTimeout(timer);
        socket.destroy();
        resolve(got);
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(got || "closed");
    });
    socket.write(request);
  });
}

/** The body of a raw HTTP/1.1 response, with chunked transfer coding undone (a sentence may span two chunks). */
function httpBody(response: string): string {
  const split = response.indexOf("\r\n\r\n");
  const head = response.slice(0, split);
  let rest = response.slice(split + 4);
  if (!/^transfer-encoding:\s*chunked/im.test(head)) return rest;
  let body = "";
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (!(size > 0)) return body;
    body += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

async function expectEdgePage(res: Response, status: number, text: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toMatch(/<html lang="(nl|en)"/);
  expect(html).toContain('id="inhoud"');
  expect(html).toContain(text);
  return html;
}

const ACTION_PATHS = () => ["/registreren", "/inloggen", "/inloggen/code", "/mijn/opgaven/nieuw", `/berichten/${threadId}`, "/taal", "/wachtwoord-vergeten"];
const NL_MALFORMED = "konden de gegevens";
const NL_TYPE = "alleen gewone formulieren";

describe("a POST whose body is not a form (item 1)", () => {
  it("answers 415 with the normal page to JSON, text/plain and a body without a type, on every action", async () => {
    for (const p of ACTION_PATHS()) {
      for (const [type, body] of [
        ["application/json", '{"email":"a@b.example"}'],
        ["text/plain", "email=a@b.example"],
        [null, "email=a@b.example"],
      ] as const) {
        const res = await post(p, { body, type, headers: { Cookie: cookie } });
        await expectEdgePage(res, 415, NL_TYPE);
      }
    }
  });

  it("answers 400 with the normal page to multipart without a boundary, a truncated multipart body and broken UTF-8", async () => {
    const truncated = '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.exa';
    for (const p of ACTION_PATHS()) {
      await expectEdgePage(await post(p, { body: "email=a", type: "multipart/form-data", headers: { Cookie: cookie } }), 400, NL_MALFORMED);
      await expectEdgePage(await post(p, { body: truncated, type: "multipart/form-data; boundary=xyz", headers: { Cookie: cookie } }), 400, NL_MALFORMED);
      await expectEdgePage(await post(p, { body: "email=%C0%AF", type: "application/x-www-form-urlencoded", headers: { Cookie: cookie } }), 400, NL_MALFORMED);
    }
  });

  it("shows the message in English to a visitor who chose English", async () => {
    const res = await post("/wachtwoord-vergeten", { body: "{}", type: "application/json", headers: { Cookie: englishCookie } });
    const html = await expectEdgePage(res, 415, "only accepts ordinary forms");
    expect(html).toContain('<html lang="en"');
  });

  it("still takes an ordinary form, a multipart form with a boundary and an empty POST without a type", async () => {
    const email = `edge-${suffix}@edge.example`;
    expect((await post("/wachtwoord-vergeten", { body: new URLSearchParams({ email }), type: "application/x-www-form-urlencoded" })).status).toBe(200);
    const multipart = new FormData();
    multipart.set("email", email);
    const res = await post("/wachtwoord-vergeten", { body: multipart });
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.status).toBe(200);
    // An empty form (no fields) is a form: /uitloggen signs out and redirects home.
    const out = await post("/uitloggen", { headers: { Cookie: cookieFrom(await createSessionCookie(member.id)) } });
    expect(out.status).toBe(302);
  });

  it("refuses a file upload (no route takes one) with 415", async () => {
    const multipart = new FormData();
    multipart.set("email", "a@b.example");
    multipart.set("bestand", new Blob(["x"]), "x.txt");
    await expectEdgePage(await post("/wachtwoord-vergeten", { body: multipart }), 415, NL_TYPE);
  });
});

describe("control characters (item 2)", () => {
  it("strips NUL and other control characters from field names and values, keeping tab and line breaks", async () => {
    const body = new URLSearchParams({
      intent: "reply",
      body: "Regel\u0000 een\r\nRegel\ttwee\u0007\u001b\u007f",
      idempotencyKey: `edge\u0000-key-${suffix}`,
    });
    const res = await post(`/berichten/${threadId}`, { body, type: "application/x-www-form-urlencoded", headers: { Cookie: cookie } });
    expect(res.status).toBe(302);
    const rows = await getDb().select().from(s.messages).where(eq(s.messages.threadId, threadId));
    const mine = rows.find((r) => r.authorUserId === member.id);
    expect(mine?.body).toBe("Regel een\r\nRegel\ttwee");
    expect(mine?.idempotencyKey).toBe(`edge-key-${suffix}`);
  });

  it("strips them from sign-up fields too (name with NUL is stored without it)", async () => {
    const email = `edge-signup-${suffix}@edge.example`;
    const body = `name=An%00na%1F&email=${encodeURIComponent(email)}%00&password=${encodeURIComponent("een lang en sterk wachtwoord 42")}&na%00me2=x`;
    const res = await post("/registreren", { body, type: "application/x-www-form-urlencoded"});
    expect(res.status).toBe(200);
    const [user] = await getDb().select().from(s.users).where(eq(s.users.email, email));
    expect(user?.name).toBe("Anna");
  });

  it("answers 404 with the normal page to a path with control characters or broken UTF-8, never a 500", async () => {
    for (const p of ["/opgaven/a%00b", "/organisaties/%00", "/oplossingen/%7F", "/opgaven/%C0%AF", "/berichten/%00", "/mijn/opgaven/%01"]) {
      const res = await fetch(`${base}${p}`, { headers: { Cookie: cookie }, redirect: "manual" });
      await expectEdgePage(res, 404, "Deze pagina bestaat niet");
    }
    const data = await fetch(`${base}/opgaven/a%00b.data`);
    expect(data.status).toBe(404);
  });

  it("answers 400 with the normal page to a query string with control characters", async () => {
    for (const p of ["/opgaven?q=%00", "/opgaven?pagina=1%00", "/hub/matches?thema=%1b", "/inloggen?redirectTo=%00"]) {
      const res = await fetch(`${base}${p}`, { headers: { Cookie: cookie }, redirect: "manual" });
      await expectEdgePage(res, 400, "tekens die niet zijn toegestaan");
    }
    expect((await fetch(`${base}/opgaven?q=hitte%09stress`)).status).toBe(200);
  });
});

describe("a malformed Host header or request target", () => {
  it("answers 400 with the normal page, never a 500", async () => {
    const answers: string[] = [];
    for (const host of ["a%00b", "[::1", "exa mple", "%", "127.0.0.1:99999999999"]) {
      answers.push((await raw(`GET /opgaven HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).split("\r\n")[0]);
    }
    for (const target of ["http://evil.example/opgaven", "*", "opgaven"]) {
      answers.push((await raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)).split("\r\n")[0]);
    }
    expect(answers).toEqual(answers.map(() => "HTTP/1.1 400 Bad Request"));
    const page = await raw(`GET /opgaven HTTP/1.1\r\nHost: exa mple\r\nConnection: close\r\n\r\n`, { waitMs: 3000, full: true });
    expect(httpBody(page)).toContain("tekens die niet zijn toegestaan");
  });
});

describe("cookies with control characters or broken encoding", () => {
  it("are ignored (the visitor is anonymous), never a 500", async () => {
    for (const name of ["session", "__Host-session", "lng"]) {
      for (const value of ["%00", "a%00b", "%C0%AF", "%", "ab%2", "%7F"]) {
        for (const p of ["/", "/account"]) {
          const res = await fetch(`${base}${p}`, { headers: { Cookie: `${name}=${value}; other=1` }, redirect: "manual" });
          await res.body?.cancel();
          expect(res.status, `${name}=${value} ${p}`).toBe(p === "/" ? 200 : 302);
        }
      }
    }
    // A good cookie next to a broken one still counts.
    const res = await fetch(`${base}/account`, { headers: { Cookie: `lng=%; ${cookie}` }, redirect: "manual" });
    await res.body?.cancel();
    expect(res.status).toBe(200);
  });
});

describe("body size limits per route kind (item 3)", () => {
  it("answers 413 to a 20 MB POST to /taal without reading it (the body is never sent in full)", async () => {
    const head = `POST /taal HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${base}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${20 * 1024 * 1024}\r\n\r\n`;
    const answer = await raw(head + "locale=" + "a".repeat(1000));
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.toLowerCase()).toContain("connection: close");
  });

  it("stops reading a chunked body at the limit and answers 413", async () => {
    const chunk = "x".repeat(BODY_LIMITS.form + 10);
    const head = `POST /taal HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${base}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`;
    // The last chunk never comes: an answer means the server stopped at the limit.
    const answer = await raw(`${head}${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
  });

  it("a 20 MB upload through fetch gets 413 with the normal page", async () => {
    const res = await post("/taal", { body: "locale=" + "a".repeat(20 * 1024 * 1024), type: "application/x-www-form-urlencoded" });
    await expectEdgePage(res, 413, "te groot");
  });

  it("gives intake forms and messages more room than the small forms", async () => {
    const big = new URLSearchParams({ intent: "save", title: "Groot", problemStatement: "é".repeat(100_000) });
    expect((await post("/taal", { body: big, type: "application/x-www-form-urlencoded" })).status).toBe(413);
    // Anonymous: the intake action sends the visitor to log in, after the edge let the body through.
    const intake = await post("/mijn/opgaven/nieuw", { body: big, type: "application/x-www-form-urlencoded" });
    expect(intake.status).toBe(401);
    const reply = await post(`/berichten/${threadId}`, {
      body: new URLSearchParams({ intent: "reply", body: "é".repeat(20_000), idempotencyKey: `edge-big-${suffix}` }),
      type: "application/x-www-form-urlencoded",
      headers: { Cookie: cookie },
    });
    expect(reply.status).toBe(400);
    expect(BODY_LIMITS.form).toBeLessThan(BODY_LIMITS.text);
    expect(BODY_LIMITS.text).toBeLessThan(BODY_LIMITS.intake);
  });
});
