import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, switchLanguage } from "./axe";
import { hubLogIn } from "./helpers";
import { HUB_PAGES } from "../app/domain/hub/pages";

/** The hub's home: where hub staff land, and the way to every count's list and every hub page, in NL and EN. */
test.describe("hub home", () => {
  test.describe.configure({ timeout: 180_000 });

  /** Each link of the list under `heading`, as [accessible text, href]. */
  async function linksUnder(page: Page, heading: string): Promise<[string, string][]> {
    const section = page.getByRole("region", { name: heading });
    const links = section.getByRole("link");
    const out: [string, string][] = [];
    for (let i = 0; i < (await links.count()); i++) {
      out.push([((await links.nth(i).textContent()) ?? "").trim(), (await links.nth(i).getAttribute("href")) ?? ""]);
    }
    return out;
  }

  test("hub staff land on /hub after login, and every count and hub page opens from there (axe, NL and EN)", async ({ browser }) => {
    const staff = await hubLogIn(browser, "hub-home");
    await expect(staff).toHaveURL(/\/hub$/);
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Hub");
    const nav = staff.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav.getByRole("link", { name: "Hub", exact: true })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(staff);

    const counts = await linksUnder(staff, "Te doen");
    expect(counts.map(([, href]) => href)).toEqual([
      "/hub/verificatie",
      "/hub/beoordeling/opgaven",
      "/hub/beoordeling/oplossingen",
      "/hub/matches?status=interest&bron=company",
      "/hub/matches?leeftijd=stale",
      "/hub/matches?makelaar=mine&status=lopend",
      "/berichten?ongelezen=1",
    ]);
    for (const [text, href] of counts) expect(text, href).toMatch(/^\d+\+? \S/);
    const pages = await linksUnder(staff, "Alle hubpagina’s");
    // Every hub page (app/domain/hub/navigation.test.ts checks each hub route is one of these or linked from one).
    expect(pages.map(([, href]) => href)).toEqual(HUB_PAGES.map((p) => p.href));
    await expect(staff.getByRole("link", { name: "Instellingen makelaardij: termijnen bekijken" })).toBeVisible();

    // Follow every link by clicking it: each page opens (no error page) and passes axe.
    for (const [section, links] of [["Te doen", counts], ["Alle hubpagina’s", pages]] as const) {
      for (const [text, href] of links) {
        await staff.goto("/hub");
        await staff.getByRole("region", { name: section }).getByRole("link", { name: text, exact: true }).click();
        await expect(staff, text).toHaveURL(new RegExp(`${href.replace(/[?]/g, "\\?")}$`));
        await expect(staff.getByRole("heading", { level: 1 })).not.toHaveText(/Geen toegang|Pagina niet gevonden|Er ging iets mis/);
        await expectNoAxeViolations(staff);
      }
    }

    // The filters the counts rely on are shown as chosen on the list they open.
    await staff.goto("/hub/matches?status=interest&bron=company");
    await expect(staff.getByLabel("Status", { exact: true })).toHaveValue("interest");
    await expect(staff.getByLabel("Herkomst", { exact: true })).toHaveValue("company");
    await staff.goto("/berichten?ongelezen=1");
    await expect(staff.getByRole("link", { name: "Met ongelezen berichten" })).toHaveAttribute("aria-current", "page");

    // English.
    await staff.goto("/hub");
    await switchLanguage(staff, "English");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Hub");
    await expect(staff.getByRole("region", { name: "To do" }).getByRole("link")).toHaveCount(7);
    await expect(staff.getByRole("region", { name: "All hub pages" })).toBeVisible();
    await expectNoAxeViolations(staff);
    await staff.getByRole("region", { name: "To do" }).getByRole("link", { name: /waiting for verification/ }).click();
    await expect(staff).toHaveURL(/\/hub\/verificatie$/);
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Verification of public bodies");
    await expectNoAxeViolations(staff);
    await switchLanguage(staff, "Nederlands");
    await staff.context().close();
  });

  test("the pipeline board fits a 1366 px window: all eight columns, no sideways scrolling", async ({ browser }) => {
    const staff = await hubLogIn(browser, "hub-home", "/hub/matches?weergave=bord");
    await staff.setViewportSize({ width: 1366, height: 768 });
    await staff.reload();
    const columns = staff.locator(".board-column");
    await expect(columns).toHaveCount(8);
    const widths = await staff.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      board: (document.querySelector(".board") as HTMLElement).scrollWidth,
      boardVisible: (document.querySelector(".board") as HTMLElement).clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(1366);
    expect(widths.board).toBeLessThanOrEqual(widths.boardVisible);
    for (let i = 0; i < 8; i++) {
      const box = await columns.nth(i).boundingBox();
      expect(box, `column ${i + 1}`).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `column ${i + 1}`).toBeLessThanOrEqual(1366);
    }
    await expectNoAxeViolations(staff);
    await staff.context().close();
  });

  test("anonymous callers are sent to log in, with /hub as the way back", async ({ page }) => {
    await page.goto("/hub");
    await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Fhub$/);
  });
});
