import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, switchLanguage } from "./axe";

/** Public browsing: facets on the list pages (with and without JavaScript) and the open data files. */

const results = (n: number) => (n === 1 ? "1 resultaat" : `${n} resultaten`);

/** The number in a facet checkbox's label, e.g. "Energietransitie (7)" → 7. */
async function countOf(page: Page, checkbox: Locator): Promise<number> {
  const id = await checkbox.getAttribute("id");
  const text = await page.locator(`label[for="${id}"]`).innerText();
  return Number(/\((\d+)\)\s*$/.exec(text)?.[1] ?? Number.NaN);
}

async function resultCount(page: Page): Promise<number> {
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ resultaten?$/);
  return Number.parseInt(await status.innerText(), 10);
}

/** With JavaScript a tick submits at once; the hint appears once the page is hydrated. */
const waitForHydration = (page: Page) => expect(page.getByText("De resultaten worden bijgewerkt", { exact: false })).toBeVisible();

test.describe("faceted browsing", () => {
  test.describe.configure({ timeout: 60_000 });

  test("ticking facets narrows the challenge list, updates the URL and the counts; clear and back work", async ({ page }) => {
    await page.goto("/opgaven");
    await waitForHydration(page);
    const total = await resultCount(page);
    const energy = page.getByRole("group", { name: "Thema" }).getByRole("checkbox", { name: /^Energietransitie \(\d+\)$/ });
    const energyCount = await countOf(page, energy);
    expect(energyCount).toBeGreaterThan(0);
    expect(energyCount).toBeLessThan(total);

    await energy.check();
    await expect(page).toHaveURL(/[?&]thema=energietransitie(&|$)/);
    await expect(page.getByRole("status")).toHaveText(results(energyCount));
    await expect(energy).toBeFocused(); // the update keeps the keyboard where it was
    const cards = page.locator(".card-list > li");
    for (let i = 0; i < (await cards.count()); i++) await expect(cards.nth(i).locator(".tags")).toContainText("Energietransitie");

    // A second facet (AND across facets): a procurement route that still has results.
    const routes = page.getByRole("group", { name: "Inkooproute" }).getByRole("checkbox");
    let route: Locator | null = null;
    for (let i = 0; i < (await routes.count()); i++) {
      if ((await countOf(page, routes.nth(i))) > 0) {
        route = routes.nth(i);
        break;
      }
    }
    expect(route).not.toBeNull();
    const routeCount = await countOf(page, route!);
    const routeValue = await route!.getAttribute("value");
    await route!.check();
    await expect(page).toHaveURL(new RegExp(`inkooproute=${routeValue}`));
    await expect(page).toHaveURL(/thema=energietransitie/);
    await expect(page.getByRole("status")).toHaveText(results(routeCount));
    await expect(page.locator(".facets summary")).toContainText("2 actief");
    await expect(energy).toBeChecked();
    await expectNoAxeViolations(page);

    // Back restores the previous state, the checkboxes included.
    await page.goBack();
    await expect(page).not.toHaveURL(/inkooproute=/);
    await expect(page.getByRole("status")).toHaveText(results(energyCount));
    await expect(route!).not.toBeChecked();
    await expect(energy).toBeChecked();

    await page.getByRole("link", { name: "Wis alle filters" }).click();
    await expect(page).toHaveURL(/\/opgaven$/);
    await expect(page.getByRole("status")).toHaveText(results(total));
    await expect(energy).not.toBeChecked();
  });

  test("a shared URL reproduces the search: text, facets, sort and results", async ({ page, browser }) => {
    const url = "/opgaven?q=energie&thema=energietransitie&status=published&sortering=deadline";
    await page.goto(url);
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    const titles = await page.locator(".card-list > li h2").allInnerTexts();

    const other = await browser.newContext();
    const shared = await other.newPage();
    await shared.goto(url);
    await expect(shared.getByLabel("Zoeken", { exact: true })).toHaveValue("energie");
    await expect(shared.getByLabel("Sorteren op")).toHaveValue("deadline");
    await expect(shared.getByRole("group", { name: "Thema" }).getByRole("checkbox", { name: /^Energietransitie/ })).toBeChecked();
    await expect(shared.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: /^Open voor reacties/ })).toBeChecked();
    await expect(shared.getByRole("status")).toHaveText(results(count));
    expect(await shared.locator(".card-list > li h2").allInnerTexts()).toEqual(titles);
    // Sorted by response deadline: every open challenge on the page shows one.
    await expect(shared.locator(".card-list > li").first()).toContainText("Reageren kan tot");
    await other.close();
  });

  test("works without JavaScript: apply, search with filters, page through", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/oplossingen");
    await expect(page.getByText("De resultaten worden bijgewerkt", { exact: false })).toHaveCount(0);
    const proven = page.getByRole("group", { name: "Volwassenheid" }).getByRole("checkbox", { name: /^Bewezen/ });
    const provenCount = await countOf(page, proven);
    expect(provenCount).toBeGreaterThan(12); // more than one page
    await proven.check();
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(page).toHaveURL(/volwassenheid=bewezen/);
    await expect(page.getByRole("status")).toHaveText(results(provenCount));
    await expect(proven).toBeChecked();
    const statuses = page.locator(".card-list > li .card-meta .status");
    for (let i = 0; i < (await statuses.count()); i++) await expect(statuses.nth(i)).toHaveText("Bewezen");

    await page.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Volgende" }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(page).toHaveURL(/volwassenheid=bewezen/);
    await expect(page.getByRole("status")).toHaveText(results(provenCount));

    // The search box submits the facets with it; a new search starts at page 1.
    await page.getByLabel("Zoeken", { exact: true }).fill("data");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/q=data/);
    await expect(page).toHaveURL(/volwassenheid=bewezen/);
    await expect(page).not.toHaveURL(/pagina=/);
    await expect(proven).toBeChecked();
    await context.close();
  });

  test("on a phone the filters fold away and open on request", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto("/oplossingen");
    const panel = page.locator("details.facets");
    await expect(panel).not.toHaveAttribute("open", "");
    await page.locator(".facets summary").click();
    await expect(panel).toHaveAttribute("open", "");
    await expect(page.getByRole("group", { name: "Volwassenheid" })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("English: facet labels and the solution list with facets open pass axe", async ({ page }) => {
    await page.goto("/oplossingen");
    await expect(page).toHaveTitle("Oplossingen · Opgavenmarkt");
    await switchLanguage(page, "English");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Solutions");
    // The <title> follows the page language too (WCAG 2.4.2).
    await expect(page).toHaveTitle("Solutions · Opgavenmarkt");
    await expect(page.getByRole("group", { name: "Maturity" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Province" })).toBeVisible();
    await page.getByRole("group", { name: "Theme" }).getByRole("checkbox", { name: /^Climate adaptation/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/thema=klimaatadaptatie/);
    await expect(page.getByRole("status")).toHaveText(/^\d+ results?$/);
    await expectNoAxeViolations(page);
    await page.goto("/opgaven?status=closed");
    await expect(page).toHaveTitle("Challenges · Opgavenmarkt");
    await expect(page.getByRole("group", { name: "Procurement route" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: /^Closed for responses/ })).toBeChecked();
    await expectNoAxeViolations(page);
    await switchLanguage(page, "Nederlands");
  });
});

test.describe("open data", () => {
  test.describe.configure({ timeout: 60_000 });

  test("the footer leads to the open data page, which documents and links both files (NL and EN)", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
    await expect(page).toHaveURL(/\/open-data$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
    await expect(page.getByRole("heading", { name: "Licentie" })).toBeVisible();
    await expect(page.getByText("CC0 1.0", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Alle gepubliceerde opgaven als JSON" })).toHaveAttribute("href", "/open-data/opgaven.json");
    await expect(page.getByRole("link", { name: "Atom-feed van opgaven" })).toHaveAttribute("href", "/open-data/opgaven.atom");
    await expect(page.getByRole("cell", { name: "responseDeadline" })).toBeVisible();
    await expectNoAxeViolations(page);
    await switchLanguage(page, "English");
    await expect(page.getByRole("heading", { name: "Licence" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Fields of a challenge" })).toBeVisible();
    await expectNoAxeViolations(page);
    await switchLanguage(page, "Nederlands");
  });

  test("JSON and Atom hold the same public challenges; the feed parses as XML; the list advertises it", async ({ page }) => {
    const jsonRes = await page.request.get("/open-data/opgaven.json");
    expect(jsonRes.status()).toBe(200);
    expect(jsonRes.headers()["access-control-allow-origin"]).toBe("*");
    expect(jsonRes.headers()["cache-control"]).toMatch(/^public/);
    const json = await jsonRes.json();
    expect(json.count).toBeGreaterThan(0);
    expect(JSON.stringify(json)).not.toMatch(/contactEmail|@[a-z0-9-]+\.example/);

    const atomRes = await page.request.get("/open-data/opgaven.atom");
    expect(atomRes.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await atomRes.text();
    await page.goto("/opgaven");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/open-data/opgaven.atom");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("title", /Opgavenmarkt/);
    // The browser's own XML parser: any well-formedness error yields a <parsererror> document.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.getElementsByTagName("parsererror").length > 0) return null;
      const ns = "http://www.w3.org/2005/Atom";
      const entries = Array.from(doc.getElementsByTagNameNS(ns, "entry"));
      return {
        root: doc.documentElement.localName,
        feedId: doc.documentElement.getElementsByTagNameNS(ns, "id")[0]?.textContent,
        ids: entries.map((e) => e.getElementsByTagNameNS(ns, "id")[0]?.textContent),
        withAllParts: entries.every((e) =>
          ["title", "link", "updated", "summary", "author"].every((name) => e.getElementsByTagNameNS(ns, name).length > 0),
        ),
      };
    }, xml);
    expect(parsed).not.toBeNull();
    expect(parsed!.root).toBe("feed");
    expect(parsed!.feedId).toMatch(/^urn:uuid:/);
    expect(parsed!.withAllParts).toBe(true);
    expect(parsed!.ids).toEqual(json.challenges.map((c: { id: string }) => `urn:uuid:${c.id}`));
  });
});
