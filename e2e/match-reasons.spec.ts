import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeBothLanguages, switchLanguage } from "./axe";
import { hubLogIn } from "./helpers";

/**
 * Every suggestion on a challenge page and a solution page says how strong it is in words and why (shared theme,
 * matching terms), never a bare score (issue 14). The domain test (app/domain/matching.test.ts) covers all demo records.
 */
async function expectReasons(list: Locator, strength: RegExp) {
  const items = list.locator("li.match");
  await expect(items.first()).toBeVisible();
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    await expect(item.locator(".card-meta")).toHaveText(strength);
    expect(await item.locator("dl.explanation dd").count(), `item ${i + 1} has no reason`).toBeGreaterThan(0);
  }
  await expect(list).not.toContainText(/Score \d/);
}

async function checkPage(page: Page, lists: [string, string][]) {
  for (const [nl] of lists) await expectReasons(page.getByRole("region", { name: nl }), /^(Sterke match|Mogelijk relevant) · /);
  await switchLanguage(page, "English");
  for (const [, en] of lists) await expectReasons(page.getByRole("region", { name: en }), /^(Strong match|Possibly relevant) · /);
  await switchLanguage(page, "Nederlands");
  await axeBothLanguages(page);
}

test.describe("suggestions with checkable reasons", () => {
  test.describe.configure({ timeout: 60_000 });

  test("a challenge page: fitting solutions and similar challenges elsewhere", async ({ page }) => {
    await page.goto("/opgaven/amsterdam-hittestress-de-pijp-oud-west");
    await checkPage(page, [
      ["Passende oplossingen", "Fitting solutions"],
      ["Vergelijkbare opgaven elders", "Similar challenges elsewhere"],
    ]);
  });

  test("a solution page: open challenges it fits", async ({ page }) => {
    await page.goto("/oplossingen/heatscope-heat-stress-maps");
    await checkPage(page, [["Open opgaven waar deze oplossing bij past", "Open challenges this solution fits"]]);
  });

  test("the hub's pipeline table: the strength in words with its reasons, never the stored score", async ({ browser }) => {
    const page = await hubLogIn(browser, "match-reasons", "/hub/matches?makelaar=&status=");
    const check = async (header: string, words: RegExp) => {
      const table = page.getByRole("table");
      const headers = await table.locator("thead th").allInnerTexts();
      const column = headers.findIndex((h) => h.trim() === header);
      expect(column, `a "${header}" column`).toBeGreaterThan(0);
      const cells = table.locator(`tbody tr td:nth-child(${column + 1})`);
      await expect(cells.first()).toBeVisible();
      const texts = await cells.allInnerTexts();
      for (const [i, text] of texts.entries()) {
        expect(text, `row ${i + 1}`).toMatch(words);
        expect(text, `row ${i + 1} shows a bare number`).not.toMatch(/^\s*\d+([.,]\d+)?\s*$/m);
      }
      // The engine's suggestions in the demo data say why, in the cell and in full in its title.
      const strong = cells.locator(".match-strength-cell[title]");
      expect(await strong.count()).toBeGreaterThan(0);
    };
    await check("Sterkte", /^(Sterke match|Mogelijk relevant|Niet bekend)/);
    await switchLanguage(page, "English");
    await check("Strength", /^(Strong match|Possibly relevant|Not known)/);
    await switchLanguage(page, "Nederlands");
    await axeBothLanguages(page);
    await page.context().close();
  });
});
