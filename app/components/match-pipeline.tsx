/** The hub's match pipeline as a table (with bulk change) and as a board (a state control per card). */
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MatchRow } from "../domain/brokering/matches.repository.server";
import { MATCH_STATES, VIA_OWN_STEP } from "../domain/brokering/states";
import { useFormat } from "../utils/format";
import { CardStateForm, StaleBadge, StateBadge } from "./brokering";
import { ProcurementBadge } from "./procurement-advice";
import { Strength } from "./match-list";

/**
 * The matcher's strength in words with its reasons (shared themes, then matching terms; all of them in the title),
 * as on the suggestion lists: never the stored score as a bare number. Pairs the matcher did not suggest say so.
 */
function StrengthCell({ explanation: e }: { explanation: MatchRow["explanation"] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const themes = (e?.sharedThemes ?? []).map((slug) => f.theme(slug));
  const terms = e?.matchingTerms ?? [];
  const reasons = [...themes, ...terms];
  const full = [
    themes.length ? `${t("matching.sharedThemes")}: ${themes.join(", ")}` : "",
    terms.length ? `${t("matching.matchingTerms")}: ${terms.join(", ")}` : "",
  ].filter(Boolean);
  return (
    <span className="match-strength-cell" title={full.join(" · ") || undefined}>
      {e?.strength ? <Strength strength={e.strength} /> : <span className="muted">{t("brokering.noScore")}</span>}
      {reasons.length ? (
        <>
          <br />
          <span className="muted">{reasons.slice(0, 3).join(", ")}</span>
        </>
      ) : null}
    </span>
  );
}

/** The states a bulk change may move to (not the ones with their own step, nor back to suggested). */
export const BULK_TARGETS = MATCH_STATES.filter((s) => s !== "suggested" && !VIA_OWN_STEP.includes(s));

/** One filter of the pipeline: a labelled select whose first option means "all". */
export function FilterSelect({ id, name, label, value, children }: { id: string; name: string; label: string; value: string | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{t("brokering.any")}</option>
        {children}
      </select>
    </div>
  );
}

/** A row may carry the challenge's chosen procurement route and stage (issue 17), shown as one line. */
type Rows = (MatchRow & { procurement?: { route: string; stage: string } | null })[];

function Waiting({ m }: { m: Rows[number] }) {
  const { t } = useTranslation();
  return (
    <>
      {t("brokering.workingDays", { count: m.workingDays })}
      {m.stale ? (
        <>
          {" "}
          <StaleBadge />
        </>
      ) : null}
    </>
  );
}

export function Table({ matches }: { matches: Rows }) {
  const { t } = useTranslation();
  return (
    <Form method="post" aria-labelledby="bulk-heading">
      <input type="hidden" name="intent" value="bulk" />
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("brokering.colSelect")}</span>
              </th>
              <th scope="col">{t("brokering.colChallenge")}</th>
              <th scope="col">{t("brokering.colSolution")}</th>
              <th scope="col">{t("brokering.colState")}</th>
              <th scope="col">{t("brokering.colWaiting")}</th>
              <th scope="col">{t("brokering.colBroker")}</th>
              <th scope="col">{t("brokering.colScore")}</th>
            </tr>
          </thead>
          <tbody>
            {matches.map((m) => (
              <tr key={m.id} className={m.mine ? "mine" : undefined}>
                <td>
                  <input
                    type="checkbox"
                    name="items"
                    value={`${m.id}:${m.state}`}
                    aria-label={t("brokering.selectMatch", { challenge: m.challenge.title, solution: m.solution.title })}
                  />
                </td>
                <td>
                  <Link to={`/hub/matches/${m.id}`} lang={m.challenge.lang}>
                    {m.challenge.title}
                  </Link>
                  <br />
                  <span className="muted">{m.challenge.ownerName}</span>
                  {m.procurement ? <ProcurementBadge {...m.procurement} /> : null}
                </td>
                <td>
                  <span lang={m.solution.lang}>{m.solution.title}</span>
                  <br />
                  <span className="muted">{m.solution.providerName}</span>
                </td>
                <td>
                  <StateBadge state={m.state} />
                </td>
                <td>
                  <Waiting m={m} />
                </td>
                <td>{m.brokerName ?? t("brokering.unassigned")}</td>
                <td>
                  <StrengthCell explanation={m.explanation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="bulk-bar">
        <legend id="bulk-heading">{t("brokering.bulkTitle")}</legend>
        <div className="field">
          <label htmlFor="bulk-to">{t("brokering.bulkTo")}</label>
          <select id="bulk-to" name="to" defaultValue="">
            <option value="">{t("brokering.bulkToPlaceholder")}</option>
            {BULK_TARGETS.map((s) => (
              <option key={s} value={s}>
                {t(`brokering.states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bulk-reason">{t("brokering.bulkReason")}</label>
          <input id="bulk-reason" name="closedReason" maxLength={1000} />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("brokering.bulkApply")}
        </button>
      </fieldset>
    </Form>
  );
}

export function Board({ matches }: { matches: Rows }) {
  const { t } = useTranslation();
  return (
    <div className="board">
      {MATCH_STATES.map((state) => {
        const cards = matches.filter((m) => m.state === state);
        return (
          <section key={state} className="board-column" aria-labelledby={`col-${state}`}>
            <h2 id={`col-${state}`}>{t("brokering.boardColumn", { state: t(`brokering.states.${state}`), count: cards.length })}</h2>
            {cards.length === 0 ? <p className="muted">{t("brokering.boardEmpty")}</p> : null}
            <ul className="plain-list board-cards">
              {cards.map((m) => (
                <li key={m.id} className={`board-card${m.mine ? " mine" : ""}`}>
                  <h3>
                    <Link to={`/hub/matches/${m.id}`}>
                      <span lang={m.challenge.lang}>{m.challenge.title}</span> × <span lang={m.solution.lang}>{m.solution.title}</span>
                    </Link>
                  </h3>
                  <p className="card-meta">
                    {m.brokerName ?? t("brokering.unassigned")} · <Waiting m={m} />
                  </p>
                  {m.procurement ? <ProcurementBadge {...m.procurement} /> : null}
                  <CardStateForm match={m} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
