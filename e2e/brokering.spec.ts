import { expect, test } from "@playwright/test";
import { axeBothLanguages, expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, hubLogIn, logIn } from "./helpers";

const PASSWORD = DEMO_PASSWORD;
// Demo data (db/seed): a Rotterdam challenge, and the demo company HeatScope with its CoolRoutes solution, which
// has no match with that challenge and no deployments yet.
const CHALLENGE_SLUG = "rotterdam-hitte-rotterdam-zuid";
const CHALLENGE = "Koele wijken op Zuid";
const SOLUTION_SLUG = "heatscope-coolroutes";
const SOLUTION = "CoolRoutes";
const COMPANY = "tomas.oliveira@heatscope.example";

test.describe("brokering", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a company responds, staff screen, introduce, run a pilot and record the adoption", async ({ page, browser }) => {
    // The company says "ik kan helpen" on a published challenge.
    await logIn(page, COMPANY, PASSWORD);
    await page.goto(`/opgaven/${CHALLENGE_SLUG}`);
    const respond = page.getByRole("region", { name: "Ik kan helpen" });
    await expect(respond).toBeVisible();
    await respond.getByLabel("Uw oplossing", { exact: true }).selectOption({ label: "CoolRoutes: shaded walking routes during heatwaves" });
    await respond.getByLabel("Hoe helpt uw oplossing bij deze opgave?").fill("Te kort");
    await respond.getByRole("button", { name: "Reactie versturen" }).click();
    await expect(page.locator("#pitch-error")).toContainText("minstens 20 tekens");
    await expect(respond.getByLabel("Hoe helpt uw oplossing bij deze opgave?")).toHaveValue("Te kort");
    await axeBothLanguages(page);
    // Switching the language reloads the page, so the form starts again from what the server kept.
    await respond.getByLabel("Uw oplossing", { exact: true }).selectOption({ label: "CoolRoutes: shaded walking routes during heatwaves" });
    await page.getByLabel("Hoe helpt uw oplossing bij deze opgave?").fill("CoolRoutes wijst bewoners van Zuid koele looproutes tijdens hittegolven.");
    await page.getByRole("button", { name: "Reactie versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw reactie is ontvangen" })).toBeVisible();
    await expect(page.getByText(`Al gereageerd met: ${SOLUTION}`, { exact: false })).toBeVisible();

    // A company member cannot reach the pipeline.
    const denied = await page.goto("/hub/matches");
    expect(denied?.status()).toBe(403);

    // Hub staff see it in the table and on the board.
    const staff = await hubLogIn(browser, "brokering", "/hub/matches");
    const staffContext = staff.context();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Makelaardij");
    await expect(staff.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Makelaardij" })).toBeVisible();
    await expect(staff.locator("tbody tr", { hasText: CHALLENGE }).filter({ hasText: SOLUTION })).toContainText("Interesse");
    await axeBothLanguages(staff);

    // Bulk change from the table, without JavaScript (same session): without a selection, a message; with it, the
    // match moves.
    const noJsContext = await browser.newContext({ locale: "nl-NL", javaScriptEnabled: false, storageState: await staffContext.storageState() });
    const noJs = await noJsContext.newPage();
    await noJs.goto("/hub/matches");
    const row = noJs.locator("tbody tr", { hasText: CHALLENGE }).filter({ hasText: SOLUTION });
    await noJs.getByLabel("Nieuwe status voor de selectie").selectOption({ label: "Screening" });
    await noJs.getByRole("button", { name: "Toepassen op selectie" }).click();
    await expect(noJs.getByRole("alert")).toContainText("Selecteer minstens één match");
    await row.getByRole("checkbox", { name: /^Selecteer: Koele wijken/ }).check();
    await noJs.getByLabel("Nieuwe status voor de selectie").selectOption({ label: "Screening" });
    await noJs.getByRole("button", { name: "Toepassen op selectie" }).click();
    await expect(noJs.getByRole("status").filter({ hasText: "1 van 1 matches gewijzigd." })).toBeVisible();
    await expect(row).toContainText("Screening");

    await staff.getByRole("link", { name: "Bord" }).click();
    await expect(staff).toHaveURL(/weergave=bord/);
    await axeBothLanguages(staff);
    const column = (name: string) => staff.getByRole("region", { name: new RegExp(`^${name} \\(`) });
    const screeningCard = column("Screening").locator(".board-card", { hasText: CHALLENGE }).filter({ hasText: SOLUTION });
    await expect(screeningCard).toHaveCount(1);

    // The detail page: introduce from the template.
    await screeningCard.getByRole("link", { name: "Introduceren" }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText(CHALLENGE);
    await expect(staff.getByRole("region", { name: "Overzicht" })).toContainText("CoolRoutes wijst bewoners");
    await axeBothLanguages(staff);
    const intro = staff.getByLabel("Introductiebericht");
    await expect(intro).toHaveValue(/Graag stel ik u aan elkaar voor/);
    await staff.getByRole("link", { name: "Engels", exact: true }).click();
    await expect(staff.getByLabel("Introductiebericht")).toHaveValue(/I would like to introduce you/);
    await staff.getByRole("link", { name: "Nederlands", exact: true }).click();
    await expect(staff.getByLabel("Introductiebericht")).toHaveValue(/Graag stel ik u aan elkaar voor/);
    await staff.getByRole("button", { name: "Introduceren en gesprek openen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De partijen zijn geïntroduceerd" })).toBeVisible();
    const summary = staff.getByRole("region", { name: "Overzicht" });
    await expect(summary).toContainText("Geïntroduceerd");
    const threadLink = staff.getByRole("link", { name: /^Gesprek: / });
    await expect(threadLink).toHaveAttribute("href", /^\/berichten\/[0-9a-f-]{36}$/);

    // On the board (without JavaScript), the introduced card moves on to "in conversation" with its own control.
    await noJs.goto("/hub/matches?weergave=bord");
    const noJsColumn = (name: string) => noJs.getByRole("region", { name: new RegExp(`^${name} \\(`) });
    const introducedCard = noJsColumn("Geïntroduceerd").locator(".board-card", { hasText: CHALLENGE }).filter({ hasText: SOLUTION });
    await introducedCard.getByLabel(/Nieuwe status voor/).selectOption("in_conversation");
    await introducedCard.getByRole("button", { name: /Wijzig status van/ }).click();
    await expect(noJs.getByRole("status").filter({ hasText: "De status is gewijzigd" })).toBeVisible();
    await expect(noJsColumn("In gesprek").locator(".board-card", { hasText: CHALLENGE }).filter({ hasText: SOLUTION })).toHaveCount(1);
    await noJsContext.close();
    await staff.reload();
    await expect(summary).toContainText("In gesprek");

    // A private note, then pilot → adopted.
    await staff.getByLabel("Nieuwe notitie").fill("Gemeente wil na de zomer starten.");
    await staff.getByRole("button", { name: "Notitie toevoegen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De notitie is toegevoegd" })).toBeVisible();
    await expect(staff.getByRole("region", { name: "Interne notities" })).toContainText("Gemeente wil na de zomer starten.");
    for (const [label, shown] of [["Pilot", "Pilot"], ["In gebruik", "In gebruik"]] as const) {
      await staff.getByLabel("Nieuwe status", { exact: true }).selectOption({ label });
      await staff.getByRole("button", { name: "Status wijzigen" }).click();
      await expect(staff.getByRole("status").filter({ hasText: "De status is gewijzigd" })).toBeVisible();
      await expect(summary.locator(".status").first()).toHaveText(shown);
    }
    const history = staff.getByRole("region", { name: "Geschiedenis" });
    await expect(history).toContainText("Pilot → In gebruik");
    await expect(history).toContainText("Interesse → Screening");
    await expectNoAxeViolations(staff);

    // The deployment appears on the public solution page.
    await page.goto(`/oplossingen/${SOLUTION_SLUG}`);
    await expect(page.locator("li", { hasText: "Rotterdam" }).filter({ hasText: "In gebruik" })).toBeVisible();

    // Settings (hub admin) and the new-match page.
    await staff.goto("/hub/matches/instellingen");
    await axeBothLanguages(staff);
    await staff.getByLabel("Screening: werkdagen").fill("0");
    await staff.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(staff.locator("#screening-error")).toContainText("tussen 1 en 365");
    await staff.getByLabel("Screening: werkdagen").fill("8");
    await staff.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De instellingen zijn opgeslagen" })).toBeVisible();
    await expect(staff.getByLabel("Screening: werkdagen")).toHaveValue("8");

    await staff.goto("/hub/matches/nieuw");
    await staff.getByLabel("Opgave", { exact: true }).selectOption({
      label: "Koele wijken op Zuid: hitterisico's van bewoners in oude portiekwoningen verminderen (Gemeente Rotterdam)",
    });
    await staff.getByRole("button", { name: "Toon voorstellen" }).click();
    await expect(staff.getByRole("heading", { name: "Voorgestelde oplossingen" })).toBeVisible();
    await axeBothLanguages(staff);

    // Staff set the challenge's contact mode on the public challenge page.
    await staff.goto(`/opgaven/${CHALLENGE_SLUG}`);
    const contact = staff.getByRole("region", { name: "Contact met de opgavehouder" });
    await expect(contact.getByLabel("Via de hub")).toBeChecked();
    await contact.getByLabel(/^Rechtstreeks/).check();
    await contact.getByRole("button", { name: "Opslaan" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De contactwijze is opgeslagen" })).toBeVisible();
    await expect(staff.getByRole("region", { name: "Contact met de opgavehouder" }).getByLabel(/^Rechtstreeks/)).toBeChecked();
    await axeBothLanguages(staff);
    await staffContext.close();
  });

  test("a challenge owner marks a suggested solution as interesting, once", async ({ page }) => {
    // The demo municipality account owns the first demo challenge (Amsterdam).
    await logIn(page, "s.verhoeven@amsterdam.example", PASSWORD);
    await page.goto("/opgaven/amsterdam-hittestress-de-pijp-oud-west");
    const suggestions = page.getByRole("region", { name: "Passende oplossingen" });
    await expect(suggestions).toContainText("Markeer haar");
    await expect(page.getByRole("region", { name: "Ik kan helpen" })).toHaveCount(0);
    const button = suggestions.getByRole("button", { name: /^Markeer .* als interessant$/ }).first();
    const label = (await button.getAttribute("aria-label"))!;
    const title = label.replace(/^Markeer /, "").replace(/ als interessant$/, "");
    await axeBothLanguages(page);
    await suggestions.getByRole("button", { name: label }).click();
    await expect(page.getByRole("status").filter({ hasText: "De hub weet dat u deze oplossing interessant vindt" })).toBeVisible();
    const item = suggestions.locator("li.match", { has: page.getByRole("link", { name: title, exact: true }) });
    await expect(item).toContainText("Interesse gemeld, de hub kijkt ernaar");
    // No second "Markeer" button (the judgement controls for hub staff and owners stay).
    await expect(item.getByRole("button", { name: /^Markeer / })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
