import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD, hubLogIn, logIn } from "./helpers";

/**
 * Issue 13, mobile: every page a visitor, a municipality member, a company member and hub staff can reach fits a
 * 390 px phone (no sideways scrolling) under a compact header (≤ 120 px while the menu is closed), and the header's
 * menu works and passes axe, open and closed, in Dutch and English. The same pages still fit at 1366 px.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const HEADER_MAX = 120;
const MUNICIPALITY = "s.verhoeven@amsterdam.example";
const COMPANY = "tomas.oliveira@heatscope.example";

/** The first link on `listPath` whose address starts with `prefix` (a detail page to visit). */
async function firstLink(page: Page, listPath: string, prefix: string): Promise<string> {
  await page.goto(listPath);
  const href = await page.locator(`main a[href^="${prefix}"]:not([href$="/nieuw"]):not([href$="/instellingen"])`).first().getAttribute("href");
  expect(href, `a link to ${prefix}… on ${listPath}`).toBeTruthy();
  return href!;
}

/** Visit each page and list every one that scrolls sideways or whose closed header is too tall. */
async function misfits(page: Page, paths: string[], maxHeader = HEADER_MAX): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    const m = await page.evaluate(() => ({
      scroll: document.scrollingElement!.scrollWidth,
      width: window.innerWidth,
      header: document.querySelector("header.site-header")!.getBoundingClientRect().height,
    }));
    if (m.scroll > m.width) problems.push(`${path}: ${m.scroll} px wide in a ${m.width} px window`);
    if (m.header > maxHeader) problems.push(`${path}: header ${Math.round(m.header)} px high`);
  }
  return problems;
}

async function anonymousPages(page: Page): Promise<string[]> {
  const challenge = await firstLink(page, "/opgaven", "/opgaven/");
  const solution = await firstLink(page, "/oplossingen", "/oplossingen/");
  const organisation = await firstLink(page, challenge, "/organisaties/");
  return [
    "/",
    "/opgaven",
    "/opgaven?sortering=deadline&thema=energietransitie",
    challenge,
    "/oplossingen",
    solution,
    "/resultaten",
    organisation,
    "/open-data",
    "/inloggen",
    "/registreren",
    "/wachtwoord-vergeten",
    "/privacy",
    "/contact",
    "/toegankelijkheid",
    "/deze-pagina-bestaat-niet",
  ];
}

async function phone(browser: Browser, email?: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  if (email) {
    // The sign-out button sits in the closed menu on a phone: wait for the page after signing in instead.
    await logIn(page, email, DEMO_PASSWORD, false);
    await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
  }
  return page;
}

const menuButton = (page: Page) => page.locator("summary.menu-button");

test.describe("at 390 px", () => {
  test("every public page fits and the header stays compact", async ({ browser }) => {
    const page = await phone(browser);
    expect(await misfits(page, await anonymousPages(page))).toEqual([]);
  });

  test("a municipality member's pages fit", async ({ browser }) => {
    const page = await phone(browser, MUNICIPALITY);
    const challenge = await firstLink(page, "/mijn/opgaven", "/mijn/opgaven/");
    const pages = [
      "/mijn/opgaven",
      "/mijn/opgaven/nieuw",
      challenge,
      "/mijn/vermeldingen",
      "/account",
      "/account/meldingen",
      "/account/tweestapsverificatie",
      "/account/verwijderen",
      "/organisatie/kiezen",
      "/organisatie/leden",
      "/berichten",
      "/meldingen",
    ];
    expect(await misfits(page, pages)).toEqual([]);
  });

  test("a company member's pages fit", async ({ browser }) => {
    const page = await phone(browser, COMPANY);
    const solution = await firstLink(page, "/mijn/oplossingen", "/mijn/oplossingen/");
    const pages = ["/mijn/oplossingen", "/mijn/oplossingen/nieuw", solution, "/organisatie/volgende-stap", "/berichten", "/account"];
    expect(await misfits(page, pages)).toEqual([]);
  });

  test("hub staff's pages fit", async ({ browser }) => {
    const page = await hubLogIn(browser, "mobile", "/hub");
    await page.setViewportSize(PHONE);
    const match = await firstLink(page, "/hub/matches", "/hub/matches/");
    await page.goto("/hub/beoordeling/opgaven");
    // A challenge waiting for review, when the demo data has one at this point of the run.
    const review = await page.locator('main a[href^="/hub/beoordeling/opgaven/"]').first().getAttribute("href", { timeout: 2_000 }).catch(() => null);
    const pages = [
      "/hub",
      "/hub/beoordeling",
      "/hub/beoordeling/opgaven",
      ...(review ? [review] : []),
      "/hub/beoordeling/oplossingen",
      "/hub/matches",
      "/hub/matches?weergave=bord",
      match,
      "/hub/matches/nieuw",
      "/hub/matches/instellingen",
      "/hub/verificatie",
      "/hub/inzicht",
      "/ontwikkeling/mail",
    ];
    expect(await misfits(page, pages)).toEqual([]);
  });

  test("the menu button opens and closes the navigation, passing axe open and closed in Dutch and English", async ({ browser }) => {
    const page = await phone(browser, MUNICIPALITY);
    await page.goto("/opgaven");
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav).toBeHidden();
    await expect(page.getByRole("button", { name: "Uitloggen", exact: true })).toBeHidden();
    await expectNoAxeViolations(page);
    await menuButton(page).click();
    await expect(nav.getByRole("link", { name: "Mijn opgaven" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitloggen", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    // A link in the open menu leads to its page, and the menu is closed there.
    await menuButton(page).click();
    await nav.getByRole("link", { name: "Oplossingen" }).click();
    await expect(page).toHaveURL(/\/oplossingen$/);
    await expect(nav).toBeHidden();
    // English: the language switch sits in the menu.
    await menuButton(page).click();
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeHidden();
    await expectNoAxeViolations(page);
    await menuButton(page).click();
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Solutions" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  });

  test("the menu works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav).toBeHidden();
    await menuButton(page).click();
    await expect(nav.getByRole("link", { name: "Opgaven" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
    await nav.getByRole("link", { name: "Resultaten" }).click();
    await expect(page).toHaveURL(/\/resultaten$/);
    await expect(nav).toBeHidden();
  });

  test("the round logo keeps its shape", async ({ browser }) => {
    const page = await phone(browser, MUNICIPALITY);
    await page.goto("/");
    const box = await page.locator(".logo-mark").boundingBox();
    expect(box!.width).toBeCloseTo(box!.height, 0);
    expect(box!.width).toBeGreaterThanOrEqual(36);
  });

  test("a challenge shows status, deadline and budget before its text", async ({ browser }) => {
    const page = await phone(browser);
    // A demo challenge with a deadline and a budget (the first by deadline may be one another spec just made).
    await page.goto("/opgaven/amsterdam-hittestress-de-pijp-oud-west");
    const facts = page.locator(".key-facts");
    await expect(facts.getByText("Status", { exact: true })).toBeVisible();
    await expect(facts.getByText("Reageren kan tot")).toBeVisible();
    await expect(facts.getByText("Budgetindicatie")).toBeVisible();
    // Within the first screen of a phone, above the first section of the text.
    const top = (await facts.boundingBox())!.y;
    expect(top).toBeLessThan(PHONE.height / 2);
    expect(top).toBeLessThan((await page.getByRole("heading", { name: "Probleemstelling" }).boundingBox())!.y);
  });
});

test.describe("at 1366 px", () => {
  test("the public pages fit, the navigation shows without a menu button", async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    expect(await misfits(page, await anonymousPages(page), 200)).toEqual([]);
    await expect(menuButton(page)).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Opgaven" })).toBeVisible();
  });

  test("signed in, tools and navigation show without a menu button", async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await logIn(page, MUNICIPALITY, DEMO_PASSWORD);
    expect(await misfits(page, ["/mijn/opgaven", "/mijn/opgaven/nieuw", "/account", "/berichten"], 200)).toEqual([]);
    await expect(menuButton(page)).toBeHidden();
    await expect(page.getByRole("link", { name: "Mijn account" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
