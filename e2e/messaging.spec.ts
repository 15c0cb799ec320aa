import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD as PASSWORD, logIn } from "./helpers";

/** The seeded demo thread (db/seed/seed.ts): the demo challenge's owner, the demo solution's provider and a broker. */
const SUBJECT = "Hittestress in dichtbebouwde wijken: waar is het het heetst en wie loopt risico?";
const OWNER = "s.verhoeven@amsterdam.example";
const PROVIDER = "tomas.oliveira@heatscope.example";
const BROKER = "sanne.dewit@digicampus.example";

const unique = (prefix: string) => `${prefix} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

async function signedIn(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await logIn(page, email, PASSWORD);
  return page;
}

/** Open the demo thread from the inbox; resolves once the live event stream is connected. */
async function openThread(page: Page) {
  await page.goto("/berichten");
  const link = page.getByRole("link", { name: SUBJECT, exact: true });
  await expect(link).toBeVisible();
  const stream = page.waitForResponse((r) => r.url().endsWith("/events") && r.status() === 200);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUBJECT);
  await stream;
}

test.describe("messaging", () => {
  // In order, in one worker: viewing the demo thread marks its notifications read, which would race the bell test.
  test.describe.configure({ mode: "default", timeout: 150_000 });

  test("a reply appears live for the other party, a double click posts once, and a draft survives the update", async ({ browser }) => {
    const owner = await signedIn(browser, OWNER);
    const provider = await signedIn(browser, PROVIDER);
    await openThread(owner);
    await expectNoAxeViolations(owner);
    await openThread(provider);

    const draft = "Een concept dat ik nog niet verstuur";
    await owner.getByLabel("Uw bericht").fill(draft);
    const text = unique("Live bericht");
    await provider.getByLabel("Uw bericht").fill(text);
    await provider.getByRole("button", { name: "Versturen" }).dblclick();

    const live = owner.locator(".message", { hasText: text });
    await expect(live).toBeVisible();
    await expect(live.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(live).toContainText("Tomás Oliveira");
    await expect(owner.getByLabel("Uw bericht")).toHaveValue(draft);

    await expect(provider.getByLabel("Uw bericht")).toHaveValue("");
    await provider.reload();
    await expect(provider.locator(".message", { hasText: text })).toHaveCount(1);
    await owner.context().close();
    await provider.context().close();
  });

  test("without JavaScript a reply posts, and a too long one is refused with the text kept", async ({ browser }) => {
    const page = await signedIn(browser, PROVIDER, { javaScriptEnabled: false });
    await page.goto("/berichten");
    await page.getByRole("link", { name: SUBJECT, exact: true }).click();
    const tooLong = "a".repeat(10_001);
    await page.getByLabel("Uw bericht").fill(tooLong);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByRole("alert")).toContainText("Uw bericht is te lang");
    await expect(page.locator("#body-error")).toContainText("maximaal 10.000 tekens");
    await expect(page.getByLabel("Uw bericht")).toHaveValue(tooLong);
    const text = unique("Zonder JavaScript");
    await page.getByLabel("Uw bericht").fill(text);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.locator(".message", { hasText: text })).toHaveCount(1);
    await page.context().close();
  });

  test("the bell counts a new message, /meldingen links to it, the broker gets an e-mail; pages pass axe in NL and EN", async ({ browser }) => {
    const owner = await signedIn(browser, OWNER);
    await owner.goto("/meldingen");
    await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Meldingen");
    const bell = owner.locator("a.bell");
    const countOf = async () => Number((await bell.locator(".bell-count").textContent().catch(() => null)) ?? 0);
    const before = (await bell.locator(".bell-count").count()) ? await countOf() : 0;

    const provider = await signedIn(browser, PROVIDER);
    await openThread(provider);
    const text = unique("Voor de bel");
    await provider.getByLabel("Uw bericht").fill(text);
    await provider.getByRole("button", { name: "Versturen" }).click();
    await expect(provider.locator(".message", { hasText: text })).toBeVisible();

    // The open page's bell catches up on its own (it asks every 30 s while visible): no reload.
    await expect.poll(countOf, { timeout: 45_000 }).toBeGreaterThan(before);
    await expect(bell).toHaveAccessibleName(/Meldingen, \d+ ongelezen/);
    await expectNoAxeViolations(owner);
    const item = owner.getByRole("link", { name: `Nieuw bericht van Tomás Oliveira in “${SUBJECT}”` }).first();
    await item.click();
    await expect(owner.locator(".message", { hasText: text })).toBeVisible();

    // The broker (not online) gets the notification by e-mail at once: the demo accounts mail immediately.
    await provider.goto("/ontwikkeling/mail");
    await expect
      .poll(async () => {
        await provider.reload();
        return provider.locator(".mail-item", { hasText: BROKER }).filter({ hasText: "Tomás Oliveira" }).count();
      })
      .toBeGreaterThan(0);
    // Other specs mail the same demo broker in parallel (e.g. "Opgave ter beoordeling"): pick this message's mail.
    const mail = provider.locator(".mail-item", { hasText: BROKER }).filter({ hasText: "Tomás Oliveira" }).first();
    await expect(mail.locator(".mail-body a").first()).toHaveAttribute("href", /\/berichten\/[0-9a-f-]{36}$/);

    // Preferences: a daily digest instead.
    await owner.goto("/account/meldingen");
    await expectNoAxeViolations(owner);
    await owner.getByLabel("Dagelijks overzicht, elke ochtend").check();
    await owner.getByRole("button", { name: "Opslaan" }).click();
    await expect(owner.getByRole("status")).toHaveText("Uw voorkeur is opgeslagen.");
    await expect(owner.getByLabel("Dagelijks overzicht, elke ochtend")).toBeChecked();
    await owner.getByLabel("Direct, een e-mail per melding").check();
    await owner.getByRole("button", { name: "Opslaan" }).click();
    await expect(owner.getByRole("status")).toHaveText("Uw voorkeur is opgeslagen.");

    // English.
    await owner.getByRole("button", { name: "Switch to English" }).click();
    await expect(owner.locator("html")).toHaveAttribute("lang", "en");
    await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Notifications by e-mail");
    await expectNoAxeViolations(owner);
    await owner.goto("/meldingen");
    await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Notifications");
    await expectNoAxeViolations(owner);
    await owner.goto("/berichten");
    await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Messages");
    await expectNoAxeViolations(owner);
    await owner.getByRole("link", { name: SUBJECT, exact: true }).click();
    await expect(owner.getByRole("heading", { name: "Participants" })).toBeVisible();
    await expectNoAxeViolations(owner);
    await owner.getByRole("button", { name: "Schakel naar Nederlands" }).click();
    await expect(owner.locator("html")).toHaveAttribute("lang", "nl");
    await owner.context().close();
    await provider.context().close();
  });
});
