import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { hubLogIn, signUpAndVerify, uniqueEmail } from "./helpers";

const PASSWORD = "een lange zin als wachtwoord";

test.describe("hub verification", () => {
  test.describe.configure({ timeout: 120_000 });
  test("hub staff verify a new municipal member and register an e-mail domain", async ({ page, browser }) => {
    const email = uniqueEmail("deventer");
    await signUpAndVerify(page, "Dirk Deventer", email, PASSWORD);
    await page.goto("/organisatie/kiezen");
    await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Deventer" });
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);

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
    await expect(staff.getByRole("status").filter({ hasText: "Het domein is geregistreerd" })).toBeVisible();
    await expect(staff.locator("main")).toContainText(`Gemeente Deventer: ${domain}`);

    await staff.getByRole("button", { name: "Goedkeuren: Dirk Deventer, Gemeente Deventer" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Het lidmaatschap is geverifieerd" })).toBeVisible();
    await expect(staff.getByRole("button", { name: /Dirk Deventer/ })).toHaveCount(0);
    await staff.context().close();

    await page.goto("/organisatie/kiezen");
    await expect(page.locator(".org-list")).toContainText("Gemeente Deventer (Beheerder)");
    await expect(page.locator(".org-list")).not.toContainText("nog niet geverifieerd");
  });

  test("hub staff hear of a new member, reject with a required reason, and the member reads it", async ({ page, browser }) => {
    const email = uniqueEmail("olst");
    await signUpAndVerify(page, "Olga Olst", email, PASSWORD);
    await page.goto("/organisatie/kiezen");
    await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Olst-Wijhe" });
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);

    const staff = await hubLogIn(browser, "hub", "/meldingen");
    await expect(staff.locator(".notification-list")).toContainText("Olga Olst heeft zich aangesloten bij Gemeente Olst-Wijhe en wacht op verificatie");
    await staff.locator(".notification-list").getByRole("link", { name: /Olga Olst heeft zich aangesloten/ }).first().click();
    await expect(staff).toHaveURL(/\/hub\/verificatie$/);
    const item = staff.locator(".member-list li").filter({ hasText: "Olga Olst" });
    await expect(item).toContainText("wacht sinds vandaag");
    await item.getByText("Afwijzen met reden").click();
    await item.getByRole("button", { name: "Afwijzen: Olga Olst, Gemeente Olst-Wijhe" }).click();
    await expect(staff.getByRole("alert")).toContainText("Vul de reden van de afwijzing in.");
    const again = staff.locator(".member-list li").filter({ hasText: "Olga Olst" });
    await expect(again.getByLabel("Reden van afwijzing")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(staff);
    await again.getByLabel("Reden van afwijzing").fill("Niet bekend bij de gemeente.");
    await again.getByRole("button", { name: "Afwijzen: Olga Olst, Gemeente Olst-Wijhe" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Het lidmaatschap is afgewezen" })).toBeVisible();
    await expect(staff.locator(".member-list")).not.toContainText("Olga Olst");
    await staff.context().close();

    await page.goto("/meldingen");
    await expect(page.locator(".notification-list")).toContainText("Uw aanmelding bij Gemeente Olst-Wijhe is afgewezen. Reden: Niet bekend bij de gemeente.");
  });

  test("a signed-in user without a hub role gets 403", async ({ page }) => {
    const email = uniqueEmail("geenhub");
    await signUpAndVerify(page, "Gijs Geenhub", email, PASSWORD);
    for (const path of ["/hub", "/hub/verificatie"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    }
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Hub", exact: true })).toHaveCount(0);
  });
});
