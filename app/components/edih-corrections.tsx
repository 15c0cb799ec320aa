/** EDIH forms of /hub/diensten beyond adding services (ADR 0025): correcting a confirmed service, collaborations. */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { COLLABORATION_TYPES, type CollaborationType, type ServiceCategory } from "../../shared/vocabulary/edih";
import { Choice, CategoryOptions } from "./edih";
import { TextAreaField, TextField } from "./form";
import { Day } from "./time";

type Fields = { errors: Record<string, string>; values: Record<string, string> };
type Option = { id: string; name: string };

/** The options of a picker, after its empty first option. */
function Options({ items }: { items: Option[] }) {
  return (
    <>
      {items.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  );
}

export interface EditableService {
  id: string;
  customerName: string;
  category: ServiceCategory;
  serviceDate: string;
  themeSlug: string | null;
  partnerOrganisationId: string | null;
  investmentEur: number | null;
  notes: string | null;
}

/** Edit a confirmed service's fields, or withdraw it with a reason; both leave an audit line. */
export function ServiceCorrection({ s, partners, themes, edit, withdraw, back }: { s: EditableService; partners: Option[]; themes: Option[]; edit: Fields; withdraw: Fields; back: string }) {
  const { t } = useTranslation();
  const v = (k: string, fallback: string | number | null) => edit.values[k] ?? (fallback === null ? "" : String(fallback));
  return (
    <section aria-labelledby="edit-heading" className="edih-correction">
      <h2 id="edit-heading">{t("edih.editTitle", { name: s.customerName })}</h2>
      <p>{t("edih.editIntro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="edit" />
        <input type="hidden" name="serviceId" value={s.id} />
        <Choice id="edit-category" name="category" label={t("edih.category")} defaultValue={v("category", s.category)} error={edit.errors.category}>
          <CategoryOptions />
        </Choice>
        <TextField id="edit-date" name="serviceDate" type="date" label={t("edih.date")} defaultValue={v("serviceDate", s.serviceDate)} error={edit.errors.serviceDate} />
        <Choice id="edit-theme" name="themeSlug" label={t("edih.theme")} defaultValue={v("themeSlug", s.themeSlug)} error={edit.errors.themeSlug}>
          <option value="">{t("edih.noTheme")}</option>
          <Options items={themes} />
        </Choice>
        <Choice id="edit-partner" name="partnerOrganisationId" label={t("edih.partner")} defaultValue={v("partnerOrganisationId", s.partnerOrganisationId)} error={edit.errors.partnerOrganisationId}>
          <option value="">{t("edih.choosePartner")}</option>
          <Options items={partners} />
        </Choice>
        <TextField id="edit-investment" name="investmentEur" inputMode="numeric" label={t("edih.investment")} defaultValue={v("investmentEur", s.investmentEur)} error={edit.errors.investmentEur} />
        <TextAreaField id="edit-notes" name="notes" label={t("edih.notes")} rows={2} defaultValue={v("notes", s.notes)} error={edit.errors.notes} />
        <div>
          <button type="submit" className="button">
            {t("edih.save")}
          </button>
        </div>
      </Form>
      <h3 id="withdraw-heading">{t("edih.withdrawTitle")}</h3>
      <p>{t("edih.withdrawIntro")}</p>
      <Form method="post" className="form" noValidate aria-labelledby="withdraw-heading">
        <input type="hidden" name="intent" value="withdraw" />
        <input type="hidden" name="serviceId" value={s.id} />
        <TextField id="withdraw-reason" name="reason" label={t("edih.withdrawReason")} defaultValue={withdraw.values.reason} error={withdraw.errors.reason} maxLength={500} />
        <div>
          <button type="submit" className="button danger">
            {t("edih.withdraw")}
          </button>
        </div>
      </Form>
      <p>
        <Link to={back}>{t("edih.cancel")}</Link>
      </p>
    </section>
  );
}

export interface CollaborationItem {
  id: string;
  partnerEdihName: string;
  catalogueId: string | null;
  collaborationDate: string;
  type: CollaborationType;
  serviceCustomer: string | null;
  eventTitle: string | null;
}

/** Record a collaboration with another EDIH, and this period's collaborations. */
export function Collaborations({ f, services, events, list, today }: { f: Fields; services: Option[]; events: Option[]; list: CollaborationItem[]; today: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="collaboration-heading">
      <h2 id="collaboration-heading">{t("edih.addCollaborationTitle")}</h2>
      <p>{t("edih.collaborationIntro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="collaboration" />
        <TextField id="collab-name" name="partnerEdihName" label={t("edih.partnerEdihName")} defaultValue={f.values.partnerEdihName} error={f.errors.partnerEdihName} maxLength={200} />
        <TextField id="collab-catalogue" name="catalogueId" label={t("edih.catalogueId")} defaultValue={f.values.catalogueId} error={f.errors.catalogueId} maxLength={80} />
        <TextField id="collab-date" name="collaborationDate" type="date" label={t("edih.date")} defaultValue={f.values.collaborationDate ?? today} error={f.errors.collaborationDate} />
        <Choice id="collab-type" name="type" label={t("edih.collaborationType")} defaultValue={f.values.type ?? ""} error={f.errors.type}>
          <option value="">{t("edih.chooseType")}</option>
          {COLLABORATION_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`edih.collaborationTypes.${c}`)}
            </option>
          ))}
        </Choice>
        <Choice id="collab-service" name="serviceId" label={t("edih.relatedService")} defaultValue={f.values.serviceId ?? ""} error={f.errors.serviceId}>
          <option value="">{t("edih.none")}</option>
          <Options items={services} />
        </Choice>
        <Choice id="collab-event" name="eventId" label={t("edih.relatedEvent")} defaultValue={f.values.eventId ?? ""} error={f.errors.eventId}>
          <option value="">{t("edih.none")}</option>
          <Options items={events} />
        </Choice>
        <TextAreaField id="collab-notes" name="notes" label={t("edih.notes")} rows={2} defaultValue={f.values.notes} error={f.errors.notes} />
        <div>
          <button type="submit" className="button">
            {t("edih.addCollaboration")}
          </button>
        </div>
      </Form>
      <h3>{t("edih.collaborationsList")}</h3>
      {list.length ? (
        <ul>
          {list.map((c) => (
            <li key={c.id}>
              <Day iso={c.collaborationDate} /> · {c.partnerEdihName}
              {c.catalogueId ? ` (${c.catalogueId})` : ""} · {t(`edih.collaborationTypes.${c.type}`)}
              {c.serviceCustomer ? ` · ${c.serviceCustomer}` : ""}
              {c.eventTitle ? ` · ${t("edih.event", { title: c.eventTitle })}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("edih.collaborationsEmpty")}</p>
      )}
    </section>
  );
}
