import { Form } from "@remix-run/react";
import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { sdgLabel } from "../utils/sdg";
import { ASSURANCES, DEPLOYMENT_STATUSES, HOSTINGS, MATURITIES, PRICING_MODELS, TARGET_GROUPS } from "../../shared/vocabulary/solutions";
import type { DeploymentValues, SolutionFormValues } from "../domain/intake/solution-form";
import { LIMITS } from "../domain/intake/solution-form";
import { ErrorSummary, FieldError, SelectField, TextAreaField, TextField } from "./form";
import { MarkdownField } from "./markdown-field";

type Region = { code: string; name: string; kind: string };

/** A group of checkboxes in a fieldset, with one error for the group. */
function CheckboxGroup({ name, legend, options, checked, error, hint }: { name: string; legend: string; options: { value: string; label: string }[]; checked: string[]; error?: string; hint?: string }) {
  return (
    <fieldset className="checkbox-group" aria-describedby={[hint ? `${name}-hint` : "", error ? `${name}-error` : ""].join(" ").trim() || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="field-hint utrecht-form-field-description">
          {hint}
        </p>
      ) : null}
      <div className="checkbox-list">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} /> {o.label}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} error={error} />
    </fieldset>
  );
}


function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

type Row = DeploymentValues & { key: number };

/**
 * The deployments editor. Without JavaScript, "add" and "remove" are submit buttons (intent add-deployment /
 * remove-deployment-N) and the server renders the form again with the row added or removed; with JavaScript
 * they change the rows in the browser.
 */
function Deployments({ initial, regions, errors }: { initial: DeploymentValues[]; regions: Region[]; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const next = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => initial.map((d, i) => ({ ...d, key: i })));
  const provinces = regions.filter((r) => r.kind === "provincie");
  const municipalities = regions.filter((r) => r.kind === "gemeente");
  return (
    <Section title={t("solutionIntake.sections.deployments")}>
      <p className="field-hint utrecht-form-field-description">{t("solutionIntake.deploymentsHint")}</p>
      {rows.length === 0 ? <p>{t("solutionIntake.noDeployments")}</p> : null}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="deployment-row">
          <legend>{t("solutionIntake.deploymentN", { n: i + 1 })}</legend>
          <div className="field">
            <label htmlFor={`dep-${i}-code`}>{t("solutionIntake.deploymentBody")}</label>
            <select
              id={`dep-${i}-code`}
              name="depCode"
              defaultValue={row.code}
              aria-invalid={errors[`dep-${i}-code`] ? true : undefined}
              aria-describedby={errors[`dep-${i}-code`] ? `dep-${i}-code-error` : undefined}
            >
              <option value="">{t("solutionIntake.deploymentChoose")}</option>
              {row.code && !regions.some((r) => r.code === row.code) ? <option value={row.code}>{row.code}</option> : null}
              <optgroup label={t("solutionIntake.provinces")}>
                {provinces.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("solutionIntake.municipalities")}>
                {municipalities.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            </select>
            <FieldError id={`dep-${i}-code-error`} error={errors[`dep-${i}-code`]} />
          </div>
          <div className="field">
            <label htmlFor={`dep-${i}-status`}>{t("solutionIntake.deploymentStatus")}</label>
            <select id={`dep-${i}-status`} name="depStatus" defaultValue={row.status || "active"} aria-describedby={errors[`dep-${i}-status`] ? `dep-${i}-status-error` : undefined}>
              {DEPLOYMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`deploymentStatus.${s}`)}
                </option>
              ))}
            </select>
            <FieldError id={`dep-${i}-status-error`} error={errors[`dep-${i}-status`]} />
          </div>
          <TextField
            id={`dep-${i}-since`}
            name="depSince"
            type="date"
            label={t("solutionIntake.deploymentSince")}
            defaultValue={row.since}
            error={errors[`dep-${i}-since`]}
          />
          <div>
            <button
              type="submit"
              name="intent"
              value={`remove-deployment-${i}`}
              className="utrecht-button utrecht-button--secondary-action"
              formNoValidate
              onClick={(e) => {
                e.preventDefault();
                setRows((r) => r.filter((x) => x.key !== row.key));
              }}
            >
              {t("solutionIntake.removeDeployment", { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div>
        <button
          type="submit"
          name="intent"
          value="add-deployment"
          className="utrecht-button utrecht-button--secondary-action"
          formNoValidate
          onClick={(e) => {
            e.preventDefault();
            setRows((r) => [...r, { code: "", status: "active", since: "", key: next.current++ }]);
          }}
        >
          {t("solutionIntake.addDeployment")}
        </button>
      </div>
    </Section>
  );
}

export interface SolutionFormProps {
  values: SolutionFormValues;
  errors: Record<string, string>;
  themes: { slug: string; labelNl: string; labelEn: string }[];
  regions: Region[];
  hidden: Record<string, string>;
  /** draft-like (save + submit), published (save changes + archive elsewhere), or submitted (save only). */
  mode: "draft" | "submitted" | "published";
}

export function SolutionForm({ values: v, errors, themes, regions, hidden, mode }: SolutionFormProps) {
  const { t, i18n } = useTranslation();
  const errorList = Object.values(errors);
  return (
    <Form method="post" className="form wide-form" noValidate>
      <ErrorSummary messages={errorList} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* The default button: Enter in a field saves, instead of pressing the first "remove deployment" button. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {t("solutionIntake.saveDraft")}
      </button>
      <Section title={t("solutionIntake.sections.about")}>
        <TextField name="title" label={t("solutionIntake.fields.title")} defaultValue={v.title} error={errors.title} hint={t("solutionIntake.hints.title", { max: LIMITS.title })} />
        <TextAreaField name="summary" rows={3} label={t("solutionIntake.fields.summary")} defaultValue={v.summary} error={errors.summary} hint={t("solutionIntake.hints.summary", { max: LIMITS.summary })} data-maxlength={LIMITS.summary} />
        <MarkdownField name="description" label={t("solutionIntake.fields.description")} defaultValue={v.description} error={errors.description} rows={10} />
        <SelectField name="lang" label={t("solutionIntake.fields.lang")} placeholder={t("solutionIntake.choose")} defaultValue={v.lang} error={errors.lang}>
          <option value="nl">{t("solutionIntake.langNl")}</option>
          <option value="en">{t("solutionIntake.langEn")}</option>
        </SelectField>
      </Section>
      <Section title={t("solutionIntake.sections.fit")}>
        <CheckboxGroup
          name="themes"
          legend={t("solutionIntake.fields.themes")}
          options={themes.map((th) => ({ value: th.slug, label: i18n.language === "en" ? th.labelEn : th.labelNl }))}
          checked={v.themes}
          error={errors.themes}
        />
        <CheckboxGroup
          name="sdgs"
          legend={t("solutionIntake.fields.sdgs")}
          options={Array.from({ length: 17 }, (_, i) => ({ value: String(i + 1), label: sdgLabel(t, i + 1) }))}
          checked={v.sdgs}
          error={errors.sdgs}
        />
        <SelectField name="maturity" label={t("solutionIntake.fields.maturity")} placeholder={t("solutionIntake.choose")} defaultValue={v.maturity} error={errors.maturity}>
          {MATURITIES.map((m) => (
            <option key={m} value={m}>
              {t(`maturity.${m}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          name="targetGroups"
          legend={t("solutionIntake.fields.targetGroups")}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))}
          checked={v.targetGroups}
          error={errors.targetGroups}
        />
      </Section>
      <Section title={t("solutionIntake.sections.assurances")}>
        <CheckboxGroup
          name="assurances"
          legend={t("solutionIntake.fields.assurances")}
          options={ASSURANCES.map((a) => ({ value: a, label: t(`assurances.${a}`) }))}
          checked={v.assurances}
          error={errors.assurances}
        />
        <TextField name="openSourceLicence" label={t("solutionIntake.fields.licence")} hint={t("solutionIntake.hints.licence")} defaultValue={v.openSourceLicence} error={errors.openSourceLicence} />
      </Section>
      <Section title={t("solutionIntake.sections.offer")}>
        <SelectField name="hosting" label={t("solutionIntake.fields.hosting")} placeholder={t("solutionIntake.notSpecified")} defaultValue={v.hosting} error={errors.hosting}>
          {HOSTINGS.map((h) => (
            <option key={h} value={h}>
              {t(`hosting.${h}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="pricingModel" label={t("solutionIntake.fields.pricing")} placeholder={t("solutionIntake.notSpecified")} defaultValue={v.pricingModel} error={errors.pricingModel}>
          {PRICING_MODELS.map((p) => (
            <option key={p} value={p}>
              {t(`pricing.${p}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="website" type="url" label={t("solutionIntake.fields.website")} hint={t("solutionIntake.hints.website")} defaultValue={v.website} error={errors.website} />
      </Section>
      <Deployments initial={v.deployments} regions={regions} errors={errors} />
      <Section title={t("solutionIntake.sections.contact")}>
        <TextField name="contactName" label={t("solutionIntake.fields.contactName")} defaultValue={v.contactName} error={errors.contactName} autoComplete="name" />
        <TextField name="contactRole" label={t("solutionIntake.fields.contactRole")} defaultValue={v.contactRole} error={errors.contactRole} autoComplete="organization-title" />
        <TextField name="contactEmail" type="email" label={t("solutionIntake.fields.contactEmail")} defaultValue={v.contactEmail} error={errors.contactEmail} autoComplete="email" />
      </Section>
      <div className="form-actions">
        {mode === "draft" ? (
          <>
            <button type="submit" name="intent" value="submit" className="utrecht-button utrecht-button--primary-action">
              {t("solutionIntake.submit")}
            </button>
            <button type="submit" name="intent" value="save" className="utrecht-button utrecht-button--secondary-action" formNoValidate>
              {t("solutionIntake.saveDraft")}
            </button>
          </>
        ) : (
          <button type="submit" name="intent" value="save" className="utrecht-button utrecht-button--primary-action">
            {t("solutionIntake.saveChanges")}
          </button>
        )}
      </div>
    </Form>
  );
}
