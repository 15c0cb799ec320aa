import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ChallengeViewer } from "../domain/brokering/challenge-page.server";
import { plainStateKey } from "../domain/brokering/plain-states";
import { PITCH_MAX } from "../../shared/vocabulary/limits";
import type { MatchState } from "../domain/brokering/states";
import { ErrorSummary, SelectField, TextAreaField, useMessage } from "./form";
import { CONTACT_MODES } from "../../shared/vocabulary/challenges";

/** What the challenge page's action answers (app/routes/opgaven.$slug.tsx): the form to re-render with its errors, or a done message. */
export type ChallengeActionResult = { intent: string; done?: string; values: Record<string, string>; errors: Record<string, string> };

/** "Ik kan helpen" on a published challenge: a provider picks one of its solutions and writes a short pitch. */
export function ChallengeResponse({
  viewer,
  contactMode,
  result,
}: {
  viewer: ChallengeViewer;
  contactMode: string;
  result: ChallengeActionResult | undefined;
}) {
  const { t } = useTranslation();
  const tm = useMessage();
  const location = useLocation();
  if (viewer.kind !== "provider" && viewer.kind !== "anonymous") return null;
  const mine = result?.intent === "respond" ? result : undefined;
  const errors = mine?.errors ?? {};
  return (
    <section aria-labelledby="respond-heading" className="respond">
      <h2 id="respond-heading">{t("brokering.respond.title")}</h2>
      {viewer.kind === "anonymous" ? (
        <p>
          {t("brokering.respond.signIn")}{" "}
          <a href={`/inloggen?redirectTo=${encodeURIComponent(location.pathname)}`}>{t("nav.login")}</a>
        </p>
      ) : (
        <>
          <p>{t(contactMode === "direct" ? "brokering.respond.introDirect" : "brokering.respond.intro", { organisation: viewer.organisationName })}</p>
          {mine?.done ? (
            <p className="utrecht-alert utrecht-alert--ok notice" role="status">
              {tm(mine.done)}
            </p>
          ) : null}
          {viewer.responded.length ? <p>{t("brokering.respond.responded", { solutions: viewer.responded.join(", ") })}</p> : null}
          {viewer.solutions.length === 0 ? (
            <p>
              {t("owners.noSolutionYet")} <Link to="/mijn/oplossingen/nieuw">{t("owners.createSolution")}</Link>
            </p>
          ) : (
            <Form method="post" className="form" noValidate>
              <ErrorSummary messages={Object.values(errors)} />
              <input type="hidden" name="intent" value="respond" />
              <SelectField
                name="solutionId"
                label={t("brokering.respond.solution")}
                placeholder={t("brokering.respond.solutionPlaceholder")}
                defaultValue={mine?.values.solutionId ?? (viewer.solutions.length === 1 ? viewer.solutions[0].id : undefined)}
                error={errors.solutionId}
              >
                {viewer.solutions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                name="pitch"
                label={t("brokering.respond.pitch")}
                hint={t("brokering.respond.pitchHint")}
                defaultValue={mine?.values.pitch}
                error={errors.pitch}
                rows={5}
                maxLength={PITCH_MAX}
              />
              <div>
                <button type="submit" className="utrecht-button utrecht-button--primary-action">
                  {t("brokering.respond.submit")}
                </button>
              </div>
            </Form>
          )}
        </>
      )}
    </section>
  );
}

/** The owner's "interessant" control on one suggested solution (or the state it already has in the pipeline). */
export function InterestControl({ solution, state }: { solution: { id: string; title: string }; state: string | undefined }) {
  const { t } = useTranslation();
  if (state && state !== "suggested") {
    return <p className="muted">{t(plainStateKey(state as MatchState))}</p>;
  }
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="interest" />
      <input type="hidden" name="solutionId" value={solution.id} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={t("brokering.interest.markLabel", { solution: solution.title })}>
        {t("brokering.interest.mark")}
      </button>
    </Form>
  );
}

/** Hub staff only: whether providers' responses reach the owner directly or via the hub. */
export function ContactModeControl({ contactMode, result }: { contactMode: string; result: ChallengeActionResult | undefined }) {
  const { t } = useTranslation();
  const tm = useMessage();
  const mine = result?.intent === "contactMode" ? result : undefined;
  return (
    <section aria-labelledby="contact-mode-heading">
      <h2 id="contact-mode-heading">{t("brokering.contactModeTitle")}</h2>
      {mine?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(mine.done)}
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(mine?.errors ?? {})} />
      <ContactModeForm contactMode={contactMode} />
    </section>
  );
}

/** The radio buttons and submit of the contact-mode setting (challenge page and match page). */
export function ContactModeForm({ contactMode }: { contactMode: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="form" noValidate>
      <input type="hidden" name="intent" value="contactMode" />
      <fieldset>
        <legend>{t("brokering.contactModeLabel")}</legend>
        {CONTACT_MODES.map((mode) => (
          <div key={mode} className="radio">
            <input type="radio" id={`contact-${mode}`} name="contactMode" value={mode} defaultChecked={contactMode === mode} />
            <label htmlFor={`contact-${mode}`}>{t(mode === "direct" ? "brokering.contactModeDirect" : "brokering.contactModeViaStaff")}</label>
          </div>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("brokering.contactModeSave")}
        </button>
      </div>
    </Form>
  );
}
