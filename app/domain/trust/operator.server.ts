/**
 * Who runs this installation of Opgavenmarkt, from configuration: the controller named in the privacy statement,
 * the contact addresses of the trust pages (/privacy, /contact, /toegankelijkheid) and the processors.
 *
 * Unset variables fall back to placeholders on the reserved `.example` domain. The pages then say so in a notice
 * that names the variables, so a deployment never passes a placeholder off as a real address.
 */
export const OPERATOR_DEFAULTS = {
  CONTROLLER_NAME: "Innovatiehub Opgavenmarkt",
  CONTROLLER_ADDRESS: "Voorbeeldstraat 1, 1234 AB Voorbeeldstad",
  CONTACT_EMAIL: "contact@opgavenmarkt.example",
  PRIVACY_CONTACT_EMAIL: "privacy@opgavenmarkt.example",
  ACCESSIBILITY_CONTACT_EMAIL: "toegankelijkheid@opgavenmarkt.example",
} as const;

/** Variables that name a processor: unset, the page says the name is not filled in yet. */
const PROCESSOR_VARIABLES = ["MAIL_PROCESSOR", "HOSTING_PROVIDER"] as const;

export interface Operator {
  name: string;
  address: string;
  contactEmail: string;
  privacyEmail: string;
  accessibilityEmail: string;
  /** Optional: shown only when set. */
  phone: string | null;
  /** Optional: the public repository. Unset, the contact page offers the source code on request (EUPL-1.2). */
  sourceCodeUrl: string | null;
  /** Who sends the mail (SMTP_URL set), or null when it stays in the development outbox. */
  mailProcessor: string | null;
  mailViaOutbox: boolean;
  hostingProvider: string | null;
  /** The variables still on their placeholder (or, for processors, unnamed): the pages list them in a notice. */
  placeholders: string[];
}

const read = (env: NodeJS.ProcessEnv, name: string) => {
  const value = env[name]?.trim();
  return value ? value : null;
};

export function siteOperator(env: NodeJS.ProcessEnv = process.env): Operator {
  const placeholders: string[] = [];
  const setting = (name: keyof typeof OPERATOR_DEFAULTS) => {
    const value = read(env, name);
    if (value) return value;
    placeholders.push(name);
    return OPERATOR_DEFAULTS[name];
  };
  const operator = {
    name: setting("CONTROLLER_NAME"),
    address: setting("CONTROLLER_ADDRESS"),
    contactEmail: setting("CONTACT_EMAIL"),
    privacyEmail: setting("PRIVACY_CONTACT_EMAIL"),
    accessibilityEmail: setting("ACCESSIBILITY_CONTACT_EMAIL"),
  };
  // The same test as the mailer (mail.server.ts): without SMTP_URL, mail stays in the development outbox.
  const mailViaOutbox = !read(env, "SMTP_URL");
  const processors = Object.fromEntries(PROCESSOR_VARIABLES.map((name) => [name, read(env, name)]));
  // Without SMTP no mail leaves the server, so no mail processor needs naming.
  for (const name of PROCESSOR_VARIABLES) if (!processors[name] && !(name === "MAIL_PROCESSOR" && mailViaOutbox)) placeholders.push(name);
  return {
    ...operator,
    phone: read(env, "CONTACT_PHONE"),
    sourceCodeUrl: /^https?:\/\/\S+$/.test(read(env, "SOURCE_CODE_URL") ?? "") ? read(env, "SOURCE_CODE_URL") : null,
    mailProcessor: processors.MAIL_PROCESSOR,
    mailViaOutbox,
    hostingProvider: processors.HOSTING_PROVIDER,
    placeholders,
  };
}
