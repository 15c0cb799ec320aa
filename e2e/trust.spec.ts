/** ADR 0016 in a real browser: hostile redirect targets stay on the site, a cross-site form post is refused. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { DEMO_PASSWORD } from "./helpers";

/** The demo municipality account (no TOTP). */
const MUNI = "s.verhoeven@amsterdam.example";

test("a login with a hostile redirectTo ends on this site's home page, signed in", async ({ page, baseURL }) => {
  await page.goto(`/inloggen?redirectTo=${encodeURIComponent("/\t/evil.example")}`);
  await expect(page.locator('main input[name="redirectTo"]')).toHaveValue("/");
  // What a forged form would send: the browser strips the TAB from a Location, so the server must refuse it.
  await page.locator('main input[name="redirectTo"]').evaluate((el) => ((el as HTMLInputElement).value = "/\t/evil.example"));
  await page.getByLabel("E-mailadres").fill(MUNI);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen", exact: true })).toBeVisible();
  expect(page.url()).toBe(`${baseURL}/`);
});

test("a form posted from another site gets the refusal page in both languages, in the app's look", async ({ page, baseURL }) => {
  await page.route("http://evil.example/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!DOCTYPE html><html lang="en"><title>x</title><form method="post" action="${baseURL}/taal"><input type="hidden" name="locale" value="en"><button>Go</button></form></html>`,
    }),
  );
  await page.goto("http://evil.example/");
  const [response] = await Promise.all([page.waitForResponse(`${baseURL}/taal`), page.getByRole("button", { name: "Go" }).click()]);
  expect(response.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verzoek geweigerd");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Request refused");
  await expect(page.locator("section[lang=en]")).toContainText("nothing was saved");
  // The app's stylesheet applies (the header has its bottom border).
  await expect(page.locator(".site-header")).toHaveCSS("border-bottom-style", "solid");
  await expectNoAxeViolations(page);
  // Nothing changed: the site is still in Dutch.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
