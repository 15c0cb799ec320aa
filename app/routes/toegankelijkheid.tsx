import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { MailLink, PlaceholderNotice, TextLink } from "../components/trust";
import { IDLE_TIMEOUT_MS } from "../domain/auth/lucia.server";
import { appUrl } from "../domain/mail/mail.server";
import { siteOperator } from "../domain/trust/operator.server";
import { ACCESSIBILITY_STATEMENT, formatStatementDate } from "../domain/trust/statements";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["trust"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "trust.accessibility.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { operator: siteOperator(), origin: appUrl(request), idleMinutes: IDLE_TIMEOUT_MS / 60_000 };
}

const OMBUDSMAN = "https://www.nationaleombudsman.nl/";

/**
 * The accessibility statement in the structure of the government model statement (toegankelijkheidsverklaring.nl):
 * organisation and scope, compliance status, evaluation (date and method), known issues with measures, how the
 * statement was drawn up, feedback and contact, complaints. The dates live in app/domain/trust/statements.ts.
 */
export default function AccessibilityStatement() {
  const { operator, origin, idleMinutes } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatStatementDate(iso, i18n.language);
  const mail = <MailLink email={operator.accessibilityEmail} />;
  return (
    <div className="container narrow trust-page">
      <h1>{t("trust.accessibility.title")}</h1>
      <p className="lead">{t("trust.accessibility.intro", { name: operator.name })}</p>
      <PlaceholderNotice placeholders={operator.placeholders} />

      <h2>{t("trust.accessibility.scopeTitle")}</h2>
      <p>{t("trust.accessibility.scope", { origin })}</p>

      <h2>{t("trust.accessibility.statusTitle")}</h2>
      <p>
        <strong>{t("trust.accessibility.statusLabel")}</strong> {t("trust.accessibility.status")}
      </p>

      <h2>{t("trust.accessibility.researchTitle")}</h2>
      <p>{t("trust.accessibility.researchDate", { date: date(ACCESSIBILITY_STATEMENT.automatedCheck) })}</p>
      <p>{t("trust.accessibility.method")}</p>
      <p>{t("trust.accessibility.methodLimits")}</p>

      <h2>{t("trust.accessibility.measuresTitle")}</h2>
      <ul>
        <li>{t("trust.accessibility.measures1")}</li>
        <li>{t("trust.accessibility.measures2")}</li>
        <li>{t("trust.accessibility.measures3")}</li>
        <li>{t("trust.accessibility.measures4")}</li>
      </ul>

      <h2>{t("trust.accessibility.issuesTitle")}</h2>
      <p>{t("trust.accessibility.issuesIntro")}</p>
      <h3>{t("trust.accessibility.timeoutTitle")}</h3>
      <p>{t("trust.accessibility.timeout", { idleMinutes })}</p>
      <h3>{t("trust.accessibility.auditTitle")}</h3>
      <p>{t("trust.accessibility.audit")}</p>
      <h3>{t("trust.accessibility.userTextTitle")}</h3>
      <p>{t("trust.accessibility.userText")}</p>

      <h2>{t("trust.accessibility.draftedTitle")}</h2>
      <p>
        {t("trust.accessibility.drafted", {
          drawnUp: date(ACCESSIBILITY_STATEMENT.drawnUp),
          reviewed: date(ACCESSIBILITY_STATEMENT.lastReviewed),
        })}
      </p>

      <h2>{t("trust.accessibility.contactTitle")}</h2>
      <p>
        <Trans t={t} i18nKey="trust.accessibility.contact" values={{ email: operator.accessibilityEmail }} components={{ mail }} />
      </p>

      <h2>{t("trust.accessibility.complaintsTitle")}</h2>
      <p>
        <Trans
          t={t}
          i18nKey="trust.accessibility.complaints"
          values={{ name: operator.name, email: operator.accessibilityEmail }}
          components={{ mail, anchor: <TextLink href={OMBUDSMAN} rel="noopener noreferrer" /> }}
        />
      </p>
    </div>
  );
}
