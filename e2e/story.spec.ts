import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { hubLogIn, openFromSearch, registerCompanyMember, signUpAndVerify, uniqueEmail } from "./helpers";

/**
 * The whole story of issue 6 with three people who exist only in this test: a civil servant of Gemeente Zwolle,
 * a company that registers itself, and a hub broker. Every step goes through the browser: membership
 * verification, intake and review of both records, the engine's suggestion, "ik kan helpen", screening and
 * introduction, a three-way conversation with live updates, pilot and adoption, and the notifications and
 * e-mails that each of them receives along the way.
 */
const PASSWORD = "een lange zin als wachtwoord";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function newPerson(browser: Browser, name: string, prefix: string) {
  const page = await (await browser.newContext()).newPage();
  const email = uniqueEmail(prefix);
  await signUpAndVerify(page, name, email, PASSWORD);
  return { page, email };
}

/** Open a thread page and wait until its live event stream is connected. */
async function openLive(page: Page, href: string) {
  const stream = page.waitForResponse((r) => r.url().endsWith("/events") && r.status() === 200);
  await page.goto(href);
  await stream;
}

/** Post a message and check that the other participants' open pages show it without a reload. */
async function say(from: Page, text: string, others: Page[]) {
  await from.getByLabel("Uw bericht").fill(text);
  await from.getByRole("button", { name: "Versturen" }).click();
  await expect(from.locator(".message", { hasText: text })).toHaveCount(1);
  for (const other of others) await expect(other.locator(".message", { hasText: text })).toBeVisible();
}

/** Poll a page (reloading) until it shows the text: notifications and mail are written by workers. */
async function eventually(page: Page, url: string, locator: (page: Page) => ReturnType<Page["locator"]>) {
  try {
    await expect
      .poll(
        async () => {
          await page.goto(url);
          return locator(page).count();
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
  } catch (error) {
    // Say what the page showed instead: a CI run once found nothing here and left no trace of why.
    const shown = (await page.locator("main").innerText().catch(() => "(no main)")).slice(0, 3000);
    throw new Error(`${String(error)}\nURL: ${page.url()}\nPage showed:\n${shown}`);
  }
}

test("the whole story: a challenge is published, matched, introduced, discussed, piloted and adopted", async ({ browser }) => {
  test.setTimeout(300_000);
  const word = `koelkaart${unique()}`;
  const challengeTitle = `Hitte in de binnenstad ${word}`;
  const solutionTitle = `Koelkaart ${word}`;
  const muniName = `Marit Zwolle ${word.slice(-6)}`;
  const companyPerson = `Bas Bedrijf ${word.slice(-6)}`;

  // A civil servant joins Gemeente Zwolle; the broker verifies the membership.
  const muni = await newPerson(browser, muniName, "zwolle");
  await muni.page.goto("/organisatie/kiezen");
  await muni.page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Zwolle" });
  await muni.page.getByRole("button", { name: "Aansluiten" }).click();
  await expect(muni.page).toHaveURL(/\/organisatie\/volgende-stap$/);
  const staff = await hubLogIn(browser, "story", "/hub/verificatie");
  await staff.getByRole("button", { name: `Goedkeuren: ${muniName}, Gemeente Zwolle` }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Het lidmaatschap is geverifieerd" })).toBeVisible();

  // A company registers and submits a solution; the broker publishes it.
  const companyPage = await (await browser.newContext()).newPage();
  const company = await registerCompanyMember(companyPage, companyPerson, PASSWORD);
  await companyPage.goto("/mijn/oplossingen/nieuw");
  await companyPage.getByLabel("Titel", { exact: true }).fill(solutionTitle);
  await companyPage.getByLabel("Samenvatting").fill(`De ${word} toont koele plekken en hitte-eilanden in de binnenstad.`);
  await companyPage
    .getByLabel("Beschrijving")
    .fill(`Met de ${word} zien bewoners en de gemeente waar hittestress het grootst is. De ${word} combineert satellietbeelden met sensoren.`);
  await companyPage.getByRole("checkbox", { name: "Klimaatadaptatie", exact: true }).check();
  await companyPage.getByRole("checkbox", { name: "Gemeenten", exact: true }).check();
  await companyPage.getByRole("button", { name: "Indienen ter beoordeling" }).click();
  await expect(companyPage.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();
  await staff.goto("/hub/beoordeling/oplossingen");
  await staff.getByRole("link", { name: solutionTitle }).click();
  await staff.getByRole("button", { name: "Publiceren" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();

  // The municipality posts its challenge; the broker publishes it.
  await muni.page.goto("/mijn/opgaven/nieuw");
  await muni.page.getByLabel("Titel", { exact: true }).fill(challengeTitle);
  await muni.page.getByLabel("Samenvatting").fill(`Wij zoeken een ${word}: waar is het in de zomer te heet in de binnenstad?`);
  await muni.page.getByRole("checkbox", { name: "Klimaatadaptatie", exact: true }).check();
  await muni.page.getByLabel("Probleemstelling").fill(`Hittestress in de binnenstad van Zwolle; een ${word} met koele plekken ontbreekt.`);
  await muni.page.getByLabel("Gewenst resultaat").fill(`Een ${word} voor bewoners.`);
  await muni.page.getByRole("button", { name: "Opgave aanmaken" }).click();
  await expect(muni.page.getByRole("status").filter({ hasText: "aangemaakt als concept" })).toBeVisible();
  await muni.page.getByRole("button", { name: "Indienen ter beoordeling" }).click();
  await expect(muni.page.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();
  await staff.goto("/hub/beoordeling/opgaven");
  await staff.getByRole("link", { name: challengeTitle }).click();
  await staff.getByRole("button", { name: "Publiceren" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "gepubliceerd" })).toBeVisible();

  // The engine suggests the solution on the public challenge page (once the index has both records).
  await openFromSearch(muni.page, "/opgaven", word, challengeTitle);
  await expect(muni.page.getByRole("heading", { level: 1 })).toHaveText(challengeTitle);
  const challengeUrl = muni.page.url();
  const suggested = (page: Page) => page.getByRole("region", { name: "Passende oplossingen" }).getByRole("link", { name: solutionTitle });
  await eventually(muni.page, challengeUrl, suggested);
  // It comes first, explained by the shared theme and the distinctive term.
  const first = muni.page.getByRole("region", { name: "Passende oplossingen" }).getByRole("listitem").first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText(solutionTitle);
  await expect(first).toContainText("Klimaatadaptatie");
  await expect(first).toContainText(word);

  // The hub lets this owner hear of responses directly (the per-challenge setting; the default is via the hub).
  await staff.goto(challengeUrl);
  const contact = staff.getByRole("region", { name: "Contact met de opgavehouder" });
  await contact.getByLabel(/^Rechtstreeks/).check();
  await contact.getByRole("button", { name: "Opslaan" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "De contactwijze is opgeslagen" })).toBeVisible();

  // The company responds: "ik kan helpen".
  await companyPage.goto(challengeUrl);
  const respond = companyPage.getByRole("region", { name: "Ik kan helpen" });
  const option = await respond.getByLabel("Uw oplossing", { exact: true }).locator("option", { hasText: solutionTitle }).getAttribute("value");
  await respond.getByLabel("Uw oplossing", { exact: true }).selectOption(option!);
  await respond.getByLabel("Hoe helpt uw oplossing bij deze opgave?").fill(`Onze ${word} laat per straat zien waar het koel blijft.`);
  await respond.getByRole("button", { name: "Reactie versturen" }).click();
  await expect(companyPage.getByRole("status").filter({ hasText: "Uw reactie is ontvangen" })).toBeVisible();

  // The broker screens the match and introduces the parties.
  await staff.goto("/hub/matches");
  const row = staff.locator("tbody tr", { hasText: challengeTitle }).filter({ hasText: solutionTitle });
  await expect(row).toContainText("Interesse");
  await row.getByRole("checkbox").check();
  await staff.getByLabel("Nieuwe status voor de selectie").selectOption({ label: "Screening" });
  await staff.getByRole("button", { name: "Toepassen op selectie" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "1 van 1 matches gewijzigd." })).toBeVisible();
  await staff.goto("/hub/matches?weergave=bord");
  const screening = staff.getByRole("region", { name: /^Screening \(/ }).locator(".board-card", { hasText: challengeTitle });
  await screening.getByRole("link", { name: "Introduceren" }).click();
  await expect(staff.getByLabel("Introductiebericht")).toHaveValue(/Graag stel ik u aan elkaar voor/);
  await staff.getByRole("button", { name: "Introduceren en gesprek openen" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "De partijen zijn geïntroduceerd" })).toBeVisible();
  const matchUrl = staff.url();
  const threadHref = (await staff.getByRole("link", { name: /^Gesprek: / }).getAttribute("href"))!;
  expect(threadHref).toMatch(/^\/berichten\/[0-9a-f-]{36}$/);

  // The three exchange messages; each sees the others' messages arrive without reloading.
  const muniThread = muni.page;
  await muniThread.goto("/berichten");
  await expect(muniThread.locator(`a[href="${threadHref}"]`)).toBeVisible();
  await openLive(muniThread, threadHref);
  await expect(muniThread.locator(".message").first()).toContainText("Graag stel ik u aan elkaar voor");
  await openLive(companyPage, threadHref);
  await openLive(staff, threadHref);
  await expectNoAxeViolations(muniThread);
  await say(muniThread, `Dank voor de reactie, kunnen we de ${word} in juni testen?`, [companyPage, staff]);
  await say(companyPage, "Ja, juni past ons goed. Wij nemen de sensoren mee.", [muniThread, staff]);
  await say(staff, "Mooi, ik zet de match op pilot zodra de afspraken rond zijn.", [muniThread, companyPage]);

  // The pilot runs and the solution is adopted; the deployment appears on the solution's public page.
  await staff.goto(matchUrl);
  const summary = staff.getByRole("region", { name: "Overzicht" });
  for (const label of ["In gesprek", "Pilot", "In gebruik"]) {
    await staff.getByLabel("Nieuwe status", { exact: true }).selectOption({ label });
    await staff.getByRole("button", { name: "Status wijzigen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "De status is gewijzigd" })).toBeVisible();
    await expect(summary.locator(".status").first()).toHaveText(label);
  }
  await openFromSearch(companyPage, "/oplossingen", word, solutionTitle);
  await expect(companyPage.getByRole("heading", { level: 1 })).toHaveText(solutionTitle);
  const usedBy = companyPage.locator("section", { has: companyPage.getByRole("heading", { name: "In gebruik bij" }) });
  await expect(usedBy.locator("li", { hasText: "Zwolle" })).toContainText("In gebruik");

  // Notifications in the app: the municipality heard of the review, the response, the messages and the adoption.
  const muniNotifications = (page: Page) => page.locator(".notification-list");
  await eventually(muni.page, "/meldingen", (p) => muniNotifications(p).getByText(`Reactie op uw opgave “${challengeTitle}”: ${solutionTitle}`));
  const list = muniNotifications(muni.page);
  await expect(list).toContainText(`Beoordeling van “${challengeTitle}”: Open voor reacties`);
  await expect(list).toContainText(`Nieuw bericht van ${companyPerson}`);
  await expect(list).toContainText(`Match “${challengeTitle}” met “${solutionTitle}”: nu Geïntroduceerd`);
  await expect(list).toContainText(`Match “${challengeTitle}” met “${solutionTitle}”: nu In gebruik`);
  await expect(muni.page.locator("a.bell")).toHaveAccessibleName(/Meldingen, \d+ ongelezen/);
  await expectNoAxeViolations(muni.page);
  await eventually(companyPage, "/meldingen", (p) => p.locator(".notification-list").getByText(`Nieuw bericht van ${muniName}`));
  await expect(companyPage.locator(".notification-list")).toContainText(`Beoordeling van “${solutionTitle}”: Gepubliceerd`);
  // The broker was asked to act on the response.
  await eventually(staff, "/meldingen", (p) => p.locator(".notification-list").getByText(`Reactie op “${challengeTitle}”: ${solutionTitle} kan helpen`));

  // And by e-mail (both chose the default: immediately).
  const mailTo = (email: string, subject: string) => (page: Page) =>
    page.locator(".mail-item", { hasText: email }).filter({ has: page.getByRole("heading", { name: subject }) });
  await eventually(muni.page, `/ontwikkeling/mail?aan=${encodeURIComponent(muni.email)}`, mailTo(muni.email, `Opgavenmarkt: Reactie op uw opgave “${challengeTitle}”: ${solutionTitle}`));
  await eventually(muni.page, `/ontwikkeling/mail?aan=${encodeURIComponent(company.email)}`, mailTo(company.email, `Opgavenmarkt: Nieuw bericht van ${muniName} in`));
  await eventually(
    muni.page,
    `/ontwikkeling/mail?aan=${encodeURIComponent(company.email)}`,
    mailTo(company.email, `Opgavenmarkt: Match “${challengeTitle}” met “${solutionTitle}”: nu In gebruik`),
  );
  await expectNoAxeViolations(muni.page);

  for (const page of [muni.page, companyPage, staff]) await page.context().close();
});
