import { expect, test } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { DEMO_PASSWORD, logIn } from "./helpers";

// The demo municipality account (Amsterdam, db/seed): its neighbours and the rest of Noord-Holland.
const MUNICIPALITY = "s.verhoeven@amsterdam.example";

test.describe("gluren bij de buren", () => {
  test("a municipality sees what its neighbours use and can ask one a question", async ({ page }) => {
    await logIn(page, MUNICIPALITY, DEMO_PASSWORD);
    await page.goto("/mijn/vermeldingen");
    await page.getByRole("link", { name: "Gluren bij de buren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gluren bij de buren" })).toBeVisible();
    await expect(page.getByText("Bron: CBS gebiedsindelingen 2025")).toBeVisible();
    await axeBothLanguages(page);
    const ask = page.getByRole("link", { name: /^Stel .* een vraag over / }).first();
    await page.screenshot({ path: "/work/notes/shots/joint/buren.png" });
    await ask.click();
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.locator("#body-error")).toContainText("Schrijf uw vraag");
    await axeBothLanguages(page);
    await page.getByLabel("Uw vraag").fill("Hoe bevalt deze oplossing bij u?");
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page).toHaveURL(/\/berichten\/[0-9a-f-]+$/);
    await expect(page.getByText("Hoe bevalt deze oplossing bij u?")).toBeVisible();
  });
});
