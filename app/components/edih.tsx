/** Building blocks of the EDIH pages (ADR 0025): pickers with their own ids, the proposed-services block, figures. */
import type { ReactNode, SelectHTMLAttributes } from "react";
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DMA_DIMENSIONS, SERVICE_CATEGORIES, type ServiceCategory } from "../../shared/vocabulary/edih";
import type { MatchState } from "../../shared/vocabulary/matches";
import { useMessage } from "./form";
import { Day } from "./time";
import { useFormat } from "../utils/format";

/** A labelled select whose id is given (several forms on one page use the same field names). */
export function Choice({
  id,
  label,
  error,
  hint,
  children,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  const tm = useMessage();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest}>
        {children}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {tm(error)}
        </p>
      ) : null}
    </div>
  );
}

export function CategoryOptions() {
  const { t } = useTranslation();
  return (
    <>
      {SERVICE_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(`edih.categories.${c}`)}
        </option>
      ))}
    </>
  );
}

export interface ProposedService {
  id: string;
  status: string;
  category: ServiceCategory;
  serviceDate: string;
  matchState: string | null;
  partnerOrganisationId: string | null;
  customerName: string;
  withoutT0: boolean;
}

type DecideResult = { intent: string; done?: string; errors: Record<string, string>; serviceId?: string };

/** One proposed service: change the category (and partner) and confirm, or dismiss, in one step. */
function Proposal({ s, partners }: { s: ProposedService; partners: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const tm = useMessage();
  const fetcher = useFetcher<DecideResult>();
  const error = fetcher.data?.errors ? Object.values(fetcher.data.errors)[0] : undefined;
  const base = `proposal-${s.id}`;
  return (
    <li className="proposal">
      <p>
        <strong>{s.customerName}</strong>
        {s.matchState ? <span className="muted"> · {t("edih.fromStep", { state: t(`brokering.states.${s.matchState as MatchState}`) })}</span> : null}
      </p>
      {s.withoutT0 ? <p className="utrecht-alert utrecht-alert--warning notice">{t("edih.noT0", { name: s.customerName })}</p> : null}
      <fetcher.Form method="post" action="/hub/diensten" className="form proposal-form">
        <input type="hidden" name="intent" value="decide" />
        <input type="hidden" name="serviceId" value={s.id} />
        <Choice id={`${base}-category`} name="category" label={t("edih.category")} defaultValue={s.category}>
          <CategoryOptions />
        </Choice>
        <Choice id={`${base}-partner`} name="partnerOrganisationId" label={t("edih.partner")} defaultValue={s.partnerOrganisationId ?? ""}>
          <option value="">{t("edih.choosePartner")}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Choice>
        <div className="actions">
          <button type="submit" name="decision" value="confirm" className="utrecht-button utrecht-button--primary-action" aria-label={t("edih.confirmFor", { name: s.customerName })}>
            {t("edih.confirm")}
          </button>{" "}
          <button type="submit" name="decision" value="dismiss" className="utrecht-button utrecht-button--secondary-action" aria-label={t("edih.dismissFor", { name: s.customerName })}>
            {t("edih.dismiss")}
          </button>
        </div>
      </fetcher.Form>
      {error ? (
        <p className="field-error" role="alert">
          {tm(error)}
        </p>
      ) : null}
    </li>
  );
}

/** The "proposed services" block of a match page: pending proposals to decide, recorded services to see. */
export function ProposedServices({ services, partners }: { services: ProposedService[]; partners: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const pending = services.filter((s) => s.status === "proposed");
  const confirmed = services.filter((s) => s.status === "confirmed");
  return (
    <section aria-labelledby="services-heading">
      <h2 id="services-heading">{t("edih.proposedTitle")}</h2>
      {pending.length ? (
        <>
          <p className="muted">{t("edih.proposedIntro")}</p>
          <ul className="plain-list">
            {pending.map((s) => (
              <Proposal key={s.id} s={s} partners={partners} />
            ))}
          </ul>
        </>
      ) : (
        <p>{t("edih.noProposals")}</p>
      )}
      {confirmed.length ? (
        <ul className="plain-list" aria-label={t("edih.statusConfirmed")}>
          {confirmed.map((s) => (
            <li key={s.id}>
              {t("edih.statusConfirmed")}: {s.customerName} · {t(`edih.categories.${s.category}`)} · <Day iso={s.serviceDate} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

type RecordItem = { id: string; label: string; date?: string; amountEur?: number };

/** One record behind a figure: "date · name · amount", date and amount in the reader's language. */
function RecordLine({ record }: { record: RecordItem }) {
  const f = useFormat();
  return (
    <>
      {record.date ? (
        <>
          <Day iso={record.date} /> ·{" "}
        </>
      ) : null}
      {record.label}
      {record.amountEur !== undefined ? ` · ${f.money(record.amountEur)}` : null}
    </>
  );
}

/** A report number: its label, value, one-line definition and the records behind it (expandable). */
export function FigureBlock({ label, value, definition, records }: { label: string; value: ReactNode; definition: string; records: RecordItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="edih-figure">
      <p>
        <strong>{label}:</strong> <span className="stat-number">{value}</span>
      </p>
      <p className="insight-definition">{definition}</p>
      {records.length ? (
        <details>
          <summary>{t("edih.recordsBehind", { count: records.length })}</summary>
          <ul>
            {records.map((r) => (
              <li key={r.id}>
                <RecordLine record={r} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** A table of figures (key → count) with the records behind each row. */
export function FigureTable({ caption, keyLabel, rows, label }: { caption: string; keyLabel: string; rows: { key: string; count: number; records: RecordItem[] }[]; label: (key: string) => string }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col">{t("edih.number")}</th>
          <th scope="col">{t("edih.recordsColumn")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{label(r.key)}</th>
            <td>{r.count}</td>
            <td>
              {r.records.length ? (
                <details>
                  <summary>{t("edih.recordsBehind", { count: r.records.length })}</summary>
                  <ul>
                    {r.records.map((x) => (
                      <li key={x.id}>
                        <RecordLine record={x} />
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                "–"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The six DMA dimensions and the overall score, in the questionnaire's order. */
export const DMA_KEYS = [...DMA_DIMENSIONS, "overall"] as const;

/** Column headers of a DMA table: a first column, then one per dimension and the overall score. */
export function DimensionHeaders({ first, extra }: { first: string; extra?: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {extra ? <th scope="col">{extra}</th> : null}
        {DMA_KEYS.map((k) => (
          <th scope="col" key={k}>
            {t(`edih.dimensions.${k}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
