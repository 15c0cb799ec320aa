/** The trust pages: privacy statement, contact/colophon and accessibility statement, in Dutch and English. */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, switchLanguage } from "./axe";
import { TRUST_ENV } from "./trust-config";

const PAGES = [
  { path: "/privacy", nl: "Privacyverklaring", en: "Privacy statement", footerNl: "Privacyverklaring", email: TRUST_ENV.PRIVACY_CONTACT_EMAIL },
  { path: "/contact", nl: "Contact en colofon", en: "Contact and colophon", footerNl: "Contact en colofon", email: TRUST_ENV.CONTACT_EMAIL },
  {
    path: "/toegankelijkheid",
    nl: "Toegankelijkheidsverklaring",
    en: "Accessibility statement",
    footerNl: "Toegankelijkheidsverklaring",
    email: TRUST_ENV.ACCESSIBILITY_CONTACT_EMAIL,
  },
] as const;

const footer = (page: Page) => page.getByRole("contentinfo");

/** The page's heading and <title> are in the page language. */
async function expectTitled(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page).toHaveTitle(`${heading} · Opgavenmarkt`);
}

test.describe("trust pages", () => {
  // Two axe runs per page on a shared two-core machine.
  test.describe.configure({ timeout: 60_000 });

  for (const p of PAGES) {
    test(`${p.path} is reached from the footer, shows the configured address and passes axe in Dutch and English`, async ({ page }) => {
      await page.goto("/");
      await footer(page).getByRole("link", { name: p.footerNl, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${p.path}$`));
      await expectTitled(page, p.nl);
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
      await expect(page.locator(`main a[href="mailto:${p.email}"]`).first()).toHaveText(p.email);
      await expect(page.locator("main")).toContainText(TRUST_ENV.CONTROLLER_NAME);
      await expectNoAxeViolations(page);

      await switchLanguage(page, "English");
      await expect(page).toHaveURL(new RegExp(`${p.path}$`));
      await expectTitled(page, p.en);
      await expect(page.locator(`main a[href="mailto:${p.email}"]`).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("the footer links to all three pages in English too", async ({ page }) => {
    await page.goto("/opgaven");
    await switchLanguage(page, "English");
    for (const p of PAGES) {
      await footer(page).getByRole("link", { name: p.en, exact: true }).click();
      await expectTitled(page, p.en);
    }
  });

  test("the privacy statement names the controller, the real periods and the ways to use one's rights", async ({ page }) => {
    await page.goto("/privacy");
    const main = page.locator("main");
    // Periods come from the code that enforces them.
    await expect(main).toContainText("na 30 minuten zonder activiteit en uiterlijk 12 uur na het inloggen");
    await expect(main).toContainText("24 uur (e-mailadres bevestigen), 1 uur (nieuw wachtwoord) of 7 dagen (uitnodiging)");
    await expect(main.getByRole("link", { name: "download alle gegevens die we over u bewaren" })).toHaveAttribute("href", "/account/gegevens");
    await expect(main.getByRole("link", { name: "verwijder uw account" })).toHaveAttribute("href", "/account/verwijderen");
    await expect(main.getByRole("link", { name: "Autoriteit Persoonsgegevens" })).toHaveAttribute("href", /autoriteitpersoonsgegevens\.nl/);
    // CONTROLLER_ADDRESS and HOSTING_PROVIDER are unset in the test server: the page says these are examples.
    const notice = main.getByRole("region", { name: "Voorbeeldgegevens" });
    await expect(notice).toContainText("CONTROLLER_ADDRESS");
    await expect(notice).toContainText("HOSTING_PROVIDER");
    await expect(notice).not.toContainText("PRIVACY_CONTACT_EMAIL");
  });

  test("the export link works for a signed-out visitor: it asks to log in first", async ({ page }) => {
    await page.goto("/privacy");
    await page.getByRole("link", { name: "download alle gegevens die we over u bewaren" }).click();
    await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Faccount%2Fgegevens/);
  });

  test("the accessibility statement follows the model: status, dated evaluation, known issues, contact, ombudsman", async ({ page }) => {
    await page.goto("/toegankelijkheid");
    const main = page.locator("main");
    for (const heading of ["Nalevingsstatus", "Onderzoek", "Bekende problemen", "Opstelling van deze verklaring", "Feedback en contactgegevens", "Klachten en handhaving"]) {
      await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(main).toContainText("Status C: eerste maatregelen genomen.");
    await expect(main).toContainText("Datum van de laatste toetsing: 6 december 2026.");
    await expect(main).toContainText("Deze verklaring is opgesteld op 6 december 2026");
    await expect(main).toContainText("axe-core");
    await expect(main.getByRole("link", { name: "Nationale ombudsman" })).toHaveAttribute("href", "https://www.nationaleombudsman.nl/");
    await switchLanguage(page, "English");
    await expect(main).toContainText("drawn up on 6 December 2026");
  });
});
