/**
 * Onboarding as one loop (issue 12): confirming the address signs that account in and sends a new user to choose an
 * organisation; joining lands on "what happens next"; pages that need an organisation say so and send the user back.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie, getSession } = await import("../auth/session.server");
const { createToken } = await import("../auth/tokens.server");
const { nextStepFor, typicalVerificationWorkdays } = await import("./next-steps.server");
const confirm = await import("../../routes/e-mail-bevestigen");
const chooser = await import("../../routes/organisatie.kiezen");
const nextStep = await import("../../routes/organisatie.volgende-stap");
const myChallenges = await import("../../routes/mijn.opgaven._index");

const suffix = Math.random().toString(36).slice(2, 8);
const args = (request: Request) => ({ request, params: {}, context: {} }) as never;

async function newUser(key: string, extra: Partial<typeof s.users.$inferInsert> = {}) {
  const id = `onb-${key}-${suffix}`;
  await getDb().insert(s.users).values({ id, email: `${key}-${suffix}@onboarding.example`, name: `Onb ${key}`, ...extra });
  return id;
}
const confirmPost = (form: Record<string, string>, cookie?: string) => run(() => confirm.action(args(makeRequest("/e-mail-bevestigen", { form, cookie }))));
const sessionCookieOf = (headers: Headers) => {
  const set = headers.get("Set-Cookie") ?? "";
  return set ? cookieFrom(set.split(/,(?=[^;]+=)/).find((c) => !/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) ?? "") : "";
};

afterAll(async () => {
  await getSql().end();
});

describe("confirming the e-mail address", () => {
  it("signs in the account whose token it is and sends a user without an organisation to the chooser; the token is single use", async () => {
    const id = await newUser("new");
    const token = await createToken("verify_email", { userId: id });
    const page = await run(() => confirm.loader(args(makeRequest(`/e-mail-bevestigen?token=${token}`))));
    expect(page.body).toMatchObject({ email: `new-${suffix}@onboarding.example` });

    const r = await confirmPost({ token, next: "/" });
    expect(r).toMatchObject({ status: 302, location: "/organisatie/kiezen?welkom=1" });
    const cookie = sessionCookieOf(r.headers);
    expect(cookie).not.toBe("");
    const ctx = await getSession(makeRequest("/", { cookie }));
    expect(ctx.user?.id).toBe(id);
    expect(ctx.user?.emailVerified).toBe(true);

    const again = await confirmPost({ token, next: "/" });
    expect(again).toMatchObject({ status: 400, body: { error: "verify.invalid" } });
    expect(again.headers.get("Set-Cookie")).toBeNull();
  });

  it("ends a session the browser carried for another account", async () => {
    const other = await newUser("other", { emailVerifiedAt: new Date() });
    const otherCookie = cookieFrom(await createSessionCookie(other));
    const id = await newUser("switch");
    const token = await createToken("verify_email", { userId: id });
    const r = await confirmPost({ token, next: "/" }, otherCookie);
    expect((await getSession(makeRequest("/", { cookie: otherCookie }))).user).toBeNull();
    expect((await getSession(makeRequest("/", { cookie: sessionCookieOf(r.headers) }))).user?.id).toBe(id);
  });

  it("returns to where sign-up started (a checked path), and never off the site", async () => {
    const id = await newUser("next");
    const token = await createToken("verify_email", { userId: id });
    expect(await confirmPost({ token, next: "/uitnodiging?token=abc" })).toMatchObject({ status: 302, location: "/uitnodiging?token=abc" });
    const id2 = await newUser("evil");
    const token2 = await createToken("verify_email", { userId: id2 });
    expect(await confirmPost({ token: token2, next: "//evil.example/x" })).toMatchObject({ status: 302, location: "/organisatie/kiezen?welkom=1" });
  });

  it("an account with a second factor is not signed in: it logs in through the login page", async () => {
    const id = await newUser("totp", { totpSecret: "x", totpEnabledAt: new Date() });
    const token = await createToken("verify_email", { userId: id });
    const r = await confirmPost({ token, next: "/" });
    expect(r).toMatchObject({ status: 302, location: "/inloggen?melding=bevestigd" });
    expect(r.headers.get("Set-Cookie")).toBeNull();
    const [u] = await getDb().select().from(s.users).where(eq(s.users.id, id));
    expect(u.emailVerifiedAt).toBeInstanceOf(Date);
  });
});

describe("choosing an organisation, then what happens next", () => {
  let cookie = "";
  beforeAll(async () => {
    cookie = cookieFrom(await createSessionCookie(await newUser("chooser", { emailVerifiedAt: new Date() })));
  });

  it("a page that needs an organisation sends the user to the chooser, which says why and carries the page", async () => {
    const r = await run(() => myChallenges.loader(args(makeRequest("/mijn/opgaven?status=draft", { cookie }))));
    expect(r).toMatchObject({ status: 302, location: "/organisatie/kiezen?redirectTo=%2Fmijn%2Fopgaven%3Fstatus%3Ddraft" });
    const page = await run(() => chooser.loader(args(makeRequest(r.location!, { cookie }))));
    expect(page.body).toMatchObject({ redirectTo: "/mijn/opgaven?status=draft", welcome: false });
    const welcome = await run(() => chooser.loader(args(makeRequest("/organisatie/kiezen?welkom=1&redirectTo=%2F%2Fevil.example", { cookie }))));
    expect(welcome.body).toMatchObject({ redirectTo: "", welcome: true });
  });

  it("the next-steps page needs a signed-in user with an organisation", async () => {
    expect(await run(() => nextStep.loader(args(makeRequest("/organisatie/volgende-stap"))))).toMatchObject({
      status: 302,
      location: "/inloggen?redirectTo=%2Forganisatie%2Fvolgende-stap",
    });
    expect(await run(() => nextStep.loader(args(makeRequest("/organisatie/volgende-stap", { cookie }))))).toMatchObject({
      status: 302,
      location: "/organisatie/kiezen",
    });
  });

  it("joining a public body lands on what happens next: the hub verifies, how long, a draft meanwhile; the page asked for is offered", async () => {
    const join = await run(() =>
      chooser.action(args(makeRequest("/organisatie/kiezen", { cookie, form: { intent: "join", cbsCode: "GM0193", redirectTo: "/mijn/opgaven?status=draft" } }))),
    );
    expect(join).toMatchObject({ status: 302, location: "/organisatie/volgende-stap?redirectTo=%2Fmijn%2Fopgaven%3Fstatus%3Ddraft" });
    const page = await run(() => nextStep.loader(args(makeRequest(join.location!, { cookie }))));
    expect(page.body).toMatchObject({ organisation: "Gemeente Zwolle", step: "pendingVerification", workdays: 2, continueTo: "/mijn/opgaven?status=draft" });
  });

  it("registering a company lands on next steps with the solution form as the step; an unsafe redirectTo is dropped", async () => {
    const company = cookieFrom(await createSessionCookie(await newUser("company", { emailVerifiedAt: new Date() })));
    const kvk = String(10_000_000 + Math.floor(Math.random() * 8e7));
    const r = await run(() =>
      chooser.action(args(makeRequest("/organisatie/kiezen", { cookie: company, form: { intent: "company", kvkNumber: kvk, name: `Onb BV ${suffix}`, redirectTo: "/\t/evil.example" } }))),
    );
    expect(r).toMatchObject({ status: 302, location: "/organisatie/volgende-stap" });
    const page = await run(() => nextStep.loader(args(makeRequest(r.location!, { cookie: company }))));
    expect(page.body).toMatchObject({ step: "publishSolution", continueTo: null });
  });

  it("decides the case from the organisation kind and the membership, and reads the typical verification time", () => {
    expect(nextStepFor({ kind: "gemeente" }, { verified: true })).toBe("postChallenge");
    expect(nextStepFor({ kind: "waterschap" }, { verified: false })).toBe("pendingVerification");
    expect(nextStepFor({ kind: "kennisinstelling" }, { verified: true })).toBe("publishSolution");
    expect(nextStepFor({ kind: "hub-partner" }, { verified: true })).toBe("explore");
    expect(typicalVerificationWorkdays({})).toBe(2);
    expect(typicalVerificationWorkdays({ VERIFICATION_WORKDAYS: "5" })).toBe(5);
    expect(typicalVerificationWorkdays({ VERIFICATION_WORKDAYS: "twee" })).toBe(2);
  });
});
