import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { hubLogIn, logIn, signUpAndVerify, uniqueEmail } from "./helpers";

const PASSWORD = "een lange zin als wachtwoord";

test.describe("hub verification", () => {
  test.describe.configure({ timeout: 120_000 });
  test("hub staff verify a new municipal member and register an e-mail domain", async ({ page, browser }) => {
    const email = uniqueEmail("deventer");
    await signUpAndVerify(page, "Dirk Deventer", email, PASSWORD);
    await logIn(page, email, PASSWORD);
    await page.goto("/organisatie/kiezen");
    await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Deventer" });
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page).toHaveURL(/\/account$/);

    const staff = await hubLogIn(browser, "hub", "/hub/verificatie");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Verificatie van overheden");
    await expectNoAxeViolations(staff);

    await staff.getByRole("button", { name: "Domein registreren" }).click();
    await expect(staff.locator("#organisationId-error")).toContainText("Kies een overheid");
    await staff.getByLabel("E-maildomein", { exact: true }).fill("geen domein");
    await staff.getByRole("button", { name: "Domein registreren" }).click();
    await expect(staff.locator("#emailDomain-error")).toContainText("geldig domein");
    await expect(staff.getByLabel("E-maildomein", { exact: true })).toHaveValue("geen domein");
    await expectNoAxeViolations(staff);
    const domain = `deventer-${Date.now()}.example`;
    await staff.getByLabel("Overheid", { exact: true }).selectOption({ label: "Gemeente Deventer" });
    await staff.getByLabel("E-maildomein", { exact: true }).fill(domain);
    await staff.getByRole("button", { name: "Domein registreren" }).click();
    await expect(staff.getByRole("status")).toContainText("Het domein is geregistreerd");
    await expect(staff.locator("main")).toContainText(`Gemeente Deventer: ${domain}`);

    await staff.getByRole("button", { name: "Goedkeuren: Dirk Deventer, Gemeente Deventer" }).click();
    await expect(staff.getByRole("status")).toContainText("Het lidmaatschap is geverifieerd");
    await expect(staff.getByRole("button", { name: /Dirk Deventer/ })).toHaveCount(0);
    await staff.context().close();

    await page.goto("/organisatie/kiezen");
    await expect(page.locator(".org-list")).toContainText("Gemeente Deventer (Beheerder)");
    await expect(page.locator(".org-list")).not.toContainText("nog niet geverifieerd");
  });

  test("a signed-in user without a hub role gets 403", async ({ page }) => {
    const email = uniqueEmail("geenhub");
    await signUpAndVerify(page, "Gijs Geenhub", email, PASSWORD);
    await logIn(page, email, PASSWORD);
    const response = await page.goto("/hub/verificatie");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  });
});
