import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { MailLink, PlaceholderNotice, TextLink } from "../components/trust";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "../domain/auth/lucia.server";
import { LIFETIME_MS } from "../domain/auth/tokens.server";
import { siteOperator } from "../domain/trust/operator.server";
import { formatStatementDate, PRIVACY_STATEMENT } from "../domain/trust/statements";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["trust"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "trust.privacy.title") }];

const HOUR = 3600 * 1000;

/** The controller from configuration; the periods from the code that enforces them, so the text cannot drift. */
export async function loader() {
  const operator = siteOperator();
  return {
    operator,
    periods: {
      idleMinutes: IDLE_TIMEOUT_MS / 60_000,
      absoluteHours: ABSOLUTE_TIMEOUT_MS / HOUR,
      verifyHours: LIFETIME_MS.verify_email / HOUR,
      resetHours: LIFETIME_MS.reset_password / HOUR,
      inviteDays: LIFETIME_MS.invite / (24 * HOUR),
    },
  };
}

/** The kinds of personal data, in the order of the page; `basis` falls back to the contract basis. */
const CATEGORIES = ["account", "memberships", "contacts", "messages", "brokering", "history", "securityLog", "sessions", "links"] as const;
const OWN_BASIS = new Set<string>(["memberships", "contacts", "brokering", "history", "securityLog"]);

export default function PrivacyStatement() {
  const { operator, periods } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const apLink = i18n.language === "en" ? "https://www.autoriteitpersoonsgegevens.nl/en" : "https://www.autoriteitpersoonsgegevens.nl/";
  return (
    <div className="container narrow trust-page">
      <h1>{t("trust.privacy.title")}</h1>
      <p className="lead">{t("trust.privacy.intro")}</p>
      <PlaceholderNotice placeholders={operator.placeholders} />

      <h2>{t("trust.privacy.controllerTitle")}</h2>
      <p>{t("trust.privacy.controller", { name: operator.name })}</p>
      <dl className="trust-details">
        <dt>{t("trust.name")}</dt>
        <dd>{operator.name}</dd>
        <dt>{t("trust.address")}</dt>
        <dd>{operator.address}</dd>
        <dt>{t("trust.privacy.privacyEmail")}</dt>
        <dd>
          <MailLink email={operator.privacyEmail} />
        </dd>
        {operator.phone ? (
          <>
            <dt>{t("trust.phone")}</dt>
            <dd>{operator.phone}</dd>
          </>
        ) : null}
      </dl>

      <h2>{t("trust.privacy.dataTitle")}</h2>
      <p>{t("trust.privacy.dataIntro")}</p>
      {CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`data-${category}`}>
          <h3 id={`data-${category}`}>{t(`trust.privacy.${category}.title`)}</h3>
          <dl className="trust-details">
            <dt>{t("trust.privacy.what")}</dt>
            <dd>{t(`trust.privacy.${category}.what`)}</dd>
            <dt>{t("trust.privacy.why")}</dt>
            <dd>{t(`trust.privacy.${category}.why`)}</dd>
            <dt>{t("trust.privacy.basis")}</dt>
            <dd>{OWN_BASIS.has(category) ? t(`trust.privacy.${category as "contacts"}.basis`) : t("trust.privacy.basisContract")}</dd>
            <dt>{t("trust.privacy.retention")}</dt>
            <dd>{t(`trust.privacy.${category}.retention`, periods)}</dd>
            <dt>{t("trust.privacy.who")}</dt>
            <dd>{t(`trust.privacy.${category}.who`)}</dd>
          </dl>
        </section>
      ))}

      <h2>{t("trust.privacy.processorsTitle")}</h2>
      <p>{t("trust.privacy.processorsIntro", { name: operator.name })}</p>
      <ul>
        <li>
          {operator.mailViaOutbox
            ? t("trust.privacy.mailOutbox")
            : t("trust.privacy.mail", { processor: operator.mailProcessor ?? `(${t("trust.notNamed")})` })}
        </li>
        <li>{t("trust.privacy.hosting", { provider: operator.hostingProvider ?? `(${t("trust.notNamed")})` })}</li>
        <li>{t("trust.privacy.search")}</li>
      </ul>

      <h2>{t("trust.privacy.rightsTitle")}</h2>
      <p>
        <Trans t={t} i18nKey="trust.privacy.rightsIntro" values={{ email: operator.privacyEmail }} components={{ mail: <MailLink email={operator.privacyEmail} /> }} />
      </p>
      <ul>
        <li>
          <Trans t={t} i18nKey="trust.privacy.rightAccess" components={{ anchor: <TextLink href="/account/gegevens" /> }} />
        </li>
        <li>{t("trust.privacy.rightRectify")}</li>
        <li>
          <Trans t={t} i18nKey="trust.privacy.rightErase" components={{ anchor: <TextLink href="/account/verwijderen" /> }} />
        </li>
        <li>{t("trust.privacy.rightObject")}</li>
        <li>
          <Trans t={t} i18nKey="trust.privacy.rightComplain" components={{ anchor: <TextLink href={apLink} rel="noopener noreferrer" /> }} />
        </li>
      </ul>

      <h2>{t("trust.privacy.securityTitle")}</h2>
      <p>{t("trust.privacy.security")}</p>

      <h2>{t("trust.privacy.changedTitle")}</h2>
      <p>{t("trust.privacy.changed", { date: formatStatementDate(PRIVACY_STATEMENT.lastChanged, i18n.language) })}</p>
    </div>
  );
}
