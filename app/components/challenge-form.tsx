import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sdgLabel } from "../utils/sdg";
import type { ChallengeFormValues } from "../domain/intake/challenge-schema";
import type { DraftSuggestions } from "../domain/intake/challenge-suggest.server";
import { ErrorSummary, FieldError, TextField } from "./form";
import { MarkdownField } from "./markdown-field";
import { LiveHelp } from "./challenge-live-help";
import { ChallengeProgress, ThemeChoices } from "./challenge-form-aids";

export interface ChallengeFormProps {
  values: ChallengeFormValues;
  errors: Record<string, string>;
  themes: { slug: string; label: string }[];
  regions: { code: string; name: string; kind: string }[];
  publicBodies: { id: string; name: string }[];
  procurementRoutes: readonly string[];
  /** Hidden fields: the version being edited, or the creation key of a new record. */
  version?: number;
  creationKey?: string;
  /** Whether a "submit for review" button is offered (verified members, submittable status). */
  canSubmit: boolean;
  /** Whether co-owners can be chosen (verified members only, ADR 0015); otherwise the current ones are kept as they are. */
  canChooseCoOwners: boolean;
  isNew: boolean;
  status?: string;
  suggestions?: DraftSuggestions | null;
}

/** The challenge intake form: the DESIGN.md fields in sections; a plain POST with an `intent` per button. */
export function ChallengeForm(p: ChallengeFormProps) {
  const { t } = useTranslation();
  const v = p.values;
  const e = p.errors;
  const regionName = new Map(p.regions.map((r) => [r.code, r.name]));
  const bodyName = new Map(p.publicBodies.map((b) => [b.id, b.name]));
  const md = (name: keyof ChallengeFormValues & string, rows = 6) => (
    <MarkdownField key={`${name}:${v[name] as string}`} name={name} label={t(`intake.${name}` as "intake.title")} defaultValue={v[name] as string} error={e[name]} rows={rows} />
  );
  const describedBy = (name: string) => (e[name] ? `${name}-error` : undefined);
  return (
    <Form method="post" className="intake-form intake-layout" noValidate>
      <aside className="intake-aside">
        <ChallengeProgress values={v} />
        <LiveHelp themes={p.themes} initial={p.suggestions ?? null} />
      </aside>
      <ErrorSummary messages={Object.values(e)} />
      {p.version != null ? <input type="hidden" name="version" value={p.version} /> : null}
      {p.creationKey ? <input type="hidden" name="creationKey" value={p.creationKey} /> : null}

      <fieldset>
        <legend>{t("intake.sectionAbout")}</legend>
        <TextField name="title" label={t("intake.title")} hint={t("intake.titleHint")} defaultValue={v.title} error={e.title} required maxLength={400} />
        <MarkdownField key={`summary:${v.summary}`} name="summary" label={t("intake.summary")} hint={t("intake.summaryHint")} defaultValue={v.summary} error={e.summary} rows={3} />
        <div className="field">
          <label htmlFor="lang">{t("intake.lang")}</label>
          <select id="lang" name="lang" defaultValue={v.lang}>
            <option value="nl">{t("intake.langNl")}</option>
            <option value="en">{t("intake.langEn")}</option>
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("intake.sectionDetail")}</legend>
        {md("problemStatement", 8)}
        {md("localContext")}
        {md("affected", 4)}
        {md("desiredOutcome")}
        {md("successCriteria", 4)}
      </fieldset>

      <fieldset>
        <legend>{t("intake.sectionClassify")}</legend>
        <ThemeChoices themes={p.themes} selected={v.themes} error={e.themes} initialSuggested={p.suggestions?.themes ?? null} />
        {/* Optional and long (17 goals by name): folded unless some are chosen. Folded boxes are still sent. */}
        <details className="optional-group" open={v.sdgs.length > 0 || !!e.sdgs}>
          <summary>{t("owners.sdgsSummary")}</summary>
          <fieldset className="choice-group" aria-describedby={describedBy("sdgs")}>
            <legend className="visually-hidden">{t("intake.sdgs")}</legend>
            <FieldError id="sdgs-error" error={e.sdgs} />
            <ul className="choices">
              {Array.from({ length: 17 }, (_, i) => String(i + 1)).map((n) => (
                <li key={n}>
                  <input type="checkbox" id={`sdg-${n}`} name="sdgs" value={n} defaultChecked={v.sdgs.includes(n)} />
                  <label htmlFor={`sdg-${n}`}>{sdgLabel(t, n)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        </details>
        <fieldset className="choice-group" id="regions-group" aria-describedby={["regions-hint", e.regions ? "regions-error" : ""].join(" ").trim()}>
          <legend>{t("intake.regions")}</legend>
          <p id="regions-hint" className="field-hint utrecht-form-field-description">
            {t("intake.regionsHint")}
          </p>
          <FieldError id="regions-error" error={e.regions} />
          <ul className="choices">
            {v.regions.map((code) => (
              <li key={code}>
                <input type="checkbox" id={`region-${code}`} name="regions" value={code} defaultChecked />
                <label htmlFor={`region-${code}`}>{regionName.get(code) ?? code}</label>
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor="addRegion">{t("intake.addRegion")}</label>
            <select id="addRegion" name="addRegion" defaultValue="">
              <option value="">{t("intake.addRegionNone")}</option>
              {(["provincie", "gemeente"] as const).map((kind) => (
                <optgroup key={kind} label={kind === "provincie" ? t("intake.provinces") : t("intake.municipalities")}>
                  {p.regions
                    .filter((r) => r.kind === kind && !v.regions.includes(r.code))
                    .map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t("intake.sectionPartners")}</legend>
        <fieldset className="choice-group" aria-describedby={["coOwners-hint", e.coOwners ? "coOwners-error" : ""].join(" ").trim()}>
          <legend>{t("intake.coOwners")}</legend>
          <p id="coOwners-hint" className="field-hint utrecht-form-field-description">
            {t("intake.coOwnersHint")}
          </p>
          <FieldError id="coOwners-error" error={e.coOwners} />
          {v.coOwners.length === 0 ? <p>{t("intake.noCoOwners")}</p> : null}
          {p.canChooseCoOwners ? (
            <>
              <ul className="choices">
                {v.coOwners.map((id) => (
                  <li key={id}>
                    <input type="checkbox" id={`coowner-${id}`} name="coOwners" value={id} defaultChecked />
                    <label htmlFor={`coowner-${id}`}>{bodyName.get(id) ?? id}</label>
                  </li>
                ))}
              </ul>
              <div className="field">
                <label htmlFor="addCoOwner">{t("intake.addCoOwner")}</label>
                <select id="addCoOwner" name="addCoOwner" defaultValue="">
                  <option value="">{t("intake.addCoOwnerNone")}</option>
                  {p.publicBodies
                    .filter((b) => !v.coOwners.includes(b.id))
                    .map((b) => (
                      <option key={b.id} value={b.id}>
                        {b.name}
                      </option>
                    ))}
                </select>
              </div>
            </>
          ) : (
            <>
              {/* Kept as they are: saving a draft does not change its co-owners. */}
              <ul>
                {v.coOwners.map((id) => (
                  <li key={id}>
                    <input type="hidden" name="coOwners" value={id} />
                    {bodyName.get(id) ?? id}
                  </li>
                ))}
              </ul>
              <p className="utrecht-alert utrecht-alert--info notice">{t("intake.coOwnersNeedVerification")}</p>
            </>
          )}
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t("intake.sectionMarket")}</legend>
        <div className="field-row">
          <TextField name="budgetMin" label={t("intake.budgetMin")} inputMode="numeric" defaultValue={v.budgetMin} error={e.budgetMin} />
          <TextField name="budgetMax" label={t("intake.budgetMax")} inputMode="numeric" defaultValue={v.budgetMax} error={e.budgetMax} />
        </div>
        <div className="checkbox-field">
          <input type="checkbox" id="launchingCustomerIntent" name="launchingCustomerIntent" defaultChecked={v.launchingCustomerIntent} aria-describedby="launchingCustomerIntent-note" />
          <label htmlFor="launchingCustomerIntent">{t("intake.launchingCustomer")}</label>
          <p id="launchingCustomerIntent-note" className="field-hint utrecht-form-field-description">
            {t("intake.launchingCustomerNote")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="procurementRoute">{t("intake.procurementRoute")}</label>
          <select id="procurementRoute" name="procurementRoute" defaultValue={v.procurementRoute} aria-describedby={describedBy("procurementRoute")}>
            {p.procurementRoutes.map((r) => (
              <option key={r} value={r}>
                {t(`procurementRoutes.${r}` as "procurementRoutes.sbir")}
              </option>
            ))}
          </select>
          <FieldError id="procurementRoute-error" error={e.procurementRoute} />
        </div>
        <TextField name="timeline" label={t("intake.timeline")} hint={t("intake.timelineHint")} defaultValue={v.timeline} error={e.timeline} />
        <TextField name="responseDeadline" type="date" label={t("intake.responseDeadline")} defaultValue={v.responseDeadline} error={e.responseDeadline} />
      </fieldset>

      <fieldset>
        <legend>{t("intake.sectionContact")}</legend>
        <TextField name="contactName" label={t("intake.contactName")} autoComplete="name" defaultValue={v.contactName} error={e.contactName} />
        <TextField name="contactRole" label={t("intake.contactRole")} autoComplete="organization-title" defaultValue={v.contactRole} error={e.contactRole} />
        <TextField name="contactEmail" type="email" label={t("intake.contactEmail")} autoComplete="email" defaultValue={v.contactEmail} error={e.contactEmail} />
        <fieldset className="choice-group">
          <legend>{t("intake.visibility")}</legend>
          {(["public", "members"] as const).map((vis) => (
            <div key={vis} className="checkbox-field">
              <input type="radio" id={`visibility-${vis}`} name="visibility" value={vis} defaultChecked={v.visibility === vis} />
              <label htmlFor={`visibility-${vis}`}>{vis === "public" ? t("intake.visibilityPublic") : t("intake.visibilityMembers")}</label>
            </div>
          ))}
        </fieldset>
      </fieldset>

      <div className="form-actions">
        {/* Saving is the main action unless the form also offers submitting for review. */}
        <button type="submit" name="intent" value="save" className={`utrecht-button utrecht-button--${p.canSubmit ? "secondary" : "primary"}-action`}>
          {p.isNew ? t("intake.create") : p.status === "draft" || p.status === "changes_requested" ? t("intake.saveDraft") : t("intake.save")}
        </button>
        {p.canSubmit ? (
          <button type="submit" name="intent" value="submit" className="utrecht-button utrecht-button--primary-action">
            {t("intake.submit")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}
