import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, switchLanguage } from "./axe";
import { hubLogIn } from "./helpers";

/** /hub/inzicht: hub staff reach it from /hub, see every figure as SVG plus table, filter by clicking a province. */
test.describe("hub insight", () => {
  test.describe.configure({ timeout: 180_000 });

  test("from /hub to the figures, a province click filters the URL, CSV link carries the filters (axe, NL and EN)", async ({ browser }) => {
    const staff = await hubLogIn(browser, "hub-insights");
    await staff.setViewportSize({ width: 1280, height: 900 });
    await staff.getByRole("link", { name: /^Inzicht:/ }).click();
    await expect(staff).toHaveURL(/\/hub\/inzicht$/);
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Inzicht");
    for (const name of ["Trechter van matches", "Tijd per fase", "Van introductie tot eerste bericht", "Reacties per opgave", "Gepubliceerd per thema", "Open opgaven per provincie"]) {
      const region = staff.getByRole("region", { name });
      await expect(region.getByRole("table")).toBeVisible();
      await expect(region.locator(".insight-definition")).not.toBeEmpty();
    }
    await expect(staff.getByRole("group", { name: /^Kaart van Nederland/ })).toBeVisible();
    await expect(staff.getByRole("img", { name: /^Staafdiagram: aantal matches/ })).toBeVisible();
    await expect(staff.locator("svg a")).toHaveCount(12);
    // Themes over time: one small line chart per theme with publications, and the table of the same numbers.
    const overTime = staff.getByRole("region", { name: "Per thema door de tijd" });
    await expect(overTime.locator(".insight-definition")).not.toBeEmpty();
    await expect(overTime.getByRole("img", { name: /^Lijndiagram / }).first()).toBeVisible();
    expect(await overTime.getByRole("img").count()).toBe((await overTime.locator("tbody tr").count()) / 2);
    // Partner and broker filters live in the URL like the others.
    await staff.getByLabel("Partner van de hub").selectOption({ index: 1 });
    await staff.getByRole("button", { name: "Toon" }).click();
    await expect(staff).toHaveURL(/[?&]partner=[a-z0-9-]+/);
    await expect(staff.getByRole("link", { name: "Download alle cijfers als CSV" })).toHaveAttribute("href", /&partner=[a-z0-9-]+$/);
    await staff.getByRole("link", { name: "Wis filters" }).click();
    await expect(staff).toHaveURL(/\/hub\/inzicht$/);
    await expect(staff.getByRole("link", { name: "Download alle cijfers als CSV" })).toHaveAttribute("href", /^\/hub\/inzicht\.csv\?van=\d{4}-\d{2}-\d{2}&tot=\d{4}-\d{2}-\d{2}$/);
    await expectNoAxeViolations(staff);
    await staff.screenshot({ path: "test-results/hub-insights.png", fullPage: true });

    // A province on the map filters the page.
    await staff.getByRole("group", { name: /^Kaart van Nederland/ }).getByRole("link", { name: /^Noord-Holland:/ }).click();
    await expect(staff).toHaveURL(/\/hub\/inzicht\?van=[\d-]+&tot=[\d-]+&provincie=PV27$/);
    await expect(staff.getByRole("status")).toHaveText("Gefilterd op provincie Noord-Holland. Naar de gemeenten in deze provincie.");
    // The province's municipalities: a map and a table with all 44 of them.
    const municipalities = staff.getByRole("region", { name: "Open opgaven per gemeente in Noord-Holland" });
    await expect(municipalities.getByRole("img", { name: /^Kaart van Noord-Holland/ })).toBeVisible();
    await expect(municipalities.locator("svg path")).toHaveCount(44);
    await expect(municipalities.getByRole("table").locator("tbody tr")).toHaveCount(44);
    await staff.getByRole("link", { name: "Naar de gemeenten in deze provincie." }).click();
    await expect(staff).toHaveURL(/#municipality-heading$/);
    await expect(staff.locator('select[name="provincie"]')).toHaveValue("PV27");
    await expect(staff.getByRole("link", { name: "Download alle cijfers als CSV" })).toHaveAttribute("href", /provincie=PV27$/);
    await expectNoAxeViolations(staff);

    // The CSV downloads as an attachment with the same filters.
    const csv = await staff.request.get((await staff.getByRole("link", { name: "Download alle cijfers als CSV" }).getAttribute("href"))!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="opgavenmarkt-inzicht-.*-PV27\.csv"$/);
    expect((await csv.text()).split("\r\n")[0]).toBe("figure,key,measure,value");

    // English.
    await switchLanguage(staff, "English");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Insight");
    await expect(staff.getByRole("region", { name: "Open challenges per province" }).getByRole("table")).toBeVisible();
    await expectNoAxeViolations(staff);
    await switchLanguage(staff, "Nederlands");
    await staff.context().close();
  });
});
