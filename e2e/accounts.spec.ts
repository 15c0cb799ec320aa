import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { linkFromOutbox, logIn, signUpAndVerify, totpCode, uniqueEmail } from "./helpers";

const PASSWORD = "een lange zin als wachtwoord";

test.describe("accounts", () => {
  // These flows go through several pages and the mail outbox; argon2 hashing makes each step take a moment.
  test.describe.configure({ timeout: 90_000 });
  test("sign up, verify via the dev outbox, join a municipality, log out and back in", async ({ page }) => {
    const email = uniqueEmail("ambtenaar");
    await page.goto("/registreren");
    await expectNoAxeViolations(page);
    // Bad input: field-level messages, and what was typed stays.
    await page.getByLabel("Naam").fill("Eva Jansen");
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("Wachtwoord").fill("password1234");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.locator("#email-error")).toContainText("Vul een geldig e-mailadres in");
    await expect(page.getByLabel("Naam")).toHaveValue("Eva Jansen");
    await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");
    await expectNoAxeViolations(page);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("password1234");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.locator("#password-error")).toContainText("veelgebruikte of gelekte wachtwoorden");
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);

    await signUpAndVerify(page, "Eva Jansen", email, PASSWORD);
    await page.goto("/ontwikkeling/mail");
    await expectNoAxeViolations(page);
    await page.goto("/e-mail-bevestigen?token=ongeldig");
    await expectNoAxeViolations(page);

    // Confirming signed the account in.
    await expect(page.getByText("Ingelogd als Eva Jansen")).toBeVisible();
    await page.goto("/organisatie/kiezen");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page.locator("#cbsCode-error")).toContainText("Kies een gemeente of provincie");
    await page.getByLabel("KvK-nummer").fill("1234");
    await page.getByLabel("Naam van het bedrijf").fill("Testbedrijf");
    await page.getByRole("button", { name: "Bedrijf registreren" }).click();
    await expect(page.locator("#kvkNumber-error")).toContainText("precies 8 cijfers");
    await expect(page.getByLabel("KvK-nummer")).toHaveValue("1234");
    await expect(page.getByLabel("Naam van het bedrijf")).toHaveValue("Testbedrijf");
    await expectNoAxeViolations(page);
    await page.getByLabel("Gemeente of provincie").selectOption({ label: "Gemeente Zwolle" });
    await page.getByRole("button", { name: "Aansluiten" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Mijn organisaties" })).toBeVisible();
    await expect(page.locator("main")).toContainText("Gemeente Zwolle");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
    await logIn(page, email, PASSWORD);
    await expect(page.getByText("Ingelogd als Eva Jansen")).toBeVisible();
    await expect(page.getByRole("link", { name: "Gemeente Zwolle" })).toBeVisible();
  });

  test("sign-up checks a field in the browser with the server's schema, and works the same without JavaScript", async ({ page, browser }) => {
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await page.goto("/registreren");
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("E-mailadres").blur();
    await expect(page.locator("#email-error")).toContainText("Vul een geldig e-mailadres in");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.locator("#name-error")).toContainText("Vul uw naam in");
    await expectNoAxeViolations(page);
    await page.getByLabel("E-mailadres").fill(uniqueEmail("klant"));
    await expect(page.locator("#email-error")).toHaveCount(0);
    expect(posts).toEqual([]);

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto("/registreren");
    await plain.getByLabel("Naam").fill("Eva Jansen");
    await plain.getByLabel("E-mailadres").fill("geen-adres");
    await plain.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(plain.locator("#email-error")).toContainText("Vul een geldig e-mailadres in");
    await expect(plain.getByLabel("Naam")).toHaveValue("Eva Jansen");
    await noScript.close();
  });

  test("a company registers with its KvK number", async ({ page }) => {
    const email = uniqueEmail("ondernemer");
    await signUpAndVerify(page, "Bram Bakker", email, PASSWORD);
    await page.goto("/organisatie/kiezen");
    const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    await page.getByLabel("KvK-nummer").fill(kvk);
    await page.getByLabel("Naam van het bedrijf").fill(`Bakker Data ${kvk}`);
    await page.getByRole("button", { name: "Bedrijf registreren" }).click();
    await expect(page).toHaveURL(/\/organisatie\/volgende-stap$/);
    await page.goto("/account");
    await expect(page.locator("main")).toContainText(`Bakker Data ${kvk} (Beheerder)`);
  });

  test("password reset by e-mail link ends the session in a second browser", async ({ page, browser }) => {
    const email = uniqueEmail("reset");
    await signUpAndVerify(page, "Rik de Vries", email, PASSWORD);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await logIn(otherPage, email, PASSWORD);
    await expect(otherPage.getByText("Ingelogd als Rik de Vries")).toBeVisible();

    await page.goto("/wachtwoord-vergeten");
    await expectNoAxeViolations(page);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Stuur de link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "hebben we een link gestuurd" })).toBeVisible();
    await page.goto(await linkFromOutbox(page, email, /Nieuw wachtwoord/));
    await expectNoAxeViolations(page);
    await page.getByLabel("Nieuw wachtwoord").fill("kort");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.locator("#password-error")).toContainText("minstens 12 tekens");
    await page.getByLabel("Nieuw wachtwoord").fill("een heel ander nieuw wachtwoord");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw wachtwoord is gewijzigd" })).toBeVisible();

    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/inloggen/);
    await other.close();
    await logIn(page, email, "een heel ander nieuw wachtwoord");
    await expect(page.getByText("Ingelogd als Rik de Vries")).toBeVisible();
  });

  test("changing the password on the account page ends the other browser's session", async ({ page, browser }) => {
    const email = uniqueEmail("wijzig");
    await signUpAndVerify(page, "Sara Smit", email, PASSWORD);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await logIn(otherPage, email, PASSWORD);
    await expect(otherPage.getByText("Ingelogd als Sara Smit")).toBeVisible();
    await page.goto("/account");
    await expectNoAxeViolations(page);
    await page.getByLabel("Huidig wachtwoord").fill("fout wachtwoord");
    await page.getByLabel("Nieuw wachtwoord").fill("nog een lange zin als wachtwoord");
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(page.locator("#currentPassword-error")).toContainText("klopt niet");
    await page.getByLabel("Huidig wachtwoord").fill(PASSWORD);
    await page.getByLabel("Nieuw wachtwoord").fill("nog een lange zin als wachtwoord");
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "andere sessies zijn beëindigd" })).toBeVisible();
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/inloggen/);
    await other.close();
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
  });

  test("TOTP enrolment, then login asks for the code", async ({ page }) => {
    const email = uniqueEmail("totp");
    await signUpAndVerify(page, "Tom Visser", email, PASSWORD);
    await page.goto("/account/tweestapsverificatie");
    await expectNoAxeViolations(page);
    const secret = (await page.getByTestId("totp-secret").innerText()).trim();
    await page.getByLabel("Code").fill("000000");
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
    await expect(page.locator("#code-error")).toContainText("klopt niet");
    await page.getByLabel("Code").fill(totpCode(secret));
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
    // Wait until the logout is done: opening /inloggen while still signed in redirects home.
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
    await logIn(page, email, PASSWORD, false);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inlogcode");
    // The enrolment code's time step is used up: the next step's code is accepted (one step of drift allowed).
    await page.getByLabel("Code").fill(totpCode(secret, 1));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Ingelogd als Tom Visser")).toBeVisible();
  });

  test("account deletion erases the account", async ({ page }) => {
    const email = uniqueEmail("weg");
    await signUpAndVerify(page, "Wim Weg", email, PASSWORD);
    await page.goto("/account/verwijderen");
    await expectNoAxeViolations(page);
    await page.getByLabel("Vul uw wachtwoord in om te bevestigen").fill("fout");
    await page.getByRole("button", { name: "Verwijder mijn account" }).click();
    await expect(page.locator("#password-error")).toContainText("klopt niet");
    await page.getByLabel("Vul uw wachtwoord in om te bevestigen").fill(PASSWORD);
    await page.getByRole("button", { name: "Verwijder mijn account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw account is verwijderd" })).toBeVisible();
    await logIn(page, email, PASSWORD, false);
    await expect(page.getByRole("alert")).toContainText("De combinatie van e-mailadres en wachtwoord is onbekend.");
  });
});
