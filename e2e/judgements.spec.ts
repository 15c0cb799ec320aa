import { expect, test, type Page } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { DEMO_PASSWORD, hubLogIn, logIn } from "./helpers";

// A seeded challenge no other spec reads suggestions of; a demo company member (not an owner of it).
const CHALLENGE_PATH = "/opgaven/leeuwarden-afvalscheiding-hoogbouw";
const COMPANY = "tomas.oliveira@heatscope.example";

const suggestions = (page: Page) => page.getByRole("region", { name: "Passende oplossingen" });
const titles = (page: Page) => suggestions(page).locator("li.match h3").allInnerTexts();

test.describe("judgements of suggestions", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a hub broker marks a suggestion not relevant with a reason and it leaves the list, with and without JavaScript", async ({ page, browser }) => {
    // Anonymous visitors and a company (for another's challenge) get no control, and the server refuses the company.
    await page.goto(CHALLENGE_PATH);
    await expect(suggestions(page).locator("li.match").first()).toBeVisible();
    await expect(suggestions(page).getByRole("button", { name: "Niet relevant" })).toHaveCount(0);
    await logIn(page, COMPANY, DEMO_PASSWORD);
    await page.goto(CHALLENGE_PATH);
    await expect(suggestions(page).locator("li.match").first()).toBeVisible();
    await expect(suggestions(page).getByRole("group")).toHaveCount(0);

    const staff = await hubLogIn(browser, "judgements", CHALLENGE_PATH);
    await expect(suggestions(staff).getByRole("group").first()).toBeVisible();
    const before = await titles(staff);
    expect(before.length).toBeGreaterThan(2);
    const [first, second, third] = before;
    const ids = await suggestions(staff).locator('input[name="solutionId"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const challengeId = await suggestions(staff).locator('input[name="challengeId"]').first().inputValue();
    const refused = await page.request.post("/suggesties/oordeel", {
      form: { challengeId, solutionId: ids[0], verdict: "not_relevant" },
      headers: { Origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(403);

    // With JavaScript: no page load (a marker on window survives), the item leaves the list.
    await staff.evaluate(() => ((window as unknown as { judgementMarker: number }).judgementMarker = 1));
    const firstGroup = suggestions(staff).getByRole("group", { name: `Uw oordeel over “${first}”` });
    await firstGroup.getByLabel("Reden (optioneel)").fill("Ander probleem: dit gaat over bedrijfsafval, niet over hoogbouw.");
    await firstGroup.getByRole("button", { name: "Niet relevant" }).click();
    await expect(suggestions(staff).getByRole("heading", { name: first, exact: true })).toHaveCount(0);
    await expect(suggestions(staff).getByRole("heading", { name: "Passende oplossingen" }), "focus stays on the list").toBeFocused();
    expect(await staff.evaluate(() => (window as unknown as { judgementMarker?: number }).judgementMarker)).toBe(1);
    expect(new URL(staff.url()).pathname).toBe(CHALLENGE_PATH);

    // "Relevant" keeps the item and says so.
    const secondGroup = suggestions(staff).getByRole("group", { name: `Uw oordeel over “${second}”` });
    await secondGroup.getByRole("button", { name: "Relevant", exact: true }).click();
    await expect(secondGroup.getByRole("status")).toHaveText("U hebt deze suggestie als relevant gemarkeerd.");
    await expect(secondGroup.getByRole("button", { name: "Relevant", exact: true })).toHaveAttribute("aria-pressed", "true");
    await axeBothLanguages(staff);

    // Without JavaScript (same session): a form per item, the page comes back at the list without it.
    const noJsContext = await browser.newContext({ locale: "nl-NL", javaScriptEnabled: false, storageState: await staff.context().storageState() });
    const noJs = await noJsContext.newPage();
    await noJs.goto(CHALLENGE_PATH);
    expect(await titles(noJs)).not.toContain(first);
    const thirdGroup = suggestions(noJs).getByRole("group", { name: `Uw oordeel over “${third}”` });
    await thirdGroup.getByLabel("Reden (optioneel)").fill("Te duur voor deze gemeente.");
    await thirdGroup.getByRole("button", { name: "Niet relevant" }).click();
    await noJs.waitForURL((url) => url.pathname === CHALLENGE_PATH && url.hash === "#matching-solutions");
    const after = await titles(noJs);
    expect(after).not.toContain(first);
    expect(after).not.toContain(third);
    expect(after).toContain(second);
    await noJsContext.close();

    // Others still see the list without what the broker rejected (the judgement is for everyone, not a view).
    await page.goto(CHALLENGE_PATH);
    expect(await titles(page)).not.toContain(first);
    await staff.context().close();
  });
});
