import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, totpCode } from "./helpers";

/** Switch the interface language with the header button (a real form post). */
async function switchLanguage(page: Page, to: "English" | "Nederlands") {
  await page.getByRole("button", { name: to === "English" ? "Switch to English" : "Schakel naar Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to === "English" ? "en" : "nl");
}

test.describe("public pages", () => {
  test("home shows the hub, latest challenges and counts per theme", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen werk maken van maatschappelijke opgaven");
    await expect(page.getByRole("heading", { name: "Nieuwste opgaven" })).toBeVisible();
    await expect(page.locator("#latest-heading + .card-list > li")).toHaveCount(6);
    const energy = page.getByRole("link", { name: /Energietransitie\s+\d+ opgaven?/ });
    await expect(energy).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("challenge list searches Meilisearch with a theme filter and free text", async ({ page }) => {
    await page.goto("/opgaven");
    await expect(page.getByRole("status")).toHaveText(/\d+ resultaten/);
    await expectNoAxeViolations(page);
    await page.getByRole("group", { name: "Thema" }).getByRole("checkbox", { name: /^Klimaatadaptatie/ }).check();
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(page).toHaveURL(/thema=klimaatadaptatie/);
    const cards = page.locator(".card-list > li");
    await expect(cards.first()).toBeVisible();
    const count = await cards.count();
    for (let i = 0; i < count; i++) await expect(cards.nth(i).locator(".tags")).toContainText("Klimaatadaptatie");
    await page.getByLabel("Zoeken", { exact: true }).fill("hittestres");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/q=hittestres/);
    await expect(page.locator(".card-list mark").first()).toBeVisible();
  });

  test("challenge detail shows the full record", async ({ page }) => {
    await page.goto("/opgaven?q=aardgasvrij");
    const first = page.locator(".card-list > li h2 a").first();
    const title = await first.innerText();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "Probleemstelling" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kenmerken" })).toBeVisible();
    await expect(page.getByText("Inkooproute")).toBeVisible();
    const suggestions = page.locator("#matching-solutions + p + ol > li");
    await expect(suggestions.first()).toBeVisible();
    await expect(suggestions.first().getByText("Gedeelde thema's")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vergelijkbare opgaven elders" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a page reached in the browser loads the strings it adds, once, before it shows (issue 15)", async ({ page }) => {
    const strings: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/i18n/")) strings.push(new URL(r.url()).pathname);
    });
    await page.goto("/opgaven?q=aardgasvrij");
    await page.waitForFunction(() => "__remixRouter" in window);
    // The list's file: the base areas and what the list adds, no more.
    await expect.poll(() => strings).toEqual([expect.stringMatching(/^\/i18n\/nl\.[0-9a-f]{12}\.common\.public\.vocabulary-labels\.titles\.browse\.joint\.json$/)]);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const first = page.locator(".card-list > li h2 a").first();
    const title = await first.innerText();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    // Strings of areas only the challenge page uses (procurement, brokering) are there, not their keys.
    await expect(page.getByText("Inkooproute")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("procurement.");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // One more file, with only the areas the list did not have.
    expect(strings).toHaveLength(2);
    expect(strings[1]).toMatch(/^\/i18n\/nl\.[0-9a-f]{12}\.intake\.brokering\.owners\.judgements\.procurement\.consultation\.json$/);
    await expectNoAxeViolations(page);
    // In English (a new document), back to the list through the menu: only the list's own area is added.
    await switchLanguage(page, "English");
    await page.waitForFunction(() => "__remixRouter" in window);
    await expect.poll(() => strings.length).toBe(3);
    expect(strings[2]).toMatch(/^\/i18n\/en\.[0-9a-f]{12}\.common\.public\.vocabulary-labels\.titles\.intake\.brokering\.owners\.judgements\.procurement\.consultation\.joint\.json$/);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Challenges" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Challenges");
    await expect(page.getByRole("group", { name: "Theme" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(strings).toHaveLength(4);
    expect(strings[3]).toMatch(/^\/i18n\/en\.[0-9a-f]{12}\.browse\.json$/);
    await switchLanguage(page, "Nederlands");
  });

  test("solution list and detail show deployments", async ({ page }) => {
    await page.goto("/oplossingen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oplossingen");
    await expectNoAxeViolations(page);
    await page.locator(".card-list > li", { hasText: "In gebruik bij" }).first().locator("h2 a").click();
    await expect(page.getByRole("heading", { name: "In gebruik bij" })).toBeVisible();
    await expect(page.getByText("Volwassenheid")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Open opgaven waar deze oplossing bij past" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("organisation page lists the organisation's challenges", async ({ page }) => {
    await page.goto("/opgaven?q=aardgasvrij");
    await page.locator(".card-list > li h2 a").first().click();
    await page.locator(".card-meta a").first().click();
    await expect(page.getByRole("heading", { name: "Opgaven van deze organisatie" })).toBeVisible();
    await expect(page.locator(".card-list > li").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("company organisation page lists its solutions", async ({ page }) => {
    await page.goto("/oplossingen");
    await page.locator(".card-list > li h2 a").first().click();
    await page.locator("article .card-meta a").first().click();
    await expect(page.getByRole("heading", { name: "Oplossingen van deze organisatie" })).toBeVisible();
    await expect(page.getByText("KvK-nummer")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("accessibility statement", async ({ page }) => {
    await page.goto("/toegankelijkheid");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheidsverklaring");
    await expectNoAxeViolations(page);
  });

  test("unknown pages get a friendly 404 without a stack trace", async ({ page }) => {
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await expect(page.locator("body")).not.toContainText(/at \S+:\d+:\d+|Error:/);
    await expectNoAxeViolations(page);
    const missing = await page.goto("/opgaven/bestaat-niet");
    expect(missing?.status()).toBe(404);
  });

  test("login page validates input and keeps the e-mail", async ({ page }) => {
    await page.goto("/inloggen");
    await expectNoAxeViolations(page);
    await page.getByLabel("E-mailadres").fill("geen-email");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Vul een geldig e-mailadres in", { exact: false }).first()).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-email");
    await expectNoAxeViolations(page);
  });
});

test.describe("keyboard", () => {
  test("the first Tab reaches the skip link, which moves focus to the content", async ({ page }) => {
    await page.goto("/opgaven");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#inhoud")).toBeFocused();
  });

  test("search works with the keyboard only", async ({ page }) => {
    await page.goto("/oplossingen");
    await page.getByLabel("Zoeken", { exact: true }).focus();
    await page.keyboard.type("heat stress");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=heat\+stress/);
    await expect(page.locator(".card-list > li").first()).toBeVisible();
  });
});

test.describe("language switch", () => {
  // Five pages with an axe run each: more than the default 30 s on a busy two-core machine.
  test.describe.configure({ timeout: 60_000 });
  test("switches every page to English and back, and keeps the page", async ({ page }) => {
    await page.goto("/opgaven?thema=energietransitie");
    await switchLanguage(page, "English");
    await expect(page).toHaveURL(/\/opgaven\?thema=energietransitie/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Challenges");
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    await expectNoAxeViolations(page);
    for (const path of ["/", "/oplossingen", "/toegankelijkheid", "/inloggen"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoAxeViolations(page);
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in");
    await switchLanguage(page, "Nederlands");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
  });
});

test.describe("demo login", () => {
  test("hub staff logs in with password and TOTP code, and out", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill("sanne.dewit@digicampus.example");
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inlogcode");
    await expectNoAxeViolations(page);
    await page.getByLabel("Code").fill("12345");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Vul de code van zes cijfers", { exact: false }).first()).toBeVisible();
    await page.getByLabel("Code").fill(totpCode(DEMO_TOTP_SECRET));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Ingelogd als Sanne de Wit")).toBeVisible();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  });

  test("a wrong password gets one message that does not reveal whether the account exists", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill("sanne.dewit@digicampus.example");
    await page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert")).toContainText("De combinatie van e-mailadres en wachtwoord is onbekend.");
    await page.getByLabel("E-mailadres").fill("niemand@nergens.example");
    await page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert")).toContainText("De combinatie van e-mailadres en wachtwoord is onbekend.");
  });
});
