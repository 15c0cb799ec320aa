/**
 * The market consultation report (issue 17, ADR 0026): questions and answers with timestamps (anonymised),
 * respondent organisations and the hub's introductions, once the consultation has ended or been closed; with a
 * DOCX download for the tender file. Verified members of an owning body and hub staff only.
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationStatus, QuestionList } from "../components/consultation";
import { Time } from "../components/time";
import { getPublicChallenge } from "../domain/challenges/challenges.repository.server";
import { requireReportAccess } from "../domain/procurement/consultation-access.server";
import { consultationReport, isOpen } from "../domain/procurement/consultation.server";
import { NO_STORE } from "../utils/action.server";
import { useFormat } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["consultation"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.consultationReport") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  await requireReportAccess(request, challenge.id);
  const report = await consultationReport(challenge.id);
  if (!report) throw new Response("Not found", { status: 404 });
  const open = isOpen({ endsOn: report.consultation.endsOn, closedAt: report.consultation.closedAt ? new Date(report.consultation.closedAt) : null });
  return data({ slug: challenge.slug, open, report: open ? { ...report, questions: [], respondents: [], introductions: [] } : report }, { headers: NO_STORE });
}

export default function ConsultationReportPage() {
  const { slug, open, report } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const c = report.consultation;
  return (
    <div className="container narrow stack">
      <p className="breadcrumb">
        <Link to={`/opgaven/${slug}/consultatie`}>{t("consultation.title")}</Link>
      </p>
      <h1>{t("consultation.reportTitle")}</h1>
      <dl>
        <dt>{t("consultation.reportChallenge")}</dt>
        <dd>{report.challenge.title}</dd>
        <dt>{t("consultation.reportOwner")}</dt>
        <dd>{report.challenge.owner}</dd>
        <dt>{t("consultation.reportPeriod")}</dt>
        <dd>
          {t("consultation.reportPeriodText", { opened: f.date(c.openedAt), ends: f.date(c.endsOn) })}
          <ConsultationStatus endsOn={c.endsOn} closedAt={c.closedAt} open={open} />
        </dd>
      </dl>
      {open ? (
        <p className="utrecht-alert utrecht-alert--info notice">{t("consultation.reportNotYet")}</p>
      ) : (
        <>
          <p>
            <a href={`/opgaven/${slug}/consultatie/verslag.docx`} download>
              {t("consultation.download")}
            </a>
          </p>
          <p>{t("consultation.reportNote")}</p>
          <section aria-labelledby="report-qa">
            <h2 id="report-qa">{t("consultation.questionsTitle")}</h2>
            <QuestionList questions={report.questions} />
          </section>
          <section aria-labelledby="report-respondents">
            <h2 id="report-respondents">{t("consultation.respondentsTitle")}</h2>
            {report.respondents.length ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("consultation.organisation")}</th>
                    <th scope="col">{t("consultation.registeredAt")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.respondents.map((r) => (
                    <tr key={r.organisation}>
                      <td>{r.organisation}</td>
                      <td>
                        <Time iso={r.registeredAt} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t("consultation.noRespondents")}</p>
            )}
          </section>
          <section aria-labelledby="report-introductions">
            <h2 id="report-introductions">{t("consultation.introductionsTitle")}</h2>
            {report.introductions.length ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("consultation.organisation")}</th>
                    <th scope="col">{t("consultation.solution")}</th>
                    <th scope="col">{t("consultation.introducedAt")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.introductions.map((r, i) => (
                    <tr key={i}>
                      <td>{r.organisation}</td>
                      <td>{r.solution}</td>
                      <td>
                        <Time iso={r.introducedAt} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t("consultation.noIntroductions")}</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
