import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { MailLink, PlaceholderNotice, TextLink } from "../components/trust";
import { siteOperator } from "../domain/trust/operator.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["trust"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "trust.contact.title") }];

export async function loader() {
  return { operator: siteOperator() };
}

const EUPL = "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12";

/** Contact and colophon: who runs the platform, how to reach them, the licence, and the two statements. */
export default function Contact() {
  const { operator } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container narrow trust-page">
      <h1>{t("trust.contact.title")}</h1>
      <p className="lead">{t("trust.contact.intro")}</p>
      <PlaceholderNotice placeholders={operator.placeholders} />

      <h2>{t("trust.contact.operatorTitle")}</h2>
      <p>{t("trust.contact.operator", { name: operator.name })}</p>

      <h2>{t("trust.contact.contactTitle")}</h2>
      <p>{t("trust.contact.contactIntro")}</p>
      <dl className="trust-details">
        <dt>{t("trust.email")}</dt>
        <dd>
          <MailLink email={operator.contactEmail} />
        </dd>
        {operator.phone ? (
          <>
            <dt>{t("trust.phone")}</dt>
            <dd>
              <a href={`tel:${operator.phone.replace(/[^+\d]/g, "")}`}>{operator.phone}</a>
            </dd>
          </>
        ) : null}
        <dt>{t("trust.address")}</dt>
        <dd>
          {operator.name}
          <br />
          {operator.address}
        </dd>
        <dt>{t("trust.contact.privacyEmail")}</dt>
        <dd>
          <MailLink email={operator.privacyEmail} />
        </dd>
        <dt>{t("trust.contact.accessibilityEmail")}</dt>
        <dd>
          <MailLink email={operator.accessibilityEmail} />
        </dd>
      </dl>

      <h2>{t("trust.contact.sourceTitle")}</h2>
      <p>
        <Trans t={t} i18nKey="trust.contact.source" components={{ anchor: <TextLink href={EUPL} rel="license noopener noreferrer" /> }} />{" "}
        {operator.sourceCodeUrl ? (
          <Trans t={t} i18nKey="trust.contact.sourceAt" values={{ url: operator.sourceCodeUrl }} components={{ anchor: <TextLink href={operator.sourceCodeUrl} rel="noopener noreferrer" /> }} />
        ) : (
          <Trans t={t} i18nKey="trust.contact.sourceOnRequest" values={{ email: operator.contactEmail }} components={{ mail: <MailLink email={operator.contactEmail} /> }} />
        )}
      </p>

      <h2>{t("trust.contact.dataTitle")}</h2>
      <p>{t("trust.contact.data")}</p>

      <h2>{t("trust.contact.statementsTitle")}</h2>
      <ul>
        <li>
          <Link to="/privacy">{t("trust.contact.privacyLink")}</Link>
        </li>
        <li>
          <Link to="/toegankelijkheid">{t("trust.contact.accessibilityLink")}</Link>
        </li>
        <li>
          <Link to="/open-data">{t("trust.contact.openDataLink")}</Link>
        </li>
      </ul>
    </div>
  );
}
