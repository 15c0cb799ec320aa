import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { linkFromOutbox, signUpAndVerify, uniqueEmail } from "./helpers";

const PASSWORD = "een lange zin als wachtwoord";

test.describe("organisation members", () => {
  test.describe.configure({ timeout: 120_000 });
  test("an admin invites a colleague, who signs up, accepts and is made admin", async ({ page, browser }) => {
    const adminEmail = uniqueEmail("beheerder");
    const colleagueEmail = uniqueEmail("collega");
    await signUpAndVerify(page, "Anna Admin", adminEmail, PASSWORD);
    await page.goto("/organisatie/kiezen");
    const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    await page.getByLabel("KvK-nummer").fill(kvk);
    await page.getByLabel("Naam van het bedrijf").fill(`Leden BV ${kvk}`);
    await page.getByRole("button", { name: "Bedrijf registreren" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);

    await page.getByRole("link", { name: "Naar mijn account" }).click();
    await page.getByRole("link", { name: "Leden beheren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Leden van Leden BV ${kvk}`);
    await expectNoAxeViolations(page);
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Stuur uitnodiging" }).click();
    await expect(page.locator("#email-error")).toContainText("Vul een geldig e-mailadres in");
    await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");
    await expectNoAxeViolations(page);
    // The only admin cannot step down.
    await page.getByRole("button", { name: "Maak lid: Anna Admin" }).click();
    await expect(page.getByRole("alert")).toContainText("minstens één beheerder");
    await page.getByLabel("E-mailadres").fill(colleagueEmail);
    await page.getByRole("button", { name: "Stuur uitnodiging" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De uitnodiging is verstuurd" })).toBeVisible();
    await expect(page.locator("main")).toContainText(colleagueEmail);

    const other = await browser.newContext();
    const colleague = await other.newPage();
    const inviteLink = await linkFromOutbox(colleague, colleagueEmail, /Uitnodiging voor Leden BV/);
    // The invitation link leads a newcomer through sign-up and verification, signed in, back to the invitation.
    await colleague.goto(inviteLink);
    await expect(colleague).toHaveURL(/\/inloggen\?redirectTo=/);
    await colleague.getByRole("link", { name: "Maak een account aan" }).click();
    await colleague.getByLabel("Naam").fill("Cor Collega");
    await colleague.getByLabel("E-mailadres").fill(colleagueEmail);
    await colleague.getByLabel("Wachtwoord").fill(PASSWORD);
    await colleague.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("Kijk in uw mailbox");
    await colleague.goto(await linkFromOutbox(colleague, colleagueEmail, /Bevestig uw e-mailadres/));
    await colleague.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click();
    // Confirming signs the colleague in and returns to the invitation.
    await expect(colleague).toHaveURL(/\/uitnodiging\?token=/);
    await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("Uitnodiging");
    await expectNoAxeViolations(colleague);
    await colleague.getByRole("button", { name: "Uitnodiging aannemen" }).click();
    // The new member lands on what happens next in the organisation, and finds its members from there.
    await expect(colleague).toHaveURL(/\/organisatie\/volgende-stap$/);
    await expect(colleague.locator("main")).toContainText(`U bent aangesloten bij Leden BV ${kvk}.`);
    await expectNoAxeViolations(colleague);
    await colleague.getByRole("link", { name: `Wie er namens Leden BV ${kvk} werken` }).click();
    await expect(colleague).toHaveURL(/\/organisatie\/leden$/);
    await expect(colleague.locator("main")).toContainText("Cor Collega");
    await expect(colleague.getByRole("button", { name: /Maak beheerder/ })).toHaveCount(0);
    await expectNoAxeViolations(colleague);

    await page.reload();
    await page.getByRole("button", { name: "Maak beheerder: Cor Collega" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De rol is gewijzigd" })).toBeVisible();
    await colleague.reload();
    await expect(colleague.getByRole("button", { name: "Verwijder uit organisatie: Anna Admin" })).toBeVisible();
    await other.close();
  });
});
