/** Shared parts of the trust pages (/privacy, /contact, /toegankelijkheid). */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Says which settings are still on their example value, so a placeholder never passes for a real address. */
export function PlaceholderNotice({ placeholders }: { placeholders: string[] }) {
  const { t } = useTranslation();
  if (!placeholders.length) return null;
  return (
    <section className="utrecht-alert utrecht-alert--warning notice" aria-labelledby="placeholder-notice">
      <h2 id="placeholder-notice">{t("trust.placeholderTitle")}</h2>
      <p>{t("trust.placeholder", { variables: placeholders.join(", ") })}</p>
    </section>
  );
}

export function MailLink({ email, children }: { email: string; children?: ReactNode }) {
  return <a href={`mailto:${email}`}>{children ?? email}</a>;
}

/** A link whose text comes from a translation (`<anchor>…</anchor>` in a string rendered with Trans; not `<link>`, which the parser treats as a void HTML element). */
export function TextLink({ href, rel, children }: { href: string; rel?: string; children?: ReactNode }) {
  return (
    <a href={href} rel={rel}>
      {children}
    </a>
  );
}
