import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { plainTargets, type MatchState } from "../domain/brokering/states";

/** A match state as text (never colour alone). */
export function StateBadge({ state }: { state: MatchState }) {
  const { t } = useTranslation();
  return <span className={`status state-${state}`}>{t(`brokering.states.${state}`)}</span>;
}

/** "Waiting too long" as a labelled badge. */
export function StaleBadge() {
  const { t } = useTranslation();
  return <span className="status stale">{t("brokering.stale")}</span>;
}

/**
 * The state-change control of a board card: a select of the allowed plain moves (closing needs a reason and lives
 * on the detail page) and a submit button; the form names the state the user saw, for the concurrency check.
 */
export function CardStateForm({ match }: { match: { id: string; state: MatchState; challenge: { title: string }; solution: { title: string } } }) {
  const { t } = useTranslation();
  const targets = plainTargets(match.state).filter((s) => s !== "closed");
  const names = { challenge: match.challenge.title, solution: match.solution.title };
  if (match.state === "screening") {
    return (
      <Link to={`/hub/matches/${match.id}#introduceren`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
        {t("brokering.introduceLink")}
      </Link>
    );
  }
  if (!targets.length) return null;
  const fieldId = `to-${match.id}`;
  return (
    <Form method="post" className="card-form">
      <input type="hidden" name="intent" value="state" />
      <input type="hidden" name="matchId" value={match.id} />
      <input type="hidden" name="from" value={match.state} />
      <label htmlFor={fieldId} className="visually-hidden">
        {t("brokering.changeToLabel", names)}
      </label>
      <select id={fieldId} name="to" defaultValue="">
        <option value="">{t("brokering.choose")}</option>
        {targets.map((s) => (
          <option key={s} value={s}>
            {t(`brokering.states.${s}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={t("brokering.changeApplyLabel", names)}>
        {t("brokering.changeApply")}
      </button>
    </Form>
  );
}

