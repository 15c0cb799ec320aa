import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Assert that axe finds no WCAG 2.0/2.1 A or AA violation on the current page. An analysis that overlaps a render
 * (hydration after a reload, a list updating after a fetcher) can see a half-updated DOM, so a failing analysis is
 * repeated until the page settles; a real violation stays and still fails after the timeout.
 */
export async function expectNoAxeViolations(page: Page) {
  await expect(async () => {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary).toEqual([]);
  }).toPass({ timeout: 15_000, intervals: [500, 1_000, 2_000] });
}

/** Switch the UI language with the header button and wait until the page says it is in that language. */
export async function switchLanguage(page: Page, to: "English" | "Nederlands") {
  await page.getByRole("button", { name: to === "English" ? "Switch to English" : "Schakel naar Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to === "English" ? "en" : "nl");
}

/** Axe in Dutch, then in English, then back to Dutch. */
export async function axeBothLanguages(page: Page) {
  await expectNoAxeViolations(page);
  await switchLanguage(page, "English");
  await expectNoAxeViolations(page);
  await switchLanguage(page, "Nederlands");
}
