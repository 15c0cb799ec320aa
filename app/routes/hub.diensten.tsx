import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Choice, CategoryOptions } from "../components/edih";
import { Collaborations, ServiceCorrection } from "../components/edih-corrections";
import { ErrorSummary, TextAreaField, TextField, useMessage } from "../components/form";
import { Day } from "../components/time";
import { requireHubPermission } from "../domain/auth/access.server";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { edihConfig, parsePeriod } from "../domain/edih/rules";
import { CollaborationSchema, DecisionSchema, EventSchema, ServiceEditSchema, ServiceSchema, WithdrawSchema } from "../domain/edih/schemas";
import { collaborationsInPeriod, recentEvents, recordCollaboration } from "../domain/edih/collaborations.server";
import { confirmedService, editService, withdrawService, withdrawnInPeriod } from "../domain/edih/corrections.server";
import { decideProposal, hubPartners, openProposals, partnerOf, recordEvent, recordService, registeredOrganisations, servicesInPeriod } from "../domain/edih/services.repository.server";
import { getDb } from "../domain/db.server";
import { listThemes } from "../domain/themes.server";
import { dispatchIntent, NO_STORE, reply, replyError } from "../utils/action.server";
import { collaborationErrors, correctionErrors, serviceErrors } from "../domain/edih/errors";
import type { MatchState } from "../../shared/vocabulary/matches";
import { amsterdamDay, useFormat } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "brokering", "hub-home", "hub-team", "edih"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.services") }];

const today = () => amsterdamDay(new Date());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * EDIH services (ADR 0025): proposals waiting for staff, adding a service or an event, this month's services (each
 * can be changed or withdrawn: `?dienst=<id>` opens it), and collaborations with other EDIHs.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireHubPermission(request, "hub.view");
  const params = new URL(request.url).searchParams;
  const period = parsePeriod(params, edihConfig(process.env).startDate, today());
  const selected = params.get("dienst") ?? "";
  const [editing, collaborations, events, withdrawn] = await Promise.all([
    UUID.test(selected) ? confirmedService(selected) : null,
    collaborationsInPeriod(period),
    recentEvents(),
    withdrawnInPeriod(period.from, period.to),
  ]);
  const [proposals, services, organisations, partners, themes, ownPartner] = await Promise.all([
    openProposals(),
    servicesInPeriod(period.from, period.to),
    registeredOrganisations(),
    hubPartners(),
    listThemes(),
    partnerOf(getDb(), ctx.user.id),
  ]);
  const back = params.get("periode") ? `?periode=${encodeURIComponent(params.get("periode")!)}` : "";
  return data(
    { proposals, services, organisations, partners, themes, ownPartner, period, today: today(), editing, editMissing: selected !== "" && !editing, collaborations, events, withdrawn, back },
    { headers: NO_STORE },
  );
}

type Result = { intent: string; done?: string; count?: number; withoutT0?: string[]; values: Record<string, string>; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "hub.view");
  const form = await request.formData();
  const values = formValues(form);
  const input = Object.fromEntries(form);
  const invalid = (intent: string, errors: Record<string, string>) => reply<Result>({ intent, values, errors }, 400);
  const orgName = async (id: string) => (await registeredOrganisations()).find((o) => o.id === id)?.name ?? "";
  return dispatchIntent(
    form,
    {
      add: async (intent: string) => {
        const parsed = ServiceSchema.safeParse(input);
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await recordService(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(serviceErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: "edih.added", withoutT0: result.withoutT0 ? [await orgName(parsed.data.customerOrganisationId)] : [] });
      },
      event: async (intent: string) => {
        const parsed = EventSchema.safeParse({ ...input, participantIds: form.getAll("participantIds") });
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await recordEvent(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(serviceErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: "edih.eventAdded", count: result.services, withoutT0: result.withoutT0 });
      },
      edit: async (intent: string) => {
        const parsed = ServiceEditSchema.safeParse(input);
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await editService(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(correctionErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: result.changed.length ? "edih.edited" : "edih.unchanged" });
      },
      withdraw: async (intent: string) => {
        const parsed = WithdrawSchema.safeParse(input);
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await withdrawService(ctx.user.id, parsed.data.serviceId, parsed.data.reason);
        if (!result.ok) return replyError(correctionErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: "edih.withdrawn" });
      },
      collaboration: async (intent: string) => {
        const parsed = CollaborationSchema.safeParse(input);
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await recordCollaboration(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(collaborationErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: "edih.collaborationAdded" });
      },
      decide: async (intent: string) => {
        const parsed = DecisionSchema.safeParse(input);
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await decideProposal(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(serviceErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: parsed.data.decision === "confirm" ? "edih.confirmed" : "edih.dismissed" });
      },
    },
    (intent: string) => invalid(intent, { form: "forms.invalid" }),
  );
}

export default function HubServices() {
  const { t, i18n } = useTranslation();
  const tm = useMessage();
  const f = useFormat();
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errorsFor = (intent: string) => (result?.intent === intent ? result.errors : {});
  const valuesFor = (intent: string) => (result?.intent === intent ? result.values : {});
  const themeLabel = (th: { labelNl: string; labelEn: string }) => (i18n.language === "en" ? th.labelEn : th.labelNl);
  const common = (prefix: string, intent: string, dateName: string) => {
    const e = errorsFor(intent);
    const v = valuesFor(intent);
    return (
      <>
        <Choice id={`${prefix}-category`} name="category" label={t("edih.category")} defaultValue={v.category ?? ""} error={e.category}>
          <option value="">{t("edih.chooseCategory")}</option>
          <CategoryOptions />
        </Choice>
        <TextField id={`${prefix}-date`} name={dateName} type="date" label={t("edih.date")} defaultValue={v[dateName] ?? d.today} error={e[dateName]} />
        <Choice id={`${prefix}-theme`} name="themeSlug" label={t("edih.theme")} defaultValue={v.themeSlug ?? ""} error={e.themeSlug}>
          <option value="">{t("edih.noTheme")}</option>
          {d.themes.map((th) => (
            <option key={th.slug} value={th.slug}>
              {themeLabel(th)}
            </option>
          ))}
        </Choice>
        <Choice id={`${prefix}-partner`} name="partnerOrganisationId" label={t("edih.partner")} defaultValue={v.partnerOrganisationId ?? d.ownPartner ?? ""} error={e.partnerOrganisationId}>
          <option value="">{t("edih.choosePartner")}</option>
          {d.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Choice>
      </>
    );
  };
  const formError = result?.errors.form;
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/hub">{t("hubHome.title")}</Link>
      </p>
      <h1>{t("edih.servicesTitle")}</h1>
      <p>{t("edih.servicesIntro")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done, { count: result.count })}
          {result.withoutT0?.length ? ` ${t("edih.noT0List", { names: result.withoutT0.join(", ") })}` : ""}
        </p>
      ) : null}
      {formError ? (
        <div className="error-summary" role="alert">
          <p>{tm(formError)}</p>
        </div>
      ) : null}
      <ErrorSummary messages={Object.entries(result?.errors ?? {}).filter(([k]) => k !== "form").map(([, v]) => v)} />
      {d.editMissing && !result?.done ? (
        <p className="notice" role="status">
          {t("edih.errors.notConfirmed")}
        </p>
      ) : null}
      {d.editing && !(result?.done && ["edit", "withdraw"].includes(result.intent)) ? (
        <ServiceCorrection
          s={d.editing}
          partners={d.partners}
          themes={d.themes.map((th) => ({ id: th.slug, name: themeLabel(th) }))}
          edit={{ errors: errorsFor("edit"), values: valuesFor("edit") }}
          withdraw={{ errors: errorsFor("withdraw"), values: valuesFor("withdraw") }}
          back={`/hub/diensten${d.back}`}
        />
      ) : null}

      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{t("edih.openProposalsTitle")}</h2>
        {d.proposals.length ? (
          <ul>
            {d.proposals.map((p) => (
              <li key={p.id}>
                {p.matchId ? <Link to={`/hub/matches/${p.matchId}`}>{p.customerName}</Link> : p.customerName} · {t(`edih.categories.${p.category}`)}
                {p.matchState ? ` · ${t("edih.fromStep", { state: t(`brokering.states.${p.matchState as MatchState}`) })}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("edih.noProposals")}</p>
        )}
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t("edih.addServiceTitle")}</h2>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="add" />
          <Choice id="add-customer" name="customerOrganisationId" label={t("edih.customer")} defaultValue={valuesFor("add").customerOrganisationId ?? ""} error={errorsFor("add").customerOrganisationId}>
            <option value="">{t("edih.chooseCustomer")}</option>
            {d.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Choice>
          {common("add", "add", "serviceDate")}
          <TextField id="add-investment" name="investmentEur" inputMode="numeric" label={t("edih.investment")} defaultValue={valuesFor("add").investmentEur} error={errorsFor("add").investmentEur} />
          <TextAreaField id="add-notes" name="notes" label={t("edih.notes")} rows={2} defaultValue={valuesFor("add").notes} error={errorsFor("add").notes} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">{t("edih.add")}</button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="event-heading">
        <h2 id="event-heading">{t("edih.addEventTitle")}</h2>
        <p>{t("edih.eventIntro")}</p>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="event" />
          <TextField id="event-title" name="title" label={t("edih.eventTitle")} defaultValue={valuesFor("event").title} error={errorsFor("event").title} maxLength={200} />
          <Choice id="event-participants" name="participantIds" multiple size={8} label={t("edih.participants")} hint={t("edih.participantsHint")} error={errorsFor("event").participantIds}>
            {d.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Choice>
          {common("event", "event", "eventDate")}
          <TextAreaField id="event-notes" name="notes" label={t("edih.notes")} rows={2} defaultValue={valuesFor("event").notes} error={errorsFor("event").notes} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">{t("edih.addEvent")}</button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t("edih.recentTitle")}</h2>
        <p>{t("edih.periodShown", { from: f.date(d.period.from), to: f.date(d.period.to) })}</p>
        {d.services.length ? (
          <table>
            <caption>{t("edih.recentTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("edih.date")}</th>
                <th scope="col">{t("edih.customer")}</th>
                <th scope="col">{t("edih.category")}</th>
                <th scope="col">{t("edih.match")}</th>
                <th scope="col">{t("edih.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {d.services.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Day iso={s.serviceDate} />
                  </td>
                  <th scope="row">{s.customerName}</th>
                  <td>{t(`edih.categories.${s.category}`)}</td>
                  <td>{s.matchId ? <Link to={`/hub/matches/${s.matchId}`}>{t("edih.match")}</Link> : s.eventTitle ? t("edih.event", { title: s.eventTitle }) : ""}</td>
                  <td>
                    <Link to={`/hub/diensten?${d.back ? `${d.back.slice(1)}&` : ""}dienst=${s.id}#edit-heading`} aria-label={t("edih.editServiceFor", { name: s.customerName, date: f.date(s.serviceDate) })}>
                      {t("edih.editService")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("edih.recentEmpty")}</p>
        )}
        {d.withdrawn.length ? (
          <>
            <h3 id="withdrawn-heading">{t("edih.withdrawnList")}</h3>
            <ul aria-labelledby="withdrawn-heading">
              {d.withdrawn.map((w) => (
                <li key={w.id} data-date={w.serviceDate}>{t("edih.withdrawnItem", { date: f.date(w.serviceDate), name: w.customerName, category: t(`edih.categories.${w.category}`), reason: w.reason ?? "–" })}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <Collaborations
        f={{ errors: errorsFor("collaboration"), values: valuesFor("collaboration") }}
        services={d.services.map((s) => ({ id: s.id, name: `${f.date(s.serviceDate)} · ${s.customerName} · ${t(`edih.categories.${s.category}`)}` }))}
        events={d.events.map((e) => ({ id: e.id, name: `${f.date(e.eventDate)} · ${e.title}` }))}
        list={d.collaborations}
        today={d.today}
      />
    </div>
  );
}
