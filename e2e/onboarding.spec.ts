import { expect, test, type Page } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { uniqueEmail } from "./helpers";

const PASSWORD = "een lange zin als wachtwoord";

/**
 * Issue 12, onboarding as one loop: from the start page, a new user signs up, reads the mail in the outbox,
 * confirms (and is signed in), chooses an organisation and is told what happens next, by clicking only. Axe runs on
 * the pages this loop added or changed, in Dutch and in English.
 */
async function signUpFromStartPage(page: Page, name: string, email: string) {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Account aanmaken" }).click();
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
  // No mail server on this installation: the page says where the mail is.
  await page.getByRole("link", { name: "Open de mail" }).click();
  const mail = page.locator(".mail-item", { hasText: email }).first();
  await expect(mail).toBeVisible();
  await mail.locator(".mail-body a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E-mailadres bevestigen");
  await expect(page.locator("main")).toContainText(`Bevestig dat ${email} uw e-mailadres is`);
}

async function confirmAndChoose(page: Page, name: string) {
  await page.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click();
  await expect(page).toHaveURL(/\/organisatie\/kiezen\?welkom=1$/);
  await expect(page.getByText(`Ingelogd als ${name}`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Uw e-mailadres is bevestigd en u bent ingelogd" })).toBeVisible();
}

test.describe("onboarding", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a new civil servant: sign up, confirm, choose a municipality, read what happens next, start a draft", async ({ page }) => {
    const name = "Noor Nieuw";
    const email = uniqueEmail("nieuw-ambtenaar");
    await signUpFromStartPage(page, name, email);
    await axeBothLanguages(page);
    await confirmAndChoose(page, name);
    await axeBothLanguages(page);

    await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Kampen" });
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gebeurt er nu?");
    const main = page.locator("main");
    await expect(main).toContainText("U bent aangesloten bij Gemeente Kampen.");
    await expect(main).toContainText("Medewerkers van de hub controleren of u namens Gemeente Kampen mag publiceren.");
    await expect(main).toContainText("Dat duurt meestal niet langer dan 2 werkdagen.");
    await expect(main).toContainText("Intussen kunt u al een opgave voorbereiden als concept.");
    await axeBothLanguages(page);

    await page.getByRole("link", { name: "Begin een eerste opgave (concept)" }).click();
    await page.getByLabel("Titel", { exact: true }).fill("Eerste concept van Noor");
    await page.getByRole("button", { name: "Opgave aanmaken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "aangemaakt als concept" })).toBeVisible();
  });

  test("a new company: sign up, confirm, register the company, read what happens next, open the solution form", async ({ page }) => {
    const name = "Bob Begin";
    const email = uniqueEmail("nieuw-bedrijf");
    await signUpFromStartPage(page, name, email);
    await confirmAndChoose(page, name);

    const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    await page.getByLabel("KvK-nummer").fill(kvk);
    await page.getByLabel("Naam van het bedrijf").fill(`Begin BV ${kvk}`);
    await page.getByRole("button", { name: "Bedrijf registreren" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);
    await expect(page.locator("main")).toContainText(`U bent aangesloten bij Begin BV ${kvk}.`);
    await expect(page.locator("main")).toContainText("publiceer een eerste oplossing");
    await axeBothLanguages(page);

    await page.getByRole("link", { name: "Publiceer een eerste oplossing" }).click();
    await expect(page).toHaveURL(/\/mijn\/oplossingen\/nieuw$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuwe oplossing");
  });

  test("a signed-in user without an organisation is told why on the chooser and sent on after joining", async ({ page }) => {
    const name = "Vera Verder";
    const email = uniqueEmail("verder");
    await signUpFromStartPage(page, name, email);
    await confirmAndChoose(page, name);
    // A page that needs an organisation, opened from a bookmark.
    await page.goto("/mijn/opgaven");
    await expect(page).toHaveURL(/\/organisatie\/kiezen\?redirectTo=%2Fmijn%2Fopgaven$/);
    await expect(page.getByRole("status").filter({ hasText: "Voor die pagina heeft u een organisatie nodig" })).toBeVisible();
    await axeBothLanguages(page);
    await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Kampen" });
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap\?redirectTo=%2Fmijn%2Fopgaven$/);
    await page.getByRole("link", { name: "Verder naar de pagina waar u was" }).click();
    await expect(page).toHaveURL(/\/mijn\/opgaven$/);
  });

  test("the next-steps page asks an anonymous visitor to log in", async ({ page }) => {
    await page.goto("/organisatie/volgende-stap");
    await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Forganisatie%2Fvolgende-stap$/);
  });
});
