import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeBothLanguages, switchLanguage } from "./axe";

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
});
