import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, switchLanguage } from "./axe";
import { hubLogIn, totpCode, uniqueEmail } from "./helpers";
import { nl } from "../app/i18n/nl";
import { en } from "../app/i18n/en";

/**
 * Issue 12, "done means": a new civil servant, a new company and a new hub broker each go from sign-up to their
 * first useful action by clicking only: links and buttons on the pages they land on, and the links in their mail
 * (the development outbox stands for their mail client; opening it is the one address a person "types"). Once in
 * Dutch, once in English, with axe on every page of the walk. The broker is invited to the hub team by a hub admin,
 * sets up two-step verification by clicking, and verifies the new civil servant as their first action.
 */
const PASSWORD = "een lange zin als wachtwoord";
type Lang = "nl" | "en";

/** A UI string by its key in the message tree, with {{placeholders}} filled in. */
function msg(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = lang === "nl" ? nl : en;
  for (const part of key.split(".")) node = (node as Record<string, unknown>)?.[part];
  if (typeof node !== "string") throw new Error(`no message ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v]));
}
const exact = (s: string) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Axe on the page as it is now (the walk itself is in one language). */
async function check(page: Page) {
  await expect(page.locator("main")).toBeVisible();
  await expectNoAxeViolations(page);
}

/** From the start page: sign up, open the mail from the link on the page, confirm; ends signed in. */
async function signUpFromStart(page: Page, lang: Lang, name: string, email: string) {
  await page.goto("/");
  if (lang === "en") await switchLanguage(page, "English");
  await page.getByRole("banner").getByRole("link", { name: msg(lang, "nav.signup") }).click();
  await fillSignUp(page, lang, name, email);
}

async function fillSignUp(page: Page, lang: Lang, name: string, email: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "signup.title"));
  await check(page);
  await page.getByLabel(msg(lang, "signup.name")).fill(name);
  await page.getByLabel(msg(lang, "login.email")).fill(email);
  await page.getByLabel(msg(lang, "login.password")).fill(PASSWORD);
  await page.getByRole("button", { name: msg(lang, "signup.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "signup.checkMailTitle"));
  await check(page);
  await page.getByRole("link", { name: msg(lang, "onboarding.outboxLink") }).click();
  await clickMailLink(page, email, msg(lang, "mail.verifySubject"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "verify.title"));
  await check(page);
  await page.getByRole("button", { name: msg(lang, "verify.submit") }).click();
}

/** In the outbox: the newest mail to `email` with this subject, and the link in it. */
async function clickMailLink(page: Page, email: string, subject: string) {
  const mail = page.locator(".mail-item", { hasText: email }).filter({ has: page.getByRole("heading", { name: subject }) }).first();
  await expect(mail).toBeVisible();
  await mail.locator(".mail-body a").first().click();
}

async function civilServant(page: Page, lang: Lang, name: string) {
  const email = uniqueEmail(`eerste-ambtenaar-${lang}`);
  await signUpFromStart(page, lang, name, email);
  await expect(page).toHaveURL(/\/organisatie\/kiezen\?welkom=1$/);
  await check(page);
  await page.getByLabel(msg(lang, "org.body")).selectOption({ label: "Gemeente Kampen" });
  await page.getByRole("button", { name: msg(lang, "org.join") }).click();
  await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);
  await expect(page.locator("main")).toContainText(msg(lang, "onboarding.next.pendingWho", { organisation: "Gemeente Kampen" }));
  await check(page);
  // First useful action: a first challenge, as a draft.
  await page.getByRole("link", { name: msg(lang, "onboarding.next.pendingAction") }).click();
  await check(page);
  await page.getByLabel(msg(lang, "intake.title"), { exact: true }).fill(`Eerste opgave van ${name}`);
  await page.getByRole("button", { name: msg(lang, "intake.create") }).click();
  await expect(page.getByRole("status").filter({ hasText: msg(lang, "intake.created") })).toBeVisible();
  await check(page);
}

async function company(page: Page, lang: Lang) {
  const email = uniqueEmail(`eerste-bedrijf-${lang}`);
  await signUpFromStart(page, lang, `Bo Bedrijf ${lang}`, email);
  await expect(page).toHaveURL(/\/organisatie\/kiezen\?welkom=1$/);
  const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  await page.getByLabel(msg(lang, "org.kvk")).fill(kvk);
  await page.getByLabel(msg(lang, "org.name")).fill(`Eerste Stap BV ${kvk}`);
  await page.getByRole("button", { name: msg(lang, "org.register") }).click();
  await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);
  await check(page);
  // First useful action: a first solution, saved as a draft.
  await page.getByRole("link", { name: msg(lang, "onboarding.next.providerAction") }).click();
  await check(page);
  await page.getByLabel(msg(lang, "solutionIntake.fields.title"), { exact: true }).fill(`Eerste oplossing ${kvk}`);
  await page.getByRole("button", { name: msg(lang, "solutionIntake.saveDraft") }).click();
  await expect(page.getByRole("status").filter({ hasText: msg(lang, "solutionIntake.saved.concept") })).toBeVisible();
  await check(page);
}

/** A hub admin invites the broker from /hub → Hub team; the broker accepts, signs up, enrols TOTP, lands on /hub. */
async function broker(browser: Browser, lang: Lang, pending: { name: string }) {
  const admin = await hubLogIn(browser, lang === "nl" ? "first-steps-nl" : "first-steps-en");
  await expect(admin).toHaveURL(/\/hub$/);
  if (lang === "en") await switchLanguage(admin, "English");
  await admin.getByRole("link", { name: msg(lang, "hubTeam.link") }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "hubTeam.title"));
  await check(admin);
  const email = uniqueEmail(`eerste-makelaar-${lang}`);
  await admin.getByLabel(msg(lang, "hubTeam.email")).fill(email);
  await admin.getByLabel(msg(lang, "hubTeam.role")).selectOption("hub_staff");
  await admin.getByRole("button", { name: msg(lang, "hubTeam.invite") }).click();
  await expect(admin.getByRole("status")).toHaveText(msg(lang, "hubTeam.invited", { email }));
  await expect(admin.getByRole("region", { name: msg(lang, "hubTeam.openTitle") })).toContainText(email);
  await check(admin);
  await admin.context().close();

  const context = await browser.newContext();
  const page = await context.newPage();
  // The broker opens their mail (the development outbox) and clicks the invitation.
  await page.goto(`/ontwikkeling/mail?aan=${encodeURIComponent(email)}`);
  await clickMailLink(page, email, msg(lang, "hubTeam.mailSubject"));
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Fuitnodiging/);
  if (lang === "en") await switchLanguage(page, "English");
  await page.getByRole("link", { name: msg(lang, "auth.signupLink") }).click();
  const name = `Mo Makelaar ${lang}`;
  await fillSignUp(page, lang, name, email);
  // Confirming signs in and returns to the invitation.
  await expect(page).toHaveURL(/\/uitnodiging\?token=/);
  await expect(page.locator("main")).toContainText(msg(lang, "hubInvite.intro", { role: msg(lang, "hubTeam.roles.hub_staff") }));
  await check(page);
  await page.getByRole("button", { name: msg(lang, "invite.accept") }).click();
  // Hub roles need a second factor: the enrolment page shows the secret (an authenticator app reads it).
  await expect(page).toHaveURL(/\/account\/tweestapsverificatie$/);
  await check(page);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel(msg(lang, "totp.code")).fill(totpCode(secret));
  await page.getByRole("button", { name: msg(lang, "totp.enrol") }).click();
  await expect(page).toHaveURL(/\/hub$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "hubHome.title"));
  await check(page);
  // First useful action: verify the new civil servant, from the count on /hub.
  await page.getByRole("region", { name: msg(lang, "hubHome.todayTitle") }).getByRole("link", { name: new RegExp(`${msg(lang, "hubHome.counts.verification_one").split(" ")[0]}`) }).click();
  await expect(page).toHaveURL(/\/hub\/verificatie$/);
  await check(page);
  await page.getByRole("button", { name: `${msg(lang, "hub.approve")}: ${pending.name}, Gemeente Kampen` }).click();
  await expect(page.getByRole("status")).toHaveText(exact(msg(lang, "hub.approved")));
  await check(page);
  await context.close();
}

test.describe("first steps, by clicking only", () => {
  test.describe.configure({ timeout: 300_000 });
  for (const lang of ["nl", "en"] as const) {
    test(`${lang}: a civil servant, a company and a hub broker reach their first useful action`, async ({ page, browser }) => {
      const name = `Anne Ambtenaar ${lang} ${Date.now()}`;
      await civilServant(page, lang, name);
      const other = await browser.newContext();
      await company(await other.newPage(), lang);
      await other.close();
      await broker(browser, lang, { name });
    });
  }
});
