import { expect, test } from "@playwright/test";
import { axeBothLanguages, switchLanguage } from "./axe";
import { hubLogIn } from "./helpers";

/**
 * EDIH reporting (issue 16): a pipeline step proposes services that staff confirm on the match page; staff add an
 * event with several participants and a DMA measurement; the report shows every number with its definition and
 * offers the CSV and xlsx downloads. Axe in Dutch and English on every page.
 */
test.describe("EDIH reporting", () => {
  test.describe.configure({ timeout: 240_000, mode: "serial" });

  test("an introduction proposes services for both parties; staff change the category and confirm one", async ({ browser }) => {
    const staff = await hubLogIn(browser, "edih", "/hub/matches/nieuw");
    const challengeSelect = staff.getByLabel("Opgave", { exact: true });
    const options = await challengeSelect.locator("option").count();
    // A challenge (from the end of the list) with a suggestion that is not a match yet.
    let added = false;
    for (let i = options - 1; i > 0 && !added; i--) {
      await staff.goto("/hub/matches/nieuw");
      await staff.getByLabel("Opgave", { exact: true }).selectOption({ index: i });
      await staff.getByRole("button", { name: "Toon voorstellen" }).click();
      await expect(staff.getByRole("heading", { name: "Voorgestelde oplossingen" })).toBeVisible();
      const add = staff.getByRole("button", { name: /toevoegen als match$/ });
      if ((await add.count()) === 0) continue;
      await add.first().click();
      await expect(staff.getByRole("status").filter({ hasText: "De match is toegevoegd." })).toBeVisible();
      added = true;
    }
    expect(added).toBe(true);
    await staff.getByRole("status").getByRole("link", { name: "Openen" }).click();
    await expect(staff).toHaveURL(/\/hub\/matches\/[0-9a-f-]{36}$/);
    const services = staff.getByRole("region", { name: "Voorgestelde diensten" });
    await expect(services).toContainText("Geen voorgestelde diensten.");

    await staff.getByLabel("Nieuwe status", { exact: true }).selectOption({ label: "Screening" });
    await staff.getByRole("button", { name: "Status wijzigen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De status is gewijzigd" })).toBeVisible();
    await staff.getByRole("button", { name: "Introduceren en gesprek openen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De partijen zijn geïntroduceerd" })).toBeVisible();

    // Two proposals (challenge owner and solution provider), networking by default.
    const confirmButtons = services.getByRole("button", { name: /^Bevestig dienst voor / });
    await expect(confirmButtons).toHaveCount(2);
    await expect(services.getByLabel("Categorie").first()).toHaveValue("networking_and_ecosystem");
    await expect(services).toContainText("Na stap: Geïntroduceerd");
    await axeBothLanguages(staff);
    await services.screenshot({ path: "test-results/edih-proposed-services.png" });

    const first = services.locator("li.proposal").first();
    const customer = (await first.locator("strong").textContent())!;
    await first.getByLabel("Categorie").selectOption({ label: "Test before invest" });
    await first.getByLabel("Geleverd door (hubpartner)").selectOption({ label: "Digicampus" });
    await first.getByRole("button", { name: `Bevestig dienst voor ${customer}` }).click();
    await expect(services.getByRole("list", { name: "Bevestigd" })).toContainText(`${customer} · Test before invest`);
    await expect(confirmButtons).toHaveCount(1);
    // The other party is not a service this time.
    await services.getByRole("button", { name: /^Geen dienst voor / }).click();
    await expect(confirmButtons).toHaveCount(0);
    await expect(services).toContainText("Geen voorgestelde diensten.");
    await axeBothLanguages(staff);
    await staff.context().close();
  });

  test("staff add an event with two participants and a DMA measurement", async ({ browser }) => {
    const staff = await hubLogIn(browser, "edih", "/hub");
    await staff.getByRole("link", { name: /^Diensten:/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Diensten (EDIH)");
    await axeBothLanguages(staff);

    const event = staff.getByRole("region", { name: "Evenement met deelnemers toevoegen" });
    await event.getByLabel("Naam van het evenement").fill("Workshop datagedreven werken");
    await event.getByLabel("Deelnemende organisaties").selectOption([{ label: "Gemeente Amsterdam" }, { label: "Gemeente Utrecht" }]);
    await event.getByLabel("Categorie").selectOption({ label: "Vaardigheden en training" });
    await event.getByLabel("Geleverd door (hubpartner)").selectOption({ label: "Digicampus" });
    await event.getByRole("button", { name: "Evenement toevoegen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Evenement toegevoegd met 2 diensten." })).toBeVisible();
    await expect(staff.getByRole("status").filter({ hasText: "nog geen T0-meting" })).toBeVisible();
    await expect(staff.getByRole("table", { name: "Diensten deze periode" })).toContainText("Evenement: Workshop datagedreven werken");
    // Dates read in the reader's language; the ISO date stays machine-readable in datetime (and in the date inputs).
    // (Located by the section, not by its name: the check runs in both languages.)
    const serviceDate = staff.locator('section[aria-labelledby="recent-heading"] table tbody time').first();
    await expect(serviceDate).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(serviceDate).toHaveText(/^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/);
    await expect(staff.getByText(/^Periode \d{1,2} [a-z]+ \d{4} tot en met \d{1,2} [a-z]+ \d{4}\.$/)).toBeVisible();
    await expect(staff.getByRole("region", { name: "Evenement met deelnemers toevoegen" }).getByLabel("Datum")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await switchLanguage(staff, "English");
    await expect(staff).toHaveTitle("Services · Hub · Opgavenmarkt");
    await expect(serviceDate).toHaveText(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    await switchLanguage(staff, "Nederlands");
    await expect(staff).toHaveTitle("Diensten · Hub · Opgavenmarkt");
    await axeBothLanguages(staff);

    // A T0 measurement for one of them.
    await staff.goto("/hub/dma");
    const form = staff.getByRole("region", { name: "Meting vastleggen" });
    await form.getByLabel("Organisatie").selectOption({ label: "Gemeente Utrecht" });
    const scores = ["42", "55,5", "38", "61", "47", "30", "45,6"];
    for (const [i, label] of ["Digitale strategie en investeringen", "Digitale gereedheid", "Mensgerichte digitalisering", "Databeheer en -beveiliging", "Interoperabiliteit", "Groene digitalisering", "Totaal"].entries()) {
      await form.getByLabel(label).fill(scores[i]);
    }
    await form.getByRole("button", { name: "Meting vastleggen" }).click();
    await expect(staff.getByRole("status")).toHaveText("Meting vastgelegd.");
    await expect(staff.getByRole("table", { name: "Metingen per organisatie" })).toContainText("Gemeente Utrecht");
    await expect(staff.getByRole("table", { name: "Metingen per organisatie" })).toContainText(/T0 \(\d{1,2} [a-z]+ \d{4}\)/);
    await expect(staff.getByRole("table", { name: "Metingen per organisatie" })).not.toContainText(/\(\d{4}-\d{2}-\d{2}\)/);
    await axeBothLanguages(staff);
    await staff.screenshot({ path: "test-results/edih-dma.png" });

    // Correct a confirmed service: change Amsterdam's category, then withdraw it with a reason.
    await staff.goto("/hub/diensten");
    await staff.getByRole("link", { name: /^Dienst voor Gemeente Amsterdam op .* wijzigen$/ }).click();
    const edit = staff.getByRole("region", { name: "Dienst wijzigen: Gemeente Amsterdam" });
    await expect(edit.getByLabel("Categorie")).toHaveValue("skills_and_training");
    await axeBothLanguages(staff);
    await staff.screenshot({ path: "test-results/edih-edit-service.png" });
    await edit.getByLabel("Categorie").selectOption({ label: "Netwerken en toegang tot innovatie-ecosystemen" });
    await edit.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(staff.getByRole("status")).toHaveText("Dienst gewijzigd.");
    await staff.getByRole("link", { name: /^Dienst voor Gemeente Amsterdam op .* wijzigen$/ }).click();
    await edit.getByRole("button", { name: "Dienst intrekken" }).click();
    await expect(staff.getByLabel("Reden van intrekken")).toHaveAttribute("aria-invalid", "true");
    await axeBothLanguages(staff);
    await staff.getByLabel("Reden van intrekken").fill("Dubbel vastgelegd");
    await staff.getByRole("button", { name: "Dienst intrekken" }).click();
    await expect(staff.getByRole("status")).toHaveText("Dienst ingetrokken.");
    await expect(staff.getByRole("table", { name: "Diensten deze periode" })).not.toContainText("Gemeente Amsterdam");
    await expect(staff.getByRole("list", { name: "Ingetrokken in deze periode (telt niet mee)" })).toContainText("Gemeente Amsterdam · Netwerken en toegang tot innovatie-ecosystemen · reden: Dubbel vastgelegd");

    // A collaboration with another EDIH, relating to the event.
    const collab = staff.getByRole("region", { name: "Samenwerking met een ander EDIH vastleggen" });
    await collab.getByLabel("Naam van het andere EDIH").fill("EDIH Noord (e2e)");
    await collab.getByLabel("Id in de EDIH-catalogus van de EU (optioneel)").fill("EDIH-E2E-1");
    await collab.getByLabel("Soort samenwerking").selectOption({ label: "Gezamenlijk evenement" });
    const eventPicker = collab.getByLabel("Hoort bij evenement (optioneel)");
    await eventPicker.selectOption((await eventPicker.locator("option", { hasText: "Workshop datagedreven werken" }).first().getAttribute("value"))!);
    await collab.getByRole("button", { name: "Samenwerking vastleggen" }).click();
    await expect(staff.getByRole("status")).toHaveText("Samenwerking vastgelegd.");
    await expect(collab).toContainText("EDIH Noord (e2e) (EDIH-E2E-1) · Gezamenlijk evenement · Evenement: Workshop datagedreven werken");
    await axeBothLanguages(staff);
    await staff.context().close();
  });

  test("the report shows each number with its definition and the records behind it, and downloads CSV and xlsx", async ({ browser }) => {
    const staff = await hubLogIn(browser, "edih", "/hub");
    await staff.getByRole("link", { name: /^Rapportage:/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Rapportage (EDIH)");
    const totals = staff.getByRole("region", { name: "Kerncijfers" });
    await expect(totals).toContainText("Bevestigde diensten met een datum in de periode.");
    await expect(totals).toContainText("Samenwerkingen met andere EDIH's: 1");
    for (const name of ["Unieke klanten per categorie", "Unieke klanten per provincie", "Unieke klanten per sector", "Diensten per categorie"]) {
      await expect(staff.getByRole("table", { name })).toBeVisible();
    }
    // The event's two participants are public sector customers in this month.
    const byCategory = staff.getByRole("table", { name: "Unieke klanten per categorie" });
    const publicRow = byCategory.getByRole("row", { name: /Publieke organisatie/ });
    await publicRow.getByText(/^Onderliggende records/).click();
    await expect(publicRow).toContainText("Gemeente Utrecht");
    await axeBothLanguages(staff);
    await staff.screenshot({ path: "test-results/edih-report.png", fullPage: true });

    for (const [name, type, disposition] of [
      ["Diensten (CSV)", "text/csv", /^attachment; filename="edih-diensten-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/],
      ["Metingen (CSV)", "text/csv", /^attachment; filename="edih-metingen-.*\.csv"$/],
      ["Samenwerkingen met andere EDIH's (CSV)", "text/csv", /^attachment; filename="edih-samenwerkingen-.*\.csv"$/],
      ["Werkmap met alle tabellen (.xlsx)", "spreadsheetml", /^attachment; filename="edih-werkmap-.*\.xlsx"$/],
    ] as const) {
      const href = await staff.getByRole("link", { name }).getAttribute("href");
      const response = await staff.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
      expect(response.headers()["content-disposition"]).toMatch(disposition);
      const bytes = await response.body();
      if (type === "text/csv") {
        expect(bytes.toString("utf8").split("\r\n")[0]).toMatch(/^(service_id|assessment_id|collaboration_id),/);
        expect(bytes.toString("utf8")).not.toContain("@");
      } else {
        expect(bytes.subarray(0, 2).toString()).toBe("PK");
      }
    }
    // Another period from the choices: the M18 review.
    await staff.getByLabel("Soort periode").selectOption("m18");
    await staff.getByRole("button", { name: "Toon" }).click();
    await expect(staff).toHaveURL(/periode=m18/);
    await expect(staff.getByRole("link", { name: "Diensten (CSV)" })).toHaveAttribute("href", /periode=m18$/);
    await staff.context().close();
  });
});
