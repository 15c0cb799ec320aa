import { expect, test, type Page } from "@playwright/test";
import { axeBothLanguages } from "./axe";
import { DEMO_PASSWORD, logIn, registerCompanyMember } from "./helpers";

/**
 * Issue 17: procurement route advice and a market consultation from opening to report. The owner (the demo
 * municipality account, a verified member of Amsterdam, on Amsterdam's other challenge) gets the advice and chooses
 * a route; two companies register and ask; the owner's answer reaches both at once with the question anonymised;
 * after closing, the report and its DOCX.
 */
const SLUG = "amsterdam-circular-construction-materials";
const OWNER = "s.verhoeven@amsterdam.example";
const PASSWORD = "een lange zin als wachtwoord";

async function challengeId(page: Page): Promise<string> {
  const open = (await (await page.request.get("/open-data/opgaven.json")).json()) as { challenges: { id: string; slug: string }[] };
  const found = open.challenges.find((c) => c.slug === SLUG);
  expect(found).toBeTruthy();
  return found!.id;
}

test("route advice, then a market consultation from opening to report with two companies", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await logIn(page, OWNER, DEMO_PASSWORD);
  const id = await challengeId(page);

  // Route advice: EUR 250,000 of services, nothing on the market, R&D needed.
  await page.goto(`/mijn/opgaven/${id}`);
  await page.getByRole("link", { name: "Inkoopadvies en inkoopweg" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inkoopadvies");
  await expect(page.getByText("geen juridisch advies")).toBeVisible();
  await page.getByRole("button", { name: "Advies tonen" }).click();
  await expect(page.locator("#valueEur-error")).toBeVisible();
  await page.getByLabel("Geschatte waarde van de opdracht (euro, exclusief btw)").fill("250000");
  await page.getByRole("group", { name: "Wat koopt u in?" }).getByLabel("Leveringen of diensten").check();
  await page.getByRole("group", { name: "Is er al een oplossing op de markt?" }).getByLabel("Nog niet").check();
  await page.getByRole("group", { name: "Is onderzoek en ontwikkeling nodig?" }).getByLabel("Ja").check();
  await page.getByRole("group", { name: "Hebben andere overheden belangstelling?" }).getByLabel("Nee").check();
  await page.getByRole("button", { name: "Advies tonen" }).click();
  await expect(page.locator(".threshold-flag")).toContainText("op of boven de Europese drempel");
  for (const route of ["SBIR", "Pre-commercieel inkopen", "Innovatiepartnerschap"]) await expect(page.getByRole("heading", { name: route, exact: true })).toBeVisible();
  await page.locator('[data-route="sbir"]').getByRole("button", { name: "Deze inkoopweg kiezen" }).click();
  await expect(page.getByRole("status")).toHaveText("De inkoopweg is opgeslagen.");
  await page.getByLabel("Huidige stap").selectOption({ label: "Fase 1: haalbaarheid" });
  await page.getByRole("button", { name: "Stap opslaan" }).click();
  await expect(page.locator(".procurement-badge").first()).toHaveText("Inkoopweg: SBIR · Fase 1: haalbaarheid");
  await axeBothLanguages(page);

  // Open the consultation.
  await page.goto(`/mijn/opgaven/${id}/consultatie`);
  const end = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Open tot en met").fill(end);
  await page.getByRole("button", { name: "Consultatie openen" }).click();
  await expect(page.getByRole("status")).toHaveText("De marktconsultatie is geopend.");
  await axeBothLanguages(page);

  // The public page shows the route and the consultation.
  const anonymousContext = await browser.newContext({ locale: "nl-NL" });
  const anonymous = await anonymousContext.newPage();
  await anonymous.goto(`/opgaven/${SLUG}`);
  await expect(anonymous.locator(".procurement-badge")).toHaveText("Inkoopweg: SBIR · Fase 1: haalbaarheid");
  await anonymous.getByRole("link", { name: /Marktconsultatie: Open voor vragen/ }).click();
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText("Marktconsultatie");
  await expect(anonymous.getByRole("heading", { name: "Vragen en antwoorden" })).toHaveCount(0);
  await axeBothLanguages(anonymous);
  await anonymousContext.close();

  // Two companies register; the first asks a question.
  const companies = [];
  for (const name of ["Anna Aanbieder", "Bram Bieder"]) {
    const context = await browser.newContext({ locale: "nl-NL" });
    const p = await context.newPage();
    const { company } = await registerCompanyMember(p, name, PASSWORD);
    await p.goto(`/opgaven/${SLUG}/consultatie`);
    await p.getByRole("button", { name: "Aanmelden voor deze marktconsultatie" }).click();
    await expect(p.getByRole("status")).toHaveText("U bent aangemeld. U ontvangt elk antwoord.");
    companies.push({ page: p, company });
  }
  const [first, second] = companies;
  await first.page.getByLabel("Uw vraag").fill("Moet de oplossing werken zonder smartphone?");
  await first.page.getByRole("button", { name: "Vraag stellen" }).click();
  await expect(first.page.getByRole("status").filter({ hasText: "Uw vraag is verstuurd" })).toBeVisible();
  await axeBothLanguages(first.page);
  // The other company does not see an unanswered question.
  await second.page.reload();
  await expect(second.page.getByText("Moet de oplossing werken zonder smartphone?")).toHaveCount(0);

  // The owner answers: published to both at once, the question without the asker.
  await page.goto(`/mijn/opgaven/${id}/consultatie`);
  await expect(page.getByText("2 aangemelde partijen")).toBeVisible();
  await expect(page.getByText(first.company)).toHaveCount(0);
  await axeBothLanguages(page);
  await page.getByLabel("Antwoord aan alle aangemelde partijen").fill("Ja, ook via de telefoon en bij het dorpshuis.");
  await page.getByRole("button", { name: "Antwoord publiceren aan alle partijen" }).click();
  await expect(page.getByRole("status")).toHaveText("Het antwoord is gepubliceerd aan alle aangemelde partijen.");
  for (const { page: p } of companies) {
    await p.goto(`/opgaven/${SLUG}/consultatie`);
    await expect(p.locator(".qa-answer")).toContainText("Ja, ook via de telefoon en bij het dorpshuis.");
    await p.goto("/meldingen");
    await expect(p.getByText("Nieuw antwoord in de marktconsultatie")).toBeVisible();
  }
  await expect(second.page.getByText(first.company)).toHaveCount(0);

  // Close; the report and its DOCX.
  await page.goto(`/mijn/opgaven/${id}/consultatie`);
  await page.getByRole("button", { name: "Consultatie nu sluiten" }).click();
  await expect(page.getByRole("status")).toHaveText("De marktconsultatie is gesloten.");
  await page.getByRole("link", { name: "Verslag van de marktconsultatie" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verslag marktconsultatie");
  const respondents = page.getByRole("region", { name: "Aangemelde partijen" });
  for (const { company } of companies) await expect(respondents).toContainText(company);
  await expect(page.getByRole("region", { name: "Vragen en antwoorden" })).toContainText("Moet de oplossing werken zonder smartphone?");
  await axeBothLanguages(page);
  const download = await page.request.get(`/opgaven/${SLUG}/consultatie/verslag.docx`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("wordprocessingml");
  expect((await download.body()).subarray(0, 2).toString()).toBe("PK");

  // A closed consultation takes no more questions: the form is gone.
  await first.page.goto(`/opgaven/${SLUG}/consultatie`);
  await expect(first.page.getByRole("button", { name: "Vraag stellen" })).toHaveCount(0);
  for (const { page: p } of companies) await p.context().close();
});
