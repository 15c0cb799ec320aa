import { expect, test } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { DEMO_PASSWORD, hubLogIn, logIn, signUpAndVerify, uniqueEmail } from "./helpers";

// Demo data (db/seed): the demo municipality account owns the first published challenge (Amsterdam). A civil servant
// of a second municipality (Dalfsen) signs up during the test; the hub verifies the membership.
const SLUG = "amsterdam-hittestress-de-pijp-oud-west";
const OWNER = "s.verhoeven@amsterdam.example";

test.describe("joint demand", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a second municipality says 'wij ook' with a volume; the owner sees it and is notified", async ({ page, browser }) => {
    const name = `Dirk Dalfsen ${Date.now().toString(36)}`;
    await signUpAndVerify(page, name, uniqueEmail("dalfsen"), DEMO_PASSWORD);
    await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Dalfsen" });
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);

    // Before the hub verified the membership, the page says why it cannot speak for Dalfsen yet.
    await page.goto(`/opgaven/${SLUG}/wij-ook`);
    await expect(page.getByText("Uw lidmaatschap van uw organisatie is nog niet door de hub bevestigd.")).toBeVisible();
    await expect(page.getByLabel("Verwachte omvang")).toHaveCount(0);
    const staff = await hubLogIn(browser, "joint", "/hub/verificatie");
    await staff.getByRole("button", { name: `Goedkeuren: ${name}, Gemeente Dalfsen` }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Het lidmaatschap is geverifieerd" })).toBeVisible();
    await staff.context().close();

    await page.goto(`/opgaven/${SLUG}`);
    const panel = page.getByRole("region", { name: "Wij ook: andere overheden met deze opgave" });
    await expect(panel).toContainText("Nog geen andere overheid");
    await panel.getByRole("link", { name: "Wij ook: meld uw organisatie aan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wij ook" })).toBeVisible();
    await expect(page.getByText("U meldt dit namens Gemeente Dalfsen.")).toBeVisible();

    // Nothing filled in: a clear message per field, no 500.
    await page.getByRole("button", { name: "Wij ook", exact: true }).click();
    await expect(page.locator("#volume-error")).toContainText("Vul een heel getal in");
    await expect(page.locator("#unit-error")).toContainText("Kies een eenheid");
    await axeBothLanguages(page);

    await page.getByLabel("Verwachte omvang").fill("25000");
    await page.getByLabel("Eenheid").selectOption({ label: "inwoners" });
    await page.getByLabel("Toelichting").fill("Ook in Dalfsen willen eigenaar-bewoners van het gas af.");
    await page.getByRole("button", { name: "Wij ook", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw aanmelding is opgeslagen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Aanmelding intrekken" })).toBeVisible();

    // The owner: a notification, and the page lists the body, the total and the way to co-ownership.
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await logIn(owner, OWNER, DEMO_PASSWORD);
    await owner.goto("/meldingen");
    await expect(owner.getByText("Gemeente Dalfsen heeft de opgave", { exact: false }).first()).toBeVisible();
    await owner.goto(`/opgaven/${SLUG}`);
    const seen = owner.getByRole("region", { name: "Wij ook: andere overheden met deze opgave" });
    await expect(seen.getByRole("row", { name: /Gemeente Dalfsen/ })).toContainText("25.000 inwoners");
    await expect(seen).toContainText("Samen verwacht: 25.000 inwoners");
    await expect(seen.getByRole("link", { name: "Wij ook: meld uw organisatie aan" })).toHaveCount(0);
    await expect(seen.getByRole("link", { name: "Nodig ze uit als mede-eigenaar" })).toHaveAttribute("href", /\/mijn\/opgaven\/[0-9a-f-]+#addCoOwner$/);
    await axeBothLanguages(owner);
    await ownerContext.close();

    // Withdrawing empties the list again.
    await page.getByRole("button", { name: "Aanmelding intrekken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw aanmelding is ingetrokken" })).toBeVisible();
    await page.goto(`/opgaven/${SLUG}`);
    await expect(page.getByRole("region", { name: "Wij ook: andere overheden met deze opgave" })).toContainText("Nog geen andere overheid");
  });

  test("hub staff see clusters of similar open challenges and propose bundling one", async ({ browser }) => {
    const staff = await hubLogIn(browser, "joint", "/hub");
    await staff.goto("/hub/clusters");
    await expect(staff.getByRole("heading", { level: 1, name: "Clusters van vergelijkbare opgaven" })).toBeVisible();
    await axeBothLanguages(staff);
    const first = staff.getByRole("region", { name: /^Cluster 1:/ });
    const titles = await first.getByRole("listitem").getByRole("link").allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(2);
    await first.getByRole("button", { name: "Stel bundelen voor" }).click();
    await expect(staff).toHaveURL(/\/berichten\/[0-9a-f-]+$/);
    await expect(staff.getByText(titles[0]).first()).toBeVisible();
    await staff.context().close();
  });
});
