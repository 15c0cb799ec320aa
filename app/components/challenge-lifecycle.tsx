import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useMessage } from "./form";
import { MarkdownField } from "./markdown-field";

/** The owner's status changes that are possible now, each its own small form (works without JavaScript). */
export function LifecycleActions({
  actions,
  errors,
  values,
}: {
  actions: string[];
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const { t } = useTranslation();
  const tm = useMessage();
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="lifecycle-title" className="lifecycle">
      <h2 id="lifecycle-title">{t("intake.lifecycleTitle")}</h2>
      {actions.includes("close") ? (
        <Form method="post" className="lifecycle-form">
          <p className="field-hint utrecht-form-field-description">{t("intake.closeHint")}</p>
          <button type="submit" name="intent" value="close" className="utrecht-button utrecht-button--secondary-action">
            {t("intake.close")}
          </button>
        </Form>
      ) : null}
      {actions.includes("pilot") ? (
        <Form method="post" className="lifecycle-form">
          <button type="submit" name="intent" value="pilot" className="utrecht-button utrecht-button--secondary-action">
            {t("intake.pilot")}
          </button>
        </Form>
      ) : null}
      {actions.includes("finish") ? (
        <Form method="post" className="lifecycle-form" noValidate>
          <h3>{t("intake.finish")}</h3>
          <p className="field-hint utrecht-form-field-description">{t("intake.finishHint")}</p>
          <MarkdownField name="outcome" id="finish-outcome" label={t("intake.outcome")} defaultValue={values.outcome} error={errors.outcome} rows={4} />
          <MarkdownField name="lessonsLearned" id="finish-lessons" label={t("intake.lessonsLearned")} defaultValue={values.lessonsLearned} error={errors.lessonsLearned} rows={4} />
          <button type="submit" name="intent" value="finish" className="utrecht-button utrecht-button--primary-action">
            {t("intake.finish")}
          </button>
        </Form>
      ) : null}
      {actions.includes("withdraw") ? (
        <Form method="post" className="lifecycle-form" noValidate>
          <h3>{t("intake.withdraw")}</h3>
          <div className="checkbox-field">
            <input type="checkbox" id="withdraw-confirm" name="confirm" aria-describedby={errors.confirm ? "withdraw-confirm-error" : undefined} />
            <label htmlFor="withdraw-confirm">{t("intake.withdrawConfirm")}</label>
          </div>
          {errors.confirm ? (
            <p id="withdraw-confirm-error" className="field-error utrecht-form-field-error-message">
              {tm(errors.confirm)}
            </p>
          ) : null}
          <button type="submit" name="intent" value="withdraw" className="utrecht-button utrecht-button--secondary-action">
            {t("intake.withdraw")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
