import { expect, test, type Page } from "@playwright/test";
import { axeBothLanguages, expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD as PASSWORD, hubLogIn, logIn, openFromSearch } from "./helpers";

/** The demo municipality account (contact of the first published demo challenge, a verified member of Amsterdam). */
const MUNI = "s.verhoeven@amsterdam.example";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function newDraft(page: Page, title: string) {
  await page.goto("/mijn/opgaven/nieuw");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Opgave aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aangemaakt als concept" })).toBeVisible();
  await expect(page).toHaveURL(/\/mijn\/opgaven\/[0-9a-f-]{36}/);
  return page.url();
}

test.describe("challenge intake", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a municipality drafts, staff request changes, the owner resubmits, staff publish, the owner records an outcome", async ({ page, browser }) => {
    page.on("dialog", () => {
      throw new Error("a script ran: a dialog opened");
    });
    const word = `zwerfkeien${unique()}`;
    const title = `Slimme inzameling ${word}`;
    await logIn(page, MUNI, PASSWORD);
    await page.getByRole("link", { name: "Mijn opgaven" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn opgaven");
    await axeBothLanguages(page);
    await page.getByRole("link", { name: "Nieuwe opgave" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuwe opgave");
    await axeBothLanguages(page);

    // Live help while typing: the theme is suggested and can be ticked with a click.
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Samenvatting").fill("Overvolle containers, zwerfafval en hittestress in de binnenstad; wij zoeken hergebruik van grondstoffen.");
    const help = page.locator(".live-help");
    await expect(help.getByRole("button", { name: /Thema .* aanvinken/ }).first()).toBeVisible();
    const suggestion = help.getByRole("button", { name: /Thema .* aanvinken/ }).first();
    const label = (await suggestion.getAttribute("aria-label"))!.replace(/^Thema /, "").replace(/ aanvinken$/, "");
    await suggestion.click();
    await expect(page.getByRole("checkbox", { name: label, exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Opgave aanmaken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "aangemaakt als concept" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: label, exact: true })).toBeChecked();
    const editUrl = page.url();
    await axeBothLanguages(page);

    // Submitting an incomplete challenge lists what is missing.
    await page.getByRole("button", { name: "Indienen ter beoordeling" }).click();
    await expect(page.getByRole("alert")).toContainText("Beschrijf het probleem");
    await page.getByLabel("Probleemstelling").fill("Containers raken vol en <img src=x onerror=alert(1)> [klik](javascript:alert(1)) zwerfafval waait de straat op.");
    await page.getByLabel("Gewenst resultaat").fill("Minder zwerfafval en minder ritten.");
    await page.getByRole("button", { name: "Indienen ter beoordeling" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();

    // Staff request changes.
    const staff = await hubLogIn(browser, "intake-challenge", "/hub/beoordeling");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Beoordelen");
    await axeBothLanguages(staff);
    await staff.getByRole("link", { name: "Opgaven beoordelen" }).click();
    await axeBothLanguages(staff);
    await staff.getByRole("link", { name: title }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
    await axeBothLanguages(staff);
    await staff.getByRole("button", { name: "Wijzigingen vragen" }).click();
    await expect(staff.getByRole("alert")).toContainText("Vul een toelichting in");
    await staff.getByLabel("Wat moet er anders").fill("Voeg succescriteria toe.");
    await staff.getByRole("button", { name: "Wijzigingen vragen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De aanpassing is gevraagd" })).toBeVisible();

    // The owner sees the comment, fixes and resubmits.
    await page.goto(editUrl);
    await expect(page.locator(".review-comment")).toContainText("Voeg succescriteria toe.");
    await expect(page.locator(".history")).toContainText("Wijzigingen gevraagd");
    await page.getByLabel("Succescriteria").fill("- 20% minder zwerfafval");
    await page.getByRole("button", { name: "Indienen ter beoordeling" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();

    // Staff publish; a second publish from a stale page gets a clear message.
    await staff.reload();
    await staff.getByRole("button", { name: "Publiceren" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();
    await staff.context().close();

    // The challenge appears in public search once the index caught up; user text renders as text.
    await openFromSearch(page, "/opgaven", word, title);
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator('main a[href^="javascript"]')).toHaveCount(0);
    await expect(page.locator("main")).toContainText("<img src=x onerror=alert(1)>");

    // Its facets: a search that finds only this challenge counts it under its theme, province and status, and a
    // province facet keeps or drops it.
    await page.goto(`/opgaven?q=${word}`);
    await expect(page.getByRole("checkbox", { name: `${label} (1)`, exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Noord-Holland (1)", exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Open voor reacties (1)", exact: true })).toBeVisible();
    await page.goto(`/opgaven?q=${word}&provincie=PV27`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Noord-Holland (1)", exact: true })).toBeChecked();
    await page.goto(`/opgaven?q=${word}&provincie=PV28`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);

    // The owner closes and finishes with an outcome, which appears on the results page.
    await page.goto(editUrl);
    await page.getByRole("button", { name: "Sluiten voor reacties" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gesloten voor reacties" })).toBeVisible();
    await page.getByRole("button", { name: "Afronden met een uitkomst" }).click();
    await expect(page.getByRole("alert")).toContainText("Beschrijf wat er is getest");
    await page.getByLabel("Wat is er getest en wat kwam eruit").fill(`Slimme containers getest in ${word}.`);
    await page.getByLabel("Wat heeft u geleerd").fill("Begin met de drukste straten.");
    await page.getByRole("button", { name: "Afronden met een uitkomst" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Afgerond" })).toBeVisible();
    await axeBothLanguages(page);
    await page.getByRole("link", { name: "Resultaten" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resultaten");
    await expect(page.locator("main")).toContainText(`Slimme containers getest in ${word}.`);
    await expect(page.locator("main")).toContainText("Begin met de drukste straten.");
    await axeBothLanguages(page);
    await page.getByRole("link", { name: title }).click();
    await expect(page.locator("main")).toContainText("Begin met de drukste straten.");
  });

  test("a second editor's save shows the conflict and keeps their text", async ({ page, browser }) => {
    await logIn(page, MUNI, PASSWORD);
    const url = await newDraft(page, `Conflict ${unique()}`);
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await logIn(other, MUNI, PASSWORD);
    await other.goto(url);
    await page.getByLabel("Samenvatting").fill("Tekst van de eerste bewerker.");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
    await other.getByLabel("Samenvatting").fill("Tekst van de tweede bewerker.");
    await other.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(other.getByRole("alert").filter({ hasText: "intussen opgeslagen" })).toBeVisible();
    await expect(other.locator(".conflict")).toContainText("Samenvatting");
    await expect(other.getByLabel("Samenvatting")).toHaveValue("Tekst van de tweede bewerker.");
    await expectNoAxeViolations(other);
    // Saving again deliberately keeps the second editor's text.
    await other.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(other.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
    await expect(other.getByLabel("Samenvatting")).toHaveValue("Tekst van de tweede bewerker.");
    await otherContext.close();
  });

  test("a double click on create makes one challenge", async ({ page }) => {
    await logIn(page, MUNI, PASSWORD);
    const title = `Dubbelklik ${unique()}`;
    await page.goto("/mijn/opgaven/nieuw");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Opgave aanmaken" }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: "aangemaakt als concept" })).toBeVisible();
    await page.goto("/mijn/opgaven");
    await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  });

  test("the form works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, MUNI, PASSWORD);
    const title = `Zonder JavaScript ${unique()}`;
    await page.goto("/mijn/opgaven/nieuw");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Samenvatting").fill("Hittestress en hitte in de wijk: meer groen en koele plekken.");
    // Without JavaScript the suggestions come with a submit.
    await page.getByRole("button", { name: "Thema's voorstellen" }).click();
    await expect(page.locator(".live-help .tag").first()).toBeVisible();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await page.getByLabel("Titel", { exact: true }).fill("");
    await page.getByRole("button", { name: "Opgave aanmaken" }).click();
    await expect(page.getByRole("alert")).toContainText("Vul een titel in");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Regio toevoegen").selectOption({ label: "Zeeland" });
    await page.getByRole("button", { name: "Opgave aanmaken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "aangemaakt als concept" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Zeeland", exact: true })).toBeChecked();
    await page.getByLabel("Samenvatting").fill("Bijgewerkt zonder JavaScript.");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
    await expect(page.getByLabel("Samenvatting")).toHaveValue("Bijgewerkt zonder JavaScript.");
    await context.close();
  });
});
