/** The side panel of a match: introduce, change state, close, assign a broker, contact mode (each its own form). */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { IntroductionDraft } from "../domain/brokering/introduce.server";
import type { MatchDetail } from "../domain/brokering/matches.repository.server";
import { plainTargets } from "../domain/brokering/states";
import { ContactModeForm } from "./challenge-response";
import { SelectField, TextAreaField, TextField } from "./form";
import { INTRODUCTION_MAX } from "../../shared/vocabulary/limits";

export function MatchPanel({
  match: m,
  draft,
  templateLocale,
  brokers,
  result,
}: {
  match: MatchDetail;
  draft: IntroductionDraft | null;
  templateLocale: string;
  brokers: { id: string; name: string }[];
  result: { intent: string; values: Record<string, string>; errors: Record<string, string> } | undefined;
}) {
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const valuesFor = (intent: string) => (result?.intent === intent ? result.values : {});
  const targets = plainTargets(m.state).filter((s) => s !== "closed");
  const canClose = plainTargets(m.state).includes("closed");
  return (
    <aside className="detail-aside" aria-label={t("brokering.changeTitle")}>
      {m.state === "screening" && draft ? (
        <section aria-labelledby="introduceren">
          <h2 id="introduceren">{t("brokering.introduceTitle")}</h2>
          <p>{t("brokering.introduceIntro")}</p>
          <p>{t("brokering.introduceTo", { names: [...draft.owners, ...draft.providers].map((p) => p.name).join(", ") })}</p>
          <p>
            {t("brokering.introduceTemplate")}:{" "}
            <Link to="?sjabloon=nl#introduceren" aria-current={templateLocale === "nl" ? "true" : undefined}>
              {t("brokering.introduceTemplateNl")}
            </Link>{" "}
            ·{" "}
            <Link to="?sjabloon=en#introduceren" aria-current={templateLocale === "en" ? "true" : undefined}>
              {t("brokering.introduceTemplateEn")}
            </Link>
          </p>
          <Form method="post" className="form" noValidate key={templateLocale}>
            <input type="hidden" name="intent" value="introduce" />
            <input type="hidden" name="from" value={m.state} />
            <TextAreaField
              name="body"
              id="intro-body"
              label={t("brokering.introduceBody")}
              defaultValue={valuesFor("introduce").body ?? draft.body}
              error={result?.intent === "introduce" ? errors.body : undefined}
              rows={12}
              maxLength={INTRODUCTION_MAX}
            />
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("brokering.introduceSave")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="change-heading">
        <h2 id="change-heading">{t("brokering.changeTitle")}</h2>
        {targets.length ? (
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="state" />
            <input type="hidden" name="from" value={m.state} />
            <SelectField name="to" label={t("brokering.changeTo")} placeholder={t("brokering.choose")} error={result?.intent === "state" ? errors.to : undefined}>
              {targets.map((s) => (
                <option key={s} value={s}>
                  {t(`brokering.states.${s}`)}
                </option>
              ))}
            </SelectField>
            <TextAreaField name="note" id="change-note" label={t("brokering.changeNote")} defaultValue={valuesFor("state").note} error={result?.intent === "state" ? errors.note : undefined} rows={2} maxLength={2000} />
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("brokering.changeSave")}
              </button>
            </div>
          </Form>
        ) : m.state !== "screening" ? (
          <p>{t("brokering.noMoves")}</p>
        ) : null}
      </section>
      {canClose ? (
        <section aria-labelledby="close-heading">
          <h2 id="close-heading">{t("brokering.closeTitle")}</h2>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="close" />
            <input type="hidden" name="from" value={m.state} />
            <TextField
              name="closedReason"
              label={t("brokering.closeReason")}
              hint={t("brokering.closeReasonHint")}
              defaultValue={valuesFor("close").closedReason}
              error={result?.intent === "close" ? errors.closedReason : undefined}
              maxLength={1000}
            />
            <div>
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {t("brokering.closeSave")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="assign-heading">
        <h2 id="assign-heading">{t("brokering.assignTitle")}</h2>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="assign" />
          <SelectField
            name="brokerUserId"
            label={t("brokering.assignLabel")}
            placeholder={t("brokering.assignNone")}
            defaultValue={m.broker?.id ?? ""}
            error={result?.intent === "assign" ? errors.brokerUserId : undefined}
          >
            {brokers.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </SelectField>
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("brokering.assignSave")}
            </button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t("brokering.contactModeTitle")}</h2>
        <ContactModeForm contactMode={m.challenge.contactMode} />
      </section>
    </aside>
  );
}
