/**
 * Procurement route advice as the owner sees it (issue 17): the five questions, the routes that fit with why,
 * stages and documents, the threshold flag, the disclaimer and PIANOo links, and the chosen route with its stage.
 * Plain forms: works without JavaScript. The badge is the one line the public page and the hub pipeline show.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldError, useMessage } from "./form";
import { useFormat } from "../utils/format";
import type { Advice, AdviceRoute } from "../domain/procurement/route-advice";
import { EU_THRESHOLDS, PIANOO_LINKS } from "../domain/procurement/thresholds";
import { ROUTE_STAGES } from "../../shared/vocabulary/procurement";

type Key = "procurement.title";
const k = (key: string) => key as Key;

export function ProcurementBadge({ route, stage }: { route: string; stage: string }) {
  const { t } = useTranslation();
  return (
    <p className="procurement-badge">
      {t("procurement.badge", { route: t(k(`procurement.routes.${route}.name`)), stage: t(k(`procurement.routes.${route}.stages.${stage}`)) })}
    </p>
  );
}

export function Disclaimer() {
  const { t } = useTranslation();
  return (
    <aside className="utrecht-alert utrecht-alert--info notice" aria-labelledby="procurement-disclaimer">
      <p id="procurement-disclaimer">
        <strong>{t("procurement.disclaimer")}</strong>
      </p>
      <p>{t("procurement.pianooIntro")}</p>
      <ul>
        {(Object.keys(PIANOO_LINKS) as (keyof typeof PIANOO_LINKS)[]).map((key) => (
          <li key={key}>
            <a href={PIANOO_LINKS[key]} rel="noopener noreferrer" lang="nl">
              {t(k(`procurement.pianoo.${key}`))}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function Choice({ name, label, options, value, error }: { name: string; label: string; options: [string, string][]; value: string; error?: string }) {
  return (
    <fieldset className="field" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{label}</legend>
      {options.map(([v, text]) => (
        <label key={v} className="choice">
          <input type="radio" name={name} value={v} defaultChecked={value === v} /> {text}
        </label>
      ))}
      <FieldError id={`${name}-error`} error={error} />
    </fieldset>
  );
}

export function AdviceQuestions({ values, errors }: { values: Record<string, string>; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const tm = useMessage();
  const yesNo: [string, string][] = [
    ["yes", t("procurement.yes")],
    ["no", t("procurement.no")],
  ];
  return (
    <Form method="post" className="stack" noValidate>
      <h2>{t("procurement.questions")}</h2>
      <input type="hidden" name="intent" value="advise" />
      <div className="field">
        <label htmlFor="valueEur">{t("procurement.valueEur")}</label>
        <p id="valueEur-hint" className="field-hint">
          {t("procurement.valueHint")}
        </p>
        <input
          id="valueEur"
          name="valueEur"
          inputMode="numeric"
          defaultValue={values.valueEur ?? ""}
          aria-invalid={errors.valueEur ? true : undefined}
          aria-describedby={["valueEur-hint", errors.valueEur ? "valueEur-error" : ""].filter(Boolean).join(" ")}
        />
        {errors.valueEur ? (
          <p id="valueEur-error" className="field-error">
            {tm(errors.valueEur)}
          </p>
        ) : null}
      </div>
      <Choice
        name="kind"
        label={t("procurement.kind")}
        value={values.kind ?? ""}
        error={errors.kind}
        options={(["supplies_services", "works", "social_services"] as const).map((v) => [v, t(`procurement.kinds.${v}`)])}
      />
      <Choice
        name="market"
        label={t("procurement.market")}
        value={values.market ?? ""}
        error={errors.market}
        options={(["yes", "almost", "not_yet"] as const).map((v) => [v, t(`procurement.markets.${v}`)])}
      />
      <Choice name="rdNeeded" label={t("procurement.rdNeeded")} value={values.rdNeeded ?? ""} error={errors.rdNeeded} options={yesNo} />
      <Choice name="othersInterested" label={t("procurement.othersInterested")} value={values.othersInterested ?? ""} error={errors.othersInterested} options={yesNo} />
      <button type="submit">{t("procurement.advise")}</button>
    </Form>
  );
}

export function AdviceResult({ advice, chosen, thresholdsCurrent }: { advice: Advice; chosen: { route: string | null; stage: string | null }; thresholdsCurrent: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const amount = f.money(advice.threshold.amountEur);
  const kind = t(k(`procurement.kinds.${advice.threshold.kind}`));
  return (
    <section aria-labelledby="advice-title" className="stack">
      <h2 id="advice-title">{t("procurement.adviceTitle")}</h2>
      <p className={advice.threshold.atOrAbove ? "notice warning threshold-flag" : "threshold-flag"}>
        {advice.threshold.atOrAbove ? t("procurement.thresholdAbove", { amount, kind }) : t("procurement.thresholdBelow", { amount, kind })}
      </p>
      <p className="field-hint">
        {t("procurement.thresholdSource", { from: f.date(EU_THRESHOLDS.validFrom), until: f.date(EU_THRESHOLDS.validUntil), source: EU_THRESHOLDS.source })}{" "}
        <a href={EU_THRESHOLDS.sourceUrl} rel="noopener noreferrer">
          {EU_THRESHOLDS.source}
        </a>
      </p>
      {!thresholdsCurrent ? <p className="utrecht-alert utrecht-alert--warning notice">{t("procurement.thresholdOutdated")}</p> : null}
      <ul>
        {advice.notes.map((n) => (
          <li key={n}>{t(k(`procurement.notes.${n}`))}</li>
        ))}
      </ul>
      <ol className="route-list">
        {advice.routes.map((r) => (
          <li key={r.route} className="card" data-route={r.route}>
            <h3 id={`route-${r.route}`}>{t(k(`procurement.routes.${r.route}.name`))}</h3>
            <h4>{t("procurement.whyTitle")}</h4>
            <ul>
              {r.reasons.map((reason) => (
                <li key={reason}>{t(k(`procurement.reasons.${reason}`))}</li>
              ))}
            </ul>
            <h4>{t("procurement.stagesTitle")}</h4>
            <ol>
              {r.stages.map((s) => (
                <li key={s}>{t(k(`procurement.routes.${r.route}.stages.${s}`))}</li>
              ))}
            </ol>
            <h4>{t("procurement.documentsTitle")}</h4>
            <ul>
              {r.documents.map((d) => (
                <li key={d}>{t(k(`procurement.documents.${d}`))}</li>
              ))}
            </ul>
            {chosen.route === r.route ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="choose" />
                <input type="hidden" name="route" value={r.route} />
                <button type="submit" aria-describedby={`route-${r.route}`}>
                  {t("procurement.choose")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ChosenRoute({ route, stage, error }: { route: AdviceRoute | null; stage: string | null; error?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="chosen-title" className="stack">
      <h2 id="chosen-title">{t("procurement.chosenTitle")}</h2>
      {route && stage ? (
        <>
          <ProcurementBadge route={route} stage={stage} />
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="stage" />
            <input type="hidden" name="route" value={route} />
            <label htmlFor="stage">{t("procurement.stage")}</label>
            <select id="stage" name="stage" defaultValue={stage} aria-describedby={error ? "stage-error" : undefined}>
              {ROUTE_STAGES[route].map((s) => (
                <option key={s} value={s}>
                  {t(k(`procurement.routes.${route}.stages.${s}`))}
                </option>
              ))}
            </select>
            <button type="submit">{t("procurement.saveStage")}</button>
            <FieldError id="stage-error" error={error} />
          </Form>
        </>
      ) : (
        <p>{t("procurement.none")}</p>
      )}
    </section>
  );
}

/** The public challenge page's line on procurement: chosen route and stage, and the consultation (with its link). */
export function ProcurementAside({
  slug,
  summary,
}: {
  slug: string;
  summary: { route: { route: string; stage: string } | null; consultation: { endsOn: string; closedAt: string | null; open: boolean } | null };
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!summary.route && !summary.consultation) return null;
  return (
    <div className="procurement-aside">
      {summary.route ? <ProcurementBadge {...summary.route} /> : null}
      {summary.consultation ? (
        <p>
          <a href={`/opgaven/${slug}/consultatie`}>
            {t("consultation.title")}:{" "}
            {summary.consultation.open
              ? t("consultation.status.open", { date: f.date(summary.consultation.endsOn) })
              : t("consultation.status.ended", { date: f.date(summary.consultation.closedAt ?? summary.consultation.endsOn) })}
          </a>
        </p>
      ) : null}
    </div>
  );
}
