import { expect, test, type Browser, type Page } from "@playwright/test";
import { axeBothLanguages, expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, hubLogIn, logIn, openFromSearch, registerCompanyMember } from "./helpers";

/** The demo municipality account: a verified member of Gemeente Amsterdam. */
const MUNI = "s.verhoeven@amsterdam.example";
const PASSWORD = "een lange zin als wachtwoord";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A new account that registers its own company (so specs running in parallel never share one). */
const companyMember = async (page: Page, name = "Cas Compagnie") => (await registerCompanyMember(page, name, PASSWORD)).email;

async function newDraft(page: Page, title: string) {
  await page.goto("/mijn/oplossingen/nieuw");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByRole("status").filter({ hasText: "concept is opgeslagen" })).toBeVisible();
  await expect(page).toHaveURL(/\/mijn\/oplossingen\/[0-9a-f-]{36}/);
  return page.url().split("?")[0];
}

async function secondSession(browser: Browser, email: string, js = true) {
  const context = await browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  await logIn(page, email, PASSWORD);
  return page;
}

test.describe("solution intake", () => {
  test.describe.configure({ timeout: 240_000 });

  test("a company drafts and submits, staff request changes, the company resubmits, staff publish, the municipality confirms", async ({ page, browser }) => {
    page.on("dialog", () => {
      throw new Error("a script ran: a dialog opened");
    });
    const word = `warmtescan${unique()}`;
    const title = `Warmtescan ${word}`;
    await companyMember(page);
    await page.getByRole("link", { name: "Mijn oplossingen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn oplossingen");
    await axeBothLanguages(page);
    await page.getByRole("link", { name: "Nieuwe oplossing" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuwe oplossing");
    await axeBothLanguages(page);

    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Samenvatting").fill(`Een ${word} die warmteverlies per woning laat zien 🚀.`);
    await page.getByLabel("Beschrijving").fill("Werkt met **thermografie**. <img src=x onerror=alert(1)> [klik](javascript:alert(1))");
    await page.getByRole("checkbox", { name: "Energietransitie", exact: true }).check();
    await page.getByRole("checkbox", { name: "Gemeenten", exact: true }).check();
    await page.getByRole("checkbox", { name: "Open source", exact: true }).check();
    await page.getByLabel("Open-sourcelicentie").fill("EUPL-1.2");
    await page.getByRole("button", { name: "Overheid toevoegen" }).click();
    await page.locator("#dep-0-code").selectOption({ label: "Amsterdam" });
    await page.getByRole("button", { name: "Overheid toevoegen" }).click();
    await page.locator("#dep-1-code").selectOption({ label: "Rotterdam" });
    await page.locator("#dep-1-status").selectOption({ label: "Gepland" });
    // The browser checks with the server's rules: the bad website is refused before anything is posted.
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await page.getByLabel("Website").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Indienen ter beoordeling" }).click();
    await expect(page.getByRole("alert")).toContainText("begint met https://");
    await expect(page.locator("#dep-1-code")).toHaveValue("GM0599");
    expect(posts).toEqual([]);
    await page.getByLabel("Website").fill("https://warmtescan.example");
    await page.getByRole("button", { name: "Indienen ter beoordeling" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();
    // After submitting, a read-only preview as the hub will see it (as for a challenge), with a way back to the form.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator(".review-preview")).toContainText(title);
    await expect(page.getByLabel("Titel", { exact: true })).toHaveCount(0);
    const editUrl = page.url().split("?")[0];
    await axeBothLanguages(page);
    await page.getByRole("link", { name: "Toch nog iets wijzigen" }).click();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);

    // Staff request changes.
    const staff = await hubLogIn(browser, "intake-solution", "/hub/beoordeling/oplossingen");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Oplossingen beoordelen");
    await axeBothLanguages(staff);
    await staff.getByRole("link", { name: title }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
    await axeBothLanguages(staff);
    await staff.getByRole("button", { name: "Wijzigingen vragen" }).click();
    await expect(staff.getByRole("alert")).toContainText("Schrijf wat er moet veranderen");
    await staff.getByLabel("Wat moet er anders?").fill("Noem een prijsmodel.");
    await staff.getByRole("button", { name: "Wijzigingen vragen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "gevraagd de oplossing te wijzigen" })).toBeVisible();

    // The company sees the comment and the history, fixes and resubmits.
    await page.goto(editUrl);
    await expect(page.locator("main")).toContainText("Noem een prijsmodel.");
    await expect(page.locator(".history")).toContainText("Wijzigingen gevraagd");
    await page.getByLabel("Prijsmodel").selectOption({ label: "Abonnement" });
    await page.getByRole("button", { name: "Indienen ter beoordeling" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();

    // Staff publish.
    await staff.reload();
    await staff.getByRole("button", { name: "Publiceren" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();
    await staff.context().close();

    // Public search finds it once the index caught up; the page lists both deployments; user text stays text.
    await openFromSearch(page, "/oplossingen", word, title);
    const deployments = page.locator("section", { has: page.getByRole("heading", { name: "In gebruik bij" }) });
    await expect(deployments).toContainText("Amsterdam");
    await expect(deployments).toContainText("Rotterdam");
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator('main a[href^="javascript"]')).toHaveCount(0);
    await expect(page.locator("main")).toContainText("<img src=x onerror=alert(1)>");
    const publicUrl = page.url();

    // Its facets: a search that finds only this solution counts it under its theme.
    await page.goto(`/oplossingen?q=${word}`);
    await expect(page.getByRole("checkbox", { name: "Energietransitie (1)", exact: true })).toBeVisible();
    await page.goto(`/oplossingen?q=${word}&thema=energietransitie`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(publicUrl);

    // A member of Amsterdam confirms the deployment; the public page says so.
    const muniContext = await browser.newContext();
    const muni = await muniContext.newPage();
    await logIn(muni, MUNI, DEMO_PASSWORD);
    await muni.getByRole("link", { name: "Vermeldingen" }).click();
    await expect(muni.getByRole("heading", { level: 1 })).toHaveText("Vermeldingen van onze organisatie");
    await axeBothLanguages(muni);
    await muni.getByRole("button", { name: `Bevestigen: ${title}` }).click();
    await expect(muni.getByRole("status").filter({ hasText: "bevestigd" })).toBeVisible();
    // Confirmed: nothing left to confirm for it.
    await expect(muni.getByRole("button", { name: `Bevestigen: ${title}` })).toHaveCount(0);
    await muniContext.close();
    await page.goto(publicUrl);
    await expect(deployments.locator("li", { hasText: "Amsterdam" })).toContainText("bevestigd door de gemeente");
    await expect(deployments.locator("li", { hasText: "Rotterdam" })).not.toContainText("bevestigd");

    // The dashboard shows the published solution with the open challenges that fit.
    await page.goto("/mijn/oplossingen");
    await expect(page.locator(".record-list")).toContainText("Gepubliceerd");
    await expect(page.getByRole("heading", { name: `Open opgaven voor ${title}` })).toBeVisible();
    await axeBothLanguages(page);
  });

  test("a second editor's save shows the conflict and keeps their text", async ({ page, browser }) => {
    const email = await companyMember(page);
    const url = await newDraft(page, `Conflict ${unique()}`);
    const other = await secondSession(browser, email);
    await other.goto(url);
    await page.getByLabel("Samenvatting").fill("Tekst van de eerste bewerker.");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
    await other.getByLabel("Samenvatting").fill("Tekst van de tweede bewerker.");
    await other.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(other.getByRole("alert")).toContainText("intussen opgeslagen");
    await expect(other.getByLabel("Samenvatting")).toHaveValue("Tekst van de tweede bewerker.");
    await expectNoAxeViolations(other);
    // Saving again deliberately keeps the second editor's text.
    await other.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(other.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
    await expect(other.getByLabel("Samenvatting")).toHaveValue("Tekst van de tweede bewerker.");
    await other.context().close();
  });

  test("a double click on save makes one solution", async ({ page }) => {
    await companyMember(page);
    const title = `Dubbelklik ${unique()}`;
    await page.goto("/mijn/oplossingen/nieuw");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Opslaan als concept" }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: "concept is opgeslagen" })).toBeVisible();
    await page.goto("/mijn/oplossingen");
    await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  });

  test("the form, with its deployment rows, works without JavaScript", async ({ page, browser }) => {
    const email = await companyMember(page);
    const nojs = await secondSession(browser, email, false);
    const title = `Zonder JavaScript ${unique()}`;
    await nojs.goto("/mijn/oplossingen/nieuw");
    await nojs.getByLabel("Titel", { exact: true }).fill(title);
    await nojs.getByRole("button", { name: "Overheid toevoegen" }).click();
    await expect(nojs.locator("#dep-0-code")).toBeVisible();
    await expect(nojs.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await nojs.locator("#dep-0-code").selectOption({ label: "Amsterdam" });
    await nojs.getByRole("button", { name: "Overheid toevoegen" }).click();
    await nojs.getByRole("button", { name: "Overheid 2 verwijderen" }).click();
    await expect(nojs.locator("#dep-1-code")).toHaveCount(0);
    await expect(nojs.locator("#dep-0-code")).toHaveValue("GM0363");
    await nojs.getByLabel("Titel", { exact: true }).fill("");
    await nojs.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(nojs.getByRole("alert")).toContainText("Vul een titel in");
    await nojs.getByLabel("Titel", { exact: true }).fill(title);
    await nojs.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(nojs.getByRole("status").filter({ hasText: "concept is opgeslagen" })).toBeVisible();
    await expect(nojs.locator("#dep-0-code")).toHaveValue("GM0363");
    await nojs.context().close();
  });
});
