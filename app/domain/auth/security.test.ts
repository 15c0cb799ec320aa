/** ASVS level 2 checks for the account code, run against the real test database through the route modules. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { hashPassword, passwordProblem } = await import("./password.server");
const { createSessionCookie, getSession } = await import("./session.server");
const { LOGIN_LIMITS, addressKey } = await import("./rate-limit.server");
const login = await import("../../routes/inloggen");
const logout = await import("../../routes/uitloggen");
const signup = await import("../../routes/registreren");
const forgot = await import("../../routes/wachtwoord-vergeten");
const account = await import("../../routes/account._index");
const totpStep = await import("../../routes/inloggen_.code");
const language = await import("../../routes/taal");
const verify = await import("../../routes/e-mail-bevestigen");
const { sealSecret } = await import("./secret-box.server");
const { makeUser } = await import("../../test/factories");
const { currentTotp, newTotpSecret } = await import("./totp.server");
const { safeRedirectPath } = await import("../../utils/redirect");

const PASSWORD = "correct horse battery staple";
const suffix = Math.random().toString(36).slice(2, 8);
const email = `security-${suffix}@test.example`;
let userId = "";

beforeAll(async () => {
  userId = `sec-${suffix}`;
  await makeUser({ id: userId, email, name: "Sec Test", password: PASSWORD });
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
  const fail = (target: string, ip: string) => post(login.action, "/inloggen", { email: target, password: "wrong password!" }, { ip });

  it("answers 429 with Retry-After after too many failures for one account from one address, and only there", async () => {
    const target = `limited-${suffix}@test.example`;
    await makeUser({ id: `lim-${suffix}`, email: target, name: "Lim", password: PASSWORD });
    for (let i = 0; i < LOGIN_LIMITS.perAccountPerIp; i++) expect((await fail(target, "192.0.2.1")).status).toBe(401);
    const blocked = await fail(target, "192.0.2.1");
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ formError: "auth.rateLimited" });
    expect(blocked.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(Number(blocked.headers.get("Retry-After"))).toBeLessThanOrEqual(LOGIN_LIMITS.windowSeconds);
    // Blocked before the password is checked: the right password from that address is refused too.
    expect((await post(login.action, "/inloggen", { email: target, password: PASSWORD }, { ip: "192.0.2.1" })).status).toBe(429);
    // The account's owner elsewhere is not locked out by one address's failures.
    expect((await post(login.action, "/inloggen", { email: target, password: PASSWORD }, { ip: "192.0.2.2" })).status).toBe(302);
  });

  it("does not count successful logins: a user who logs in often is never locked out", async () => {
    const target = `often-${suffix}@test.example`;
    await makeUser({ id: `often-${suffix}`, email: target, name: "Often", password: PASSWORD });
    for (let i = 0; i < LOGIN_LIMITS.perAccountPerIp + 2; i++) {
      const r = await post(login.action, "/inloggen", { email: target, password: PASSWORD }, { ip: "192.0.2.20" });
      expect(r.status, `login ${i + 1}`).toBe(302);
    }
  });

  it("a successful login resets the account's failures", async () => {
    const target = `reset-${suffix}@test.example`;
    await makeUser({ id: `rst-${suffix}`, email: target, name: "Reset", password: PASSWORD });
    for (let i = 0; i < LOGIN_LIMITS.perAccountPerIp - 1; i++) expect((await fail(target, "192.0.2.30")).status).toBe(401);
    expect((await post(login.action, "/inloggen", { email: target, password: PASSWORD }, { ip: "192.0.2.30" })).status).toBe(302);
    for (let i = 0; i < LOGIN_LIMITS.perAccountPerIp; i++) expect((await fail(target, "192.0.2.30")).status, `failure ${i + 1}`).toBe(401);
    expect((await fail(target, "192.0.2.30")).status).toBe(429);
  });

  it("blocks the account for everyone after failures from many addresses (bounded by the window)", async () => {
    const target = `spread-${suffix}@test.example`;
    await makeUser({ id: `spr-${suffix}`, email: target, name: "Spread", password: PASSWORD });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) expect((await fail(target, `192.0.2.${100 + i}`)).status).toBe(401);
    const blocked = await post(login.action, "/inloggen", { email: target, password: PASSWORD }, { ip: "192.0.2.99" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeLessThanOrEqual(LOGIN_LIMITS.windowSeconds);
    // Blocked attempts are not counted: the lock ends when the failures age out, however often it is tried.
    const rows = await getDb().select().from(s.rateLimits).where(eq(s.rateLimits.bucket, `login:fail:account:${target}`));
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(LOGIN_LIMITS.perAccount);
    // The owner gets out at once through a password reset (the mailbox proves who they are).
    const { createToken } = await import("./tokens.server");
    const { resetPassword } = await import("./signup.server");
    expect(await resetPassword(makeRequest("/wachtwoord-herstellen"), await createToken("reset_password", { userId: `spr-${suffix}` }), PASSWORD)).toBe(true);
    expect((await post(login.action, "/inloggen", { email: target, password: PASSWORD }, { ip: "192.0.2.99" })).status).toBe(302);
  });

  it("counts an IPv6 client per /64 (one subscriber's whole network), an IPv4-mapped address as IPv4", async () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::5")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("unknown")).toBe("unknown");
    const target = `v6-${suffix}@test.example`;
    for (let i = 0; i < LOGIN_LIMITS.perAccountPerIp; i++) expect((await fail(target, `2001:db8:6:6::${i + 1}`)).status).toBe(401);
    expect((await fail(target, "2001:db8:6:6:ffff::1")).status).toBe(429);
    expect((await fail(target, "2001:db8:6:7::1")).status).toBe(401);
  });

  it("limits attempts per IP address across accounts", async () => {
    const ip = "192.0.2.250";
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      await post(login.action, "/inloggen", { email: `ip-${i}-${suffix}@test.example`, password: "wrong password!" }, { ip });
    }
    const blocked = await post(login.action, "/inloggen", { email: `ip-x-${suffix}@test.example`, password: "wrong password!" }, { ip });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("Retry-After")).toMatch(/^\d+$/);
  });

  it("document and data responses keep Retry-After (the routes' headers pass it on)", () => {
    const actionHeaders = new Headers({ "Retry-After": "120" });
    const parentHeaders = new Headers({ "Cache-Control": "private, no-store" });
    for (const route of [login, signup, totpStep]) {
      const headers = new Headers(
        (route as { headers?: (a: never) => HeadersInit }).headers?.({ actionHeaders, loaderHeaders: new Headers(), parentHeaders, errorHeaders: undefined } as never),
      );
      expect(headers.get("Retry-After")).toBe("120");
      expect(headers.get("Cache-Control")).toBe("private, no-store");
    }
  });
});

describe("TOTP step limit", () => {
  const secret = newTotpSecret();
  const totpUser = `totp-lim-${suffix}`;
  beforeAll(async () => {
    await makeUser({ id: totpUser, name: "Totp Lim", password: PASSWORD, totpSecret: sealSecret(secret), totpEnabledAt: new Date() });
  });
  const wrongCode = () => (currentTotp(secret) === "000000" ? "111111" : "000000");

  it("counts wrong codes only, resets on success, and answers 429 with Retry-After and its own message", async () => {
    let cookie = cookieFrom(await createSessionCookie(totpUser, { mfaPending: true }));
    for (let i = 0; i < 9; i++) expect((await post(totpStep.action, "/inloggen/code", { code: wrongCode() }, { cookie })).status).toBe(400);
    const ok = await post(totpStep.action, "/inloggen/code", { code: currentTotp(secret) }, { cookie });
    expect(ok.status).toBe(302);
    cookie = cookieFrom(await createSessionCookie(totpUser, { mfaPending: true }));
    for (let i = 0; i < 10; i++) expect((await post(totpStep.action, "/inloggen/code", { code: wrongCode() }, { cookie })).status, `wrong code ${i + 1}`).toBe(400);
    const blocked = await post(totpStep.action, "/inloggen/code", { code: wrongCode() }, { cookie });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ errors: { code: "totp.rateLimited" } });
    expect(blocked.headers.get("Retry-After")).toMatch(/^\d+$/);
  });
});

describe("sign-up limit", () => {
  it("answers 429 with Retry-After and a sign-up message", async () => {
    const ip = "198.51.100.77";
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 21; i++) {
      last = await post(signup.action, "/registreren", { name: "X", email: `burst-${i}-${suffix}@test.example`, password: "een lang genoeg wachtwoord" }, { ip });
    }
    expect(last!.status).toBe(429);
    expect(last!.body).toMatchObject({ errors: { form: "auth.signupRateLimited" } });
    expect(last!.headers.get("Retry-After")).toMatch(/^\d+$/);
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
    await makeUser({ id, name: "Totp R", passwordHash: "x", totpSecret: sealSecret(secret), totpEnabledAt: new Date() });
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
