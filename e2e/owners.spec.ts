import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { DEMO_PASSWORD as PASSWORD, logIn } from "./helpers";

/** The demo owner (Amsterdam) and the provider of the solution in conversation with its first challenge. */
const OWNER = "s.verhoeven@amsterdam.example";
const PROVIDER = "tomas.oliveira@heatscope.example";
const CHALLENGE = "Hittestress in dichtbebouwde wijken: waar is het het heetst en wie loopt risico?";
const CHALLENGE_SLUG = "amsterdam-hittestress-de-pijp-oud-west";
const SOLUTION = "CoolRoutes";

/** With SHOTS_DIR set, screenshots of the page at 1366 and 390 px wide (for the report, not compared). */
async function shots(page: Page, name: string, scrollTo?: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("owners' dashboards and pages", () => {
  test.describe.configure({ timeout: 120_000 });

  test("an owner sees who responded and which matches run, in plain words, and edits from the public page", async ({ page }) => {
    await logIn(page, OWNER, PASSWORD);
    await page.goto("/mijn/opgaven");
    const card = page.locator("li.card", { has: page.getByRole("link", { name: CHALLENGE }) });
    const activity = card.getByRole("region", { name: "Reacties en matches" });
    await expect(activity).toContainText(SOLUTION);
    await expect(activity.locator("li", { hasText: SOLUTION })).toContainText("In gesprek met elkaar");
    await expect(activity).toContainText(/\d+ lopende match/);
    await expect(page.locator("main")).not.toContainText("Gemarkeerd");
    await axeBothLanguages(page);
    await shots(page, "mijn-opgaven", `li.card:has-text("${SOLUTION}") .party-activity`);

    await page.goto(`/opgaven/${CHALLENGE_SLUG}`);
    const edit = page.getByRole("link", { name: "Deze opgave bewerken" });
    await expect(edit).toBeVisible();
    // The publication date is said once ("Gepubliceerd" then the date), not "Gepubliceerd op" twice.
    await expect(page.locator(".facts")).toContainText("Gepubliceerd");
    await expect(page.locator(".facts")).not.toContainText("Gepubliceerd op");
    await axeBothLanguages(page);
    await shots(page, "opgave-als-eigenaar");
    await edit.click();
    await expect(page).toHaveURL(/\/mijn\/opgaven\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opgave bewerken");
    await expect(page.getByRole("region", { name: "Reacties en matches" })).toContainText(SOLUTION);
    await axeBothLanguages(page);
  });

  test("a provider sees the matches its solutions are in, and edits from the public page", async ({ page }) => {
    await logIn(page, PROVIDER, PASSWORD);
    await page.goto("/mijn/oplossingen");
    const item = page.locator(".record-list > li", { has: page.getByRole("link", { name: new RegExp(SOLUTION) }) });
    const activity = item.getByRole("region", { name: "Interesse en matches" });
    await expect(activity.locator("li", { hasText: CHALLENGE })).toContainText("In gesprek met elkaar");
    await axeBothLanguages(page);
    await shots(page, "mijn-oplossingen");
    // A sentence ending in the company's name ends in one period, not "B.V..".
    await page.goto("/mijn/oplossingen/nieuw");
    await expect(page.locator("main")).toContainText("namens HeatScope Analytics B.V. Opslaan");
    await page.goto("/mijn/oplossingen");
    await item.getByRole("link", { name: new RegExp(SOLUTION) }).click();
    await page.getByRole("link", { name: "Bekijk de openbare pagina" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(SOLUTION);
    const edit = page.getByRole("link", { name: "Deze oplossing bewerken" });
    await expect(edit).toBeVisible();
    await axeBothLanguages(page);
    await edit.click();
    await expect(page).toHaveURL(/\/mijn\/oplossingen\/[0-9a-f-]{36}$/);
  });

  test("the challenge form shows its progress and suggests themes in place with JavaScript", async ({ page }) => {
    await logIn(page, OWNER, PASSWORD);
    await page.goto("/mijn/opgaven/nieuw");
    await page.setViewportSize({ width: 1366, height: 900 });
    console.log(`challenge form height at 1366 px: ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
    const progress = page.getByTestId("progress-summary");
    const before = Number((await progress.textContent())!.match(/^(\d+) van 8/)![1]);
    await page.getByLabel("Titel", { exact: true }).fill("Koele schoolpleinen bij hitte");
    await expect(progress).toHaveText(`${before + 1} van 8 verplichte onderdelen ingevuld`);
    await expect(page.locator(".progress-parts li", { hasText: "Titel" })).toContainText("ingevuld");
    await page.getByLabel("Samenvatting").fill("Schoolpleinen worden te heet in de zomer: wij zoeken schaduw, groen en metingen van hittestress.");
    await page.getByLabel("Probleemstelling").fill("Op versteende schoolpleinen loopt de temperatuur op tot boven de 40 graden bij hittegolven.");
    await expect(progress).toHaveText(`${before + 3} van 8 verplichte onderdelen ingevuld`);
    // SDGs by name, folded while none is chosen.
    await page.getByText("Duurzame ontwikkelingsdoelen (SDG's) kiezen, niet verplicht").click();
    await expect(page.getByRole("checkbox", { name: "SDG 13 Klimaatactie", exact: true })).toBeVisible();

    const url = page.url();
    await page.getByRole("button", { name: "Thema's voorstellen" }).click();
    const status = page.getByTestId("theme-suggestion-status");
    await expect(status).toContainText("voorgesteld:");
    expect(page.url()).toBe(url);
    // The suggested themes come first in the list, marked, and can be ticked there.
    const first = page.locator("#themes-group li").first();
    await expect(first).toHaveClass(/suggested/);
    await first.getByRole("checkbox").check();
    await expect(progress).toHaveText(`${before + 4} van 8 verplichte onderdelen ingevuld`);
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Koele schoolpleinen bij hitte");
    await axeBothLanguages(page);
    await shots(page, "opgave-formulier-boven");
    await shots(page, "opgave-formulier-thema", "#themes-group");
  });

  test("without JavaScript the progress is there and Thema's voorstellen comes back with the themes on top", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, OWNER, PASSWORD);
    await page.goto("/mijn/opgaven/nieuw");
    await expect(page.getByTestId("progress-summary")).toHaveText(/^\d van 8 verplichte onderdelen ingevuld$/);
    await page.getByLabel("Titel", { exact: true }).fill("Hitte in de wijk");
    await page.getByLabel("Samenvatting").fill("Hittestress en hitte in de wijk: meer groen en koele plekken.");
    await page.getByRole("button", { name: "Thema's voorstellen" }).click();
    await expect(page.getByTestId("theme-suggestion-status")).toContainText("voorgesteld:");
    await expect(page.locator("#themes-group li").first()).toHaveClass(/suggested/);
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Hitte in de wijk");
    await context.close();
  });

  test("the sessions list names browser and system instead of the raw user-agent", async ({ page }) => {
    await logIn(page, OWNER, PASSWORD);
    await page.goto("/account");
    const sessions = page.locator(".session-list");
    await expect(sessions.locator("li", { hasText: "Deze sessie" })).toContainText(/^Chrome \d+ op (Windows|Linux|macOS)/);
    await expect(sessions).not.toContainText("Mozilla/5.0");
    await axeBothLanguages(page);
  });
});
