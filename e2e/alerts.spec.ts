import { expect, test } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { DEMO_PASSWORD, logIn } from "./helpers";

// The demo company account (db/seed) has published solutions, so it is offered its default alert.
const COMPANY = "tomas.oliveira@heatscope.example";

test.describe("search alerts", () => {
  test("a company follows a search from /opgaven and its suggested default, then stops one", async ({ page, browser }) => {
    // A sign-in, six pages and eight axe scans (four pages in both languages): at the default 30 s this timed out
    // twice under two CI workers, each time in a later step, never on a failed expectation.
    test.setTimeout(90_000);
    await logIn(page, COMPANY, DEMO_PASSWORD);
    await page.goto("/opgaven?q=hitte&thema=klimaatadaptatie&pagina=2");
    await page.getByRole("link", { name: "Volg deze zoekopdracht" }).click();
    await expect(page).toHaveURL(/\/account\/zoekopdrachten\?/);
    const follow = page.getByRole("region", { name: "Deze zoekopdracht volgen" });
    await expect(follow).toContainText("Opgaven: “hitte” · Klimaatadaptatie");
    await expect(page.getByRole("region", { name: "Suggestie voor uw organisatie" })).toBeVisible();
    await axeBothLanguages(page);
    await follow.getByLabel("Wekelijks overzicht").check();
    await follow.getByRole("button", { name: "Volgen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "U volgt deze zoekopdracht." })).toBeVisible();
    await page.getByRole("region", { name: "Suggestie voor uw organisatie" }).getByRole("button", { name: "Volg deze opgaven" }).click();
    await expect(page.getByRole("status").filter({ hasText: "U volgt deze zoekopdracht." })).toBeVisible();
    await expect(page.locator(".alert-list > li")).toHaveCount(2);
    await expect(page.getByRole("region", { name: "Suggestie voor uw organisatie" })).toHaveCount(0);
    await axeBothLanguages(page);
    await page.locator(".alert-list > li").first().getByRole("button", { name: "Niet meer volgen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "U volgt deze zoekopdracht niet meer." })).toBeVisible();
    await expect(page.locator(".alert-list > li")).toHaveCount(1);

    // An altered unsubscribe link is refused with a message, without logging in.
    const context = await browser.newContext();
    const anonymous = await context.newPage();
    const response = await anonymous.goto("/zoekopdracht-afmelden?token=00000000-0000-4000-8000-000000000000.vervalst");
    expect(response?.status()).toBe(400);
    await expect(anonymous.getByRole("status").filter({ hasText: "Deze afmeldlink is niet geldig." })).toBeVisible();
    await axeBothLanguages(anonymous);
    await context.close();
  });
});
