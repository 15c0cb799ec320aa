/** The hub's partner organisations (public names, as in DESIGN.md). Brokers work for these. */
export const HUB_PARTNERS = [
  { slug: "vng", name: "VNG (Vereniging van Nederlandse Gemeenten)", city: "Den Haag" },
  { slug: "ipo", name: "IPO (Interprovinciaal Overleg)", city: "Den Haag" },
  { slug: "brightlands", name: "Brightlands", city: "Heerlen" },
  { slug: "smart-services-campus", name: "Smart Services Campus", city: "Heerlen" },
  { slug: "dkgsl", name: "Data- en Kennishub Gezond Stedelijk Leven", city: "Utrecht" },
  { slug: "digicampus", name: "Digicampus", city: "Den Haag" },
  { slug: "udi", name: "Urban Development Initiative", city: "Utrecht" },
] as const;

/** A member of the hub partner Brightlands without a hub role (demo and e2e: the partner's view of the EDIH report). */
export const DEMO_PARTNER_MEMBER = { name: "Lotte Bakker", role: "Programmamanager", email: "lotte.bakker@brightlands.example" };
export const DEMO_PARTNER_NAME = "Brightlands";

/** Demo accounts, one per role. Printed at start-up; never use these outside a demo. */
export const DEMO_PASSWORD = "opgavenmarkt-demo";

/**
 * TOTP secret (base32) of the demo hub staff and hub admin accounts: TOTP is required for hub roles, so the seed
 * enrols them with this known secret. Add it to an authenticator app (or compute codes in tests). Demo only.
 */
export const DEMO_TOTP_SECRET = "OPGAVENMARKTDEMOTOTPGEHEIMSLEUTE";
