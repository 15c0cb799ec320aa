import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, type Browser, type Page } from "@playwright/test";
import { hubEmail, type HubAccount } from "./hub-accounts";

/** The demo accounts' password and the hub accounts' TOTP secret, from their one place. */
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../db/seed/partners";

export { DEMO_PASSWORD, DEMO_TOTP_SECRET };

/** A TOTP code for the given secret, `offset` time steps from now (+1: the next step, which the server accepts). */
export function totpCode(secret: string, offset = 0): string {
  const step = Math.floor(Date.now() / 1000 / 30) + offset;
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), 6);
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@e2e.example`;

/** The newest link in the development outbox for `to` whose subject matches. */
export async function linkFromOutbox(page: Page, to: string, subject: RegExp): Promise<string> {
  await page.goto(`/ontwikkeling/mail?aan=${encodeURIComponent(to)}`);
  const mail = page.locator(".mail-item", { hasText: to }).filter({ has: page.getByRole("heading", { name: subject }) }).first();
  await expect(mail).toBeVisible();
  const href = await mail.locator(".mail-body a").first().getAttribute("href");
  expect(href).toBeTruthy();
  return new URL(href!).pathname + new URL(href!).search;
}

/** Log in; unless `expectSignedIn` is false, waits until the header shows the signed-in state. */
export async function logIn(page: Page, email: string, password: string, expectSignedIn = true) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (expectSignedIn) await expect(page.getByRole("button", { name: "Uitloggen", exact: true })).toBeVisible();
}

/** Sign up and verify through the dev outbox; confirming signs the account in: ends on the organisation chooser. */
export async function signUpAndVerify(page: Page, name: string, email: string, password: string) {
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kijk in uw mailbox");
  await page.goto(await linkFromOutbox(page, email, /Bevestig uw e-mailadres/));
  await page.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click();
  await expect(page).toHaveURL(/\/organisatie\/kiezen\?welkom=1$/);
  await expect(page.getByRole("button", { name: "Uitloggen", exact: true })).toBeVisible();
}

/**
 * Log in as this spec's own hub staff account (e2e/hub-accounts.ts) in a new browser context, ending on
 * `redirectTo`. A TOTP code is accepted once per step and account: when a test of the same spec used this step's
 * code already, wait for the next step (the clock decides when it exists) and use that one.
 */
export async function hubLogIn(browser: Browser, account: HubAccount, redirectTo = "/"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/inloggen?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel("E-mailadres").fill(hubEmail(account));
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  for (let attempt = 0; attempt < 3; attempt++) {
    await expect(page.getByLabel("Code")).toBeVisible();
    await page.getByLabel("Code").fill(totpCode(DEMO_TOTP_SECRET));
    await page.getByRole("button", { name: "Inloggen" }).click();
    const ok = await page
      .waitForURL((url) => !url.pathname.startsWith("/inloggen"), { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (ok) {
      // The URL changes before the next page shows: a client navigation waits for the string areas it adds (ADR 0028).
      await expect(page.getByLabel("Code")).toHaveCount(0);
      return page;
    }
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 200);
  }
  throw new Error(`hub login failed for ${hubEmail(account)}`);
}

/** Search `listPath` for `word` until the index has caught up and lists `title` once, then open it. */
export async function openFromSearch(page: Page, listPath: string, word: string, title: string) {
  await expect
    .poll(
      async () => {
        await page.goto(`${listPath}?q=${word}`);
        return page.getByRole("link", { name: title }).count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  await page.getByRole("link", { name: title }).click();
}

/** A new account that registers its own company (so specs running in parallel never share one); ends signed in. */
export async function registerCompanyMember(page: Page, name: string, password: string): Promise<{ email: string; company: string }> {
  const email = uniqueEmail("bedrijf");
  await signUpAndVerify(page, name, email, password);
  await page.goto("/organisatie/kiezen");
  const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  const company = `Oplossers BV ${kvk}`;
  await page.getByLabel("KvK-nummer").fill(kvk);
  await page.getByLabel("Naam van het bedrijf").fill(company);
  await page.getByRole("button", { name: "Bedrijf registreren" }).click();
  await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);
  return { email, company };
}
