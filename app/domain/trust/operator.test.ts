import { describe, expect, it } from "vitest";
import { OPERATOR_DEFAULTS, siteOperator } from "./operator.server";
import { formatStatementDate } from "./statements";

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("siteOperator", () => {
  it("falls back to placeholders on .example and names every unset variable", () => {
    const operator = siteOperator(env({}));
    expect(operator.privacyEmail).toBe(OPERATOR_DEFAULTS.PRIVACY_CONTACT_EMAIL);
    expect(
      Object.values(OPERATOR_DEFAULTS)
        .filter((v) => v.includes("@"))
        .every((v) => v.endsWith(".example"))
    ).toBe(true);
    expect(operator.placeholders).toEqual([
      "CONTROLLER_NAME",
      "CONTROLLER_ADDRESS",
      "CONTACT_EMAIL",
      "PRIVACY_CONTACT_EMAIL",
      "ACCESSIBILITY_CONTACT_EMAIL",
      "HOSTING_PROVIDER",
    ]);
    // Without SMTP no mail leaves the server: no mail processor to name.
    expect(operator.mailViaOutbox).toBe(true);
  });

  it("uses the configured values, and asks for the mail processor once SMTP is on", () => {
    const operator = siteOperator(
      env({
        CONTROLLER_NAME: " Stichting Hub ",
        CONTROLLER_ADDRESS: "Straat 1, Zwolle",
        CONTACT_EMAIL: "info@hub.nl",
        PRIVACY_CONTACT_EMAIL: "privacy@hub.nl",
        ACCESSIBILITY_CONTACT_EMAIL: "a11y@hub.nl",
        HOSTING_PROVIDER: "Hoster B.V.",
        SMTP_URL: "smtps://u:p@smtp.hub.nl:465",
        SOURCE_CODE_URL: "javascript:alert(1)",
      })
    );
    expect(operator.name).toBe("Stichting Hub");
    expect(operator.placeholders).toEqual(["MAIL_PROCESSOR"]);
    expect(operator.sourceCodeUrl).toBeNull();
    expect(
      siteOperator(
        env({ SOURCE_CODE_URL: "https://code.example/opgavenmarkt" })
      ).sourceCodeUrl
    ).toBe("https://code.example/opgavenmarkt");
  });
});

describe("formatStatementDate", () => {
  it("writes a calendar date in the page language, whatever the server's time zone", () => {
    expect(formatStatementDate("2026-12-06", "nl")).toBe("6 december 2026");
    expect(formatStatementDate("2026-12-06", "en")).toBe("6 December 2026");
  });
});
