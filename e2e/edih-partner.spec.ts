import { expect, test } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { DEMO_PASSWORD, logIn } from "./helpers";
import { DEMO_PARTNER_MEMBER } from "../db/seed/partners";

/**
 * The partner's view of the EDIH report (issue 16, ADR 0025), end to end: the seeded member of Brightlands (a hub
 * partner, no hub role) sees Brightlands' own services in the demo history (2026-Q3) plus the hub's totals, downloads
 * only their own rows, and may not use the staff pages. Axe in Dutch and English.
 */
test("a hub partner's member sees their own services and the hub total, and no staff page", async ({ page }) => {
  await logIn(page, DEMO_PARTNER_MEMBER.email, DEMO_PASSWORD);
  await expect(page.getByRole("link", { name: "Rapportage", exact: true })).toHaveAttribute("href", "/hub/rapportage");
  await page.goto("/hub/rapportage?periode=2026-Q3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapportage (EDIH)");
  await expect(page.getByText("U ziet de diensten van Brightlands en het totaal van de hub.")).toBeVisible();

  const totals = page.getByRole("region", { name: "Kerncijfers" });
  // Brightlands delivered one service in the demo history: test before invest, € 40.000 triggered.
  await expect(totals.locator(".edih-figure").first()).toContainText("Diensten: 1");
  await totals.locator(".edih-figure").first().getByText(/^Onderliggende records/).click();
  await expect(totals.locator(".edih-figure").first()).toContainText("12 augustus 2026 · Gemeente");
  // The hub's totals: numbers only (seven confirmed services, one collaboration with another EDIH).
  const hub = totals.getByRole("list").last();
  await expect(hub).toContainText("Diensten: 7");
  await expect(hub).toContainText("Samenwerkingen met andere EDIH's: 1");
  await expect(page.getByRole("table", { name: "Diensten per categorie" }).getByRole("row", { name: /Test before invest/ })).toContainText("1");
  await axeBothLanguages(page);
  await page.screenshot({ path: "test-results/edih-partner-report.png", fullPage: true });

  // The export holds Brightlands' own row only.
  const href = await page.getByRole("link", { name: "Diensten (CSV)" }).getAttribute("href");
  const csv = (await (await page.request.get(href!)).text()).trim().split("\r\n");
  expect(csv).toHaveLength(2);
  expect(csv[1]).toMatch(/,2026-08-12,test_before_invest,Gemeente [^,]+,,GM\d{4},public_sector,.*,Brightlands,.*,40000$/);

  // Staff pages are not for partners.
  for (const path of ["/hub/diensten", "/hub/dma", "/hub"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  }
});
