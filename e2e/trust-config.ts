/**
 * The trust-page settings the e2e test server runs with (playwright.config.ts passes them on), so the spec can
 * check that configured addresses, not the placeholders, reach the pages. CONTROLLER_ADDRESS and HOSTING_PROVIDER
 * stay unset on purpose: the pages must then show the placeholder notice.
 */
export const TRUST_ENV = {
  CONTROLLER_NAME: "Stichting E2E Innovatiehub",
  CONTACT_EMAIL: "contact@e2e-hub.example",
  PRIVACY_CONTACT_EMAIL: "privacy@e2e-hub.example",
  ACCESSIBILITY_CONTACT_EMAIL: "toegankelijkheid@e2e-hub.example",
} as const;
