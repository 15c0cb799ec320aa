import { expect, test } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { signUpAndVerify, uniqueEmail } from "./helpers";

const PASSWORD = "een lange zin als wachtwoord";

/**
 * ADR 0015, the outside probe's path: anyone signs up and joins Gemeente Amsterdam unverified. The pages offer
 * only their own drafts and say why; a published Amsterdam challenge is not theirs to open or act on.
 */
test("an unverified member of a public body is offered only their own drafts, and told why", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("onbevestigd");
  await signUpAndVerify(page, "Olga Onbevestigd", email, PASSWORD);
  await page.goto("/organisatie/kiezen");
  await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Amsterdam" });
  await page.getByRole("button", { name: "Aansluiten" }).click();
  await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);

  // A published challenge of Amsterdam, from the open data.
  const open = (await (await page.request.get("/open-data/opgaven.json")).json()) as { challenges: { id: string; slug: string; status: string; owner: { name: string } }[] };
  const amsterdam = open.challenges.find((c) => c.owner.name === "Gemeente Amsterdam" && c.status === "published");
  expect(amsterdam).toBeTruthy();

  await page.goto("/mijn/opgaven");
  await expect(page.locator(".notice")).toContainText("Uw lidmaatschap wacht op verificatie door de hub");
  await expect(page.locator(".intake-list")).not.toContainText(/\S/);

  await page.getByRole("link", { name: "Nieuwe opgave" }).click();
  await expect(page.getByRole("button", { name: "Indienen ter beoordeling" })).toHaveCount(0);
  await expect(page.getByLabel("Mede-eigenaar toevoegen")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("Mede-eigenaren kiezen kan zodra de hub uw lidmaatschap heeft geverifieerd.");
  await axeBothLanguages(page);
  await page.getByLabel("Titel", { exact: true }).fill("Concept van Olga");
  await page.getByRole("button", { name: "Opgave aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aangemaakt als concept" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status wijzigen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Indienen ter beoordeling" })).toHaveCount(0);
  await page.getByLabel("Titel", { exact: true }).fill("Concept van Olga, bijgewerkt");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByRole("status").filter({ hasText: "opgeslagen" })).toBeVisible();
  await axeBothLanguages(page);

  // The probe's exploit: the published challenge's edit page is not there for them.
  const edit = await page.goto(`/mijn/opgaven/${amsterdam!.id}`);
  expect(edit?.status()).toBe(404);
  // On the public page they cannot mark solutions for Amsterdam, and are told why.
  await page.goto(`/opgaven/${amsterdam!.slug}`);
  await expect(page.locator("main")).toContainText("Uw lidmaatschap wacht op verificatie door de hub");
  await expect(page.getByRole("button", { name: "Interessant" })).toHaveCount(0);
  // Amsterdam's members are not listed to them.
  await page.goto("/organisatie/leden");
  await expect(page.locator(".notice")).toContainText("Uw lidmaatschap wacht op verificatie door de hub");
  await expect(page.locator(".member-list li")).toHaveCount(1);
});
