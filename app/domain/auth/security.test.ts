/** ASVS level 2 checks for the account code, run against the real test database through the route modules. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { hashPassword, passwordProblem } = await import("./password.server");
const { createSessionCookie, getSession } = await import("./session.server");
const { LOGIN_LIMITS } = await import("./rate-limit.server");
const login = await import("../../routes/inloggen");
const logout = await import("../../routes/uitloggen");
const signup = await import("../../routes/registreren");
const forgot = await import("../../routes/wachtwoord-vergeten");
const account = await import("../../routes/account._index");
const totpStep = await import("../../routes/inloggen_.code");
const language = await import("../../routes/taal");
const verify = await import("../../routes/e-mail-bevestigen");
const { sealSecret } = await import("./secret-box.server");
const { currentTotp, newTotpSecret } = await import("./totp.server");
const { safeRedirectPath } = await import("../../utils/redirect");

const PASSWORD = "correct horse battery staple";
const suffix = Math.random().toString(36).slice(2, 8);
const email = `security-${suffix}@test.example`;
let userId = "";

beforeAll(async () => {
  userId = `sec-${suffix}`;
  await getDb().insert(s.users).values({ id: userId, email, name: "Sec Test", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() });
});
afterAll(async () => {
  await getSql().end();
});

const post = (fn: (a: never) => unknown, path: string, form: Record<string, string>, extra: { cookie?: string; ip?: string } = {}) =>
  run(() => fn({ request: makeRequest(path, { form, ...extra }), params: {}, context: {} } as never));

describe("passwords (ASVS 2.1, 2.4)", () => {
  it("allows 12–128 characters without composition rules and refuses common ones", () => {
    expect(passwordProblem("a".repeat(11))).toBe("password.tooShort");
    expect(passwordProblem("a".repeat(129))).toBe("password.tooLong");
    expect(passwordProblem("1qaz2wsx3edc")).toBe("password.common");
    expect(passwordProblem("alleen kleine letters en spaties")).toBeNull();
    expect(passwordProblem("😀".repeat(12))).toBeNull();
  });

  it("hashes with argon2id m=19456 t=2 p=1", async () => {
    expect(await hashPassword("x".repeat(12))).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("no user enumeration (ASVS 2.2, 3.x)", () => {
  it("answers the same for an unknown e-mail and a wrong password", async () => {
    const unknown = await post(login.action, "/inloggen", { email: `nobody-${suffix}@test.example`, password: "wrong password!" }, { ip: "198.51.100.1" });
    const wrong = await post(login.action, "/inloggen", { email, password: "wrong password!" }, { ip: "198.51.100.1" });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect({ ...(wrong.body as object), email: "" }).toEqual({ ...(unknown.body as object), email: "" });
  });

  it("answers the same on password reset and sign-up for known and unknown addresses", async () => {
    const a = await post(forgot.action, "/wachtwoord-vergeten", { email });
    const b = await post(forgot.action, "/wachtwoord-vergeten", { email: `nobody-${suffix}@test.example` });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((a.body as { sent: string }).sent).toBe(email);
    const c = await post(signup.action, "/registreren", { name: "X", email, password: "een lang genoeg wachtwoord" }, { ip: "198.51.100.2" });
    const d = await post(signup.action, "/registreren", { name: "X", email: `new-${suffix}@test.example`, password: "een lang genoeg wachtwoord" }, { ip: "198.51.100.2" });
    expect(c).toMatchObject({ status: 200, body: { sent: email } });
    expect(d).toMatchObject({ status: 200, body: { sent: `new-${suffix}@test.example` } });
  });
});

describe("login rate limit (ASVS 2.2.1)", () => {
  it("answers 429 with a clear message after too many attempts for one account", async () => {
    const target = `limited-${suffix}@test.example`;
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      const r = await post(login.action, "/inloggen", { email: target, password: "wrong password!" }, { ip: `192.0.2.${i + 1}` });
      expect(r.status).toBe(401);
    }
    const blocked = await post(login.action, "/inloggen", { email: target, password: "wrong password!" }, { ip: "192.0.2.200" });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ formError: "auth.rateLimited" });
    expect(blocked.headers.get("Retry-After")).toMatch(/^\d+$/);
  });

  it("limits attempts per IP address across accounts", async () => {
    const ip = "192.0.2.250";
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      await post(login.action, "/inloggen", { email: `ip-${i}-${suffix}@test.example`, password: "wrong password!" }, { ip });
    }
    const blocked = await post(login.action, "/inloggen", { email: `ip-x-${suffix}@test.example`, password: "wrong password!" }, { ip });
    expect(blocked.status).toBe(429);
  });
});

describe("sessions (ASVS 3.2, 3.3, 3.4)", () => {
  it("issues a new session id on login, ends the old one, and sets HttpOnly SameSite=Lax cookies", async () => {
    // A session the browser already carries (here: a half-finished login) must not survive into the new one.
    const before = cookieFrom(await createSessionCookie(userId, { mfaPending: true }));
    const r = await post(login.action, "/inloggen", { email, password: PASSWORD }, { cookie: before, ip: "198.51.100.9" });
    expect(r.status).toBe(302);
    const setCookie = r.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const after = cookieFrom(setCookie);
    expect(after).not.toBe(before);
    expect((await getSession(makeRequest("/", { cookie: before }))).session).toBeNull();
    expect((await getSession(makeRequest("/", { cookie: after }))).user?.id).toBe(userId);
  });

  it("logout deletes the session on the server", async () => {
    const cookie = cookieFrom(await createSessionCookie(userId));
    await post(logout.action, "/uitloggen", {}, { cookie });
    expect((await getSession(makeRequest("/", { cookie }))).user).toBeNull();
  });

  it("applies the idle and absolute timeouts", async () => {
    const idle = cookieFrom(await createSessionCookie(userId));
    await getDb().update(s.sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(s.sessions.id, idle.split("=")[1]));
    expect((await getSession(makeRequest("/", { cookie: idle }))).user).toBeNull();
    const old = cookieFrom(await createSessionCookie(userId));
    await getDb().update(s.sessions).set({ createdAt: new Date(Date.now() - 13 * 3600 * 1000) }).where(eq(s.sessions.id, old.split("=")[1]));
    expect((await getSession(makeRequest("/", { cookie: old }))).user).toBeNull();
  });

  it("a password change ends every other session but keeps the current one", async () => {
    const current = cookieFrom(await createSessionCookie(userId));
    const other = cookieFrom(await createSessionCookie(userId));
    const r = await post(account.action, "/account", { intent: "password", currentPassword: PASSWORD, password: "een nieuw lang wachtwoord" }, { cookie: current });
    expect(r.status).toBe(200);
    expect((await getSession(makeRequest("/", { cookie: other }))).user).toBeNull();
    expect((await getSession(makeRequest("/", { cookie: current }))).user?.id).toBe(userId);
    await getDb().update(s.users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(s.users.id, userId));
  });

  it("bad input on the password form gets field messages, never a 500", async () => {
    const cookie = cookieFrom(await createSessionCookie(userId));
    const r = await post(account.action, "/account", { intent: "password", currentPassword: "", password: "kort" }, { cookie });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errors: { currentPassword: "account.currentRequired", password: "password.tooShort" } });
  });
});

describe("redirects and logging (ASVS 5.1.5, 7.1)", () => {
  it("only follows relative redirect targets after login", async () => {
    expect(safeRedirectPath("https://evil.example/")).toBe("/");
    expect(safeRedirectPath("//evil.example")).toBe("/");
    const r = await post(login.action, "/inloggen", { email, password: PASSWORD, redirectTo: "https://evil.example/" }, { ip: "198.51.100.10" });
    expect(r.location).toBe("/");
  });

  const HOSTILE = ["/\t/evil.example", "/x\r\nSet-Cookie: a=b", "/opgaven\u0000", "/..//evil.example", `/${"a".repeat(100_000)}`];

  it.each(HOSTILE.map((v) => [JSON.stringify(v).slice(0, 40), v]))("a login with redirectTo %s lands on / with a session, never a 500", async (_l, target) => {
    const r = await post(login.action, "/inloggen", { email, password: PASSWORD, redirectTo: target }, { ip: "198.51.100.11" });
    expect(r.status).toBe(302);
    expect(r.location).toBe("/");
    expect((await getSession(makeRequest("/", { cookie: cookieFrom(r.headers.get("Set-Cookie") ?? "") }))).user?.id).toBe(userId);
  });

  it.each(HOSTILE.map((v) => [JSON.stringify(v).slice(0, 40), v]))("the language switch, the TOTP step and e-mail confirmation refuse %s", async (_l, target) => {
    const lang = await post(language.action, "/taal", { locale: "en", redirectTo: target });
    expect([lang.status, lang.location]).toEqual([302, "/"]);

    const secret = newTotpSecret();
    const id = `totp-r-${Math.random().toString(36).slice(2, 8)}`;
    await getDb()
      .insert(s.users)
      .values({ id, email: `${id}@test.example`, name: "Totp R", passwordHash: "x", emailVerifiedAt: new Date(), totpSecret: sealSecret(secret), totpEnabledAt: new Date() });
    const cookie = cookieFrom(await createSessionCookie(id, { mfaPending: true }));
    const code = await post(totpStep.action, "/inloggen/code", { code: currentTotp(secret), redirectTo: target }, { cookie });
    expect([code.status, code.location]).toEqual([302, "/"]);

    const { createToken } = await import("./tokens.server");
    const token = await createToken("verify_email", { userId: id });
    const confirmed = await post(verify.action, "/e-mail-bevestigen", { token, next: target });
    expect([confirmed.status, confirmed.location]).toEqual([302, "/inloggen?melding=bevestigd"]);
  });

  it("sign-up does not carry a hostile redirectTo into the verification link", async () => {
    const to = `signup-r-${suffix}@test.example`;
    const r = await post(signup.action, "/registreren", { name: "R", email: to, password: "een lang genoeg wachtwoord", redirectTo: "/\t/evil.example" }, { ip: "198.51.100.12" });
    expect(r.status).toBe(200);
    const [mail] = await getDb().select().from(s.devMail).where(eq(s.devMail.to, to));
    expect(mail.text).toContain("/e-mail-bevestigen?token=");
    expect(mail.text).not.toContain("next=");
  });

  it("logs authentication events without passwords or tokens", async () => {
    const rows = await getDb().select().from(s.securityEvents);
    const text = JSON.stringify(rows);
    expect(rows.some((r) => r.event === "auth.login_failed")).toBe(true);
    expect(rows.some((r) => r.event === "access.denied" || r.event === "auth.login")).toBe(true);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain("wrong password!");
  });
});
