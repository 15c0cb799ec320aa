import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Choice, DMA_KEYS, DimensionHeaders } from "../components/edih";
import { ErrorSummary, TextField, useMessage } from "../components/form";
import { requireHubPermission } from "../domain/auth/access.server";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { maturityOverview, municipalities, profileOf, recentProfiles, recordAssessment, saveProfile } from "../domain/edih/dma.server";
import { edihConfig } from "../domain/edih/rules";
import { AssessmentSchema, ProfileSchema } from "../domain/edih/schemas";
import { registeredOrganisations } from "../domain/edih/services.repository.server";
import { dispatchIntent, NO_STORE, reply, replyError } from "../utils/action.server";
import { dmaErrors } from "../domain/edih/errors";
import { useFormat } from "../utils/format";
import { NACE_SECTIONS, type SizeClass } from "../../shared/vocabulary/edih";
import { isUuid } from "../../shared/vocabulary/ids";
import { amsterdamDay } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "brokering", "hub-home", "hub-team", "edih"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.maturity") }];

const today = () => amsterdamDay(new Date());

/** DMA measurements per organisation (change per dimension, "T1 due") and the organisations' report details. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "hub.view");
  const { t1Months } = edihConfig(process.env);
  const chosen = new URL(request.url).searchParams.get("organisatie") ?? "";
  const [overview, organisations, places, profiles, current] = await Promise.all([
    maturityOverview(t1Months, today()),
    registeredOrganisations(),
    municipalities(),
    recentProfiles(),
    isUuid(chosen) ? profileOf(chosen) : Promise.resolve(null),
  ]);
  const profile = current ? { ...current, employees: current.employees?.toString(), turnoverEur: current.turnoverEur?.toString(), balanceSheetEur: current.balanceSheetEur?.toString() } : null;
  return data({ overview, organisations, places, profiles, profile, chosen: isUuid(chosen) ? chosen : "", t1Months, today: today() }, { headers: NO_STORE });
}

type Result = { intent: string; done?: string; size?: string | null; values: Record<string, string>; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "hub.view");
  const form = await request.formData();
  const values = formValues(form);
  const input = Object.fromEntries(form);
  const invalid = (intent: string, errors: Record<string, string>) => reply<Result>({ intent, values, errors }, 400);
  return dispatchIntent(
    form,
    {
      assessment: async (intent: string) => {
        const parsed = AssessmentSchema.safeParse(input);
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await recordAssessment(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(dmaErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: "edih.recorded" });
      },
      profile: async (intent: string) => {
        const parsed = ProfileSchema.safeParse(input);
        if (!parsed.success) return invalid(intent, fieldErrors(parsed.error));
        const result = await saveProfile(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(dmaErrors, result, { intent, values, errors: {} } satisfies Result);
        return reply<Result>({ intent, values: {}, errors: {}, done: "edih.profileSaved", size: result.sizeClass });
      },
    },
    (intent: string) => invalid(intent, { form: "forms.invalid" }),
  );
}

export default function HubDma() {
  const { t } = useTranslation();
  const tm = useMessage();
  const f = useFormat();
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const e = (intent: string) => (result?.intent === intent ? result.errors : {});
  const v = (intent: string) => (result?.intent === intent ? result.values : {});
  // The profile form starts from the chosen organisation's saved details (`?organisatie=`), or what was just sent.
  const saved = d.profile;
  const pv = (key: "organisationId" | "employees" | "turnoverEur" | "balanceSheetEur" | "naceSection" | "municipalityCode") =>
    v("profile")[key] ?? (key === "organisationId" ? d.chosen : (saved?.[key] ?? "")) ?? "";
  const sizeLabel = (s: string | null | undefined) => (s ? t(`edih.sizeClasses.${s as SizeClass}`) : t("edih.sizeUnknown"));
  const orgOptions = d.organisations.map((o) => (
    <option key={o.id} value={o.id}>
      {o.name}
    </option>
  ));
  const signed = (n: number) => (n > 0 ? `+${f.number(n)}` : f.number(n));
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/hub">{t("hubHome.title")}</Link>
      </p>
      <h1>{t("edih.dmaTitle")}</h1>
      <p>{t("edih.dmaIntro")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done, { size: sizeLabel(result.size) })}
        </p>
      ) : null}
      {result?.errors.form ? (
        <div className="error-summary" role="alert">
          <p>{tm(result.errors.form)}</p>
        </div>
      ) : null}
      <ErrorSummary messages={Object.entries(result?.errors ?? {}).filter(([k]) => k !== "form").map(([, m]) => m)} />

      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{t("edih.overviewTitle")}</h2>
        <p className="muted">{t("edih.t1DueExplained", { months: d.t1Months })}</p>
        {d.overview.length ? (
          <table>
            <caption>{t("edih.overviewTitle")}</caption>
            <DimensionHeaders first={t("edih.organisation")} extra={t("edih.stage")} />
            <tbody>
              {d.overview.map((o) => (
                <tr key={o.organisationId}>
                  <th scope="row">
                    {o.name}
                    {o.t1Due ? (
                      <>
                        {" "}
                        <span className="badge stale">{t("edih.t1Due")}</span>
                      </>
                    ) : null}
                  </th>
                  <td>
                    {o.stages.map((s) => `${s.stage} (${f.date(s.assessedOn)})`).join(", ")}
                    <br />
                    {o.change ? t("edih.change", { from: o.change.from, to: o.change.to }) : t("edih.noChange")}
                  </td>
                  {DMA_KEYS.map((k) => {
                    const last = o.stages[o.stages.length - 1].scores[k];
                    return (
                      <td key={k}>
                        {f.number(last)}
                        {o.change ? ` (${signed(o.change.delta[k])})` : ""}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("edih.overviewEmpty")}</p>
        )}
      </section>

      <section aria-labelledby="assessment-heading">
        <h2 id="assessment-heading">{t("edih.assessmentTitle")}</h2>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="assessment" />
          <Choice id="dma-organisation" name="organisationId" label={t("edih.organisation")} defaultValue={v("assessment").organisationId ?? ""} error={e("assessment").organisationId}>
            <option value="">{t("edih.chooseCustomer")}</option>
            {orgOptions}
          </Choice>
          <TextField id="dma-stage" name="stage" label={t("edih.stage")} defaultValue={v("assessment").stage ?? "T0"} error={e("assessment").stage} maxLength={3} />
          <TextField id="dma-date" name="assessedOn" type="date" label={t("edih.date")} defaultValue={v("assessment").assessedOn ?? d.today} error={e("assessment").assessedOn} />
          {DMA_KEYS.map((k) => (
            <TextField key={k} id={`dma-${k}`} name={k} inputMode="decimal" label={t(`edih.dimensions.${k}`)} hint={t("edih.scoreHint")} defaultValue={v("assessment")[k]} error={e("assessment")[k]} />
          ))}
          <TextField id="dma-reference" name="externalReference" label={t("edih.reference")} defaultValue={v("assessment").externalReference} error={e("assessment").externalReference} maxLength={200} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">{t("edih.record")}</button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t("edih.profileTitle")}</h2>
        <p>{t("edih.profileIntro")}</p>
        <Form method="post" className="form" noValidate key={d.chosen}>
          <input type="hidden" name="intent" value="profile" />
          <Choice id="profile-organisation" name="organisationId" label={t("edih.organisation")} defaultValue={pv("organisationId")} error={e("profile").organisationId}>
            <option value="">{t("edih.chooseCustomer")}</option>
            {orgOptions}
          </Choice>
          <TextField id="profile-employees" name="employees" inputMode="numeric" label={t("edih.employees")} defaultValue={pv("employees")} error={e("profile").employees} />
          <TextField id="profile-turnover" name="turnoverEur" inputMode="numeric" label={t("edih.turnover")} defaultValue={pv("turnoverEur")} error={e("profile").turnoverEur} />
          <TextField id="profile-balance" name="balanceSheetEur" inputMode="numeric" label={t("edih.balance")} defaultValue={pv("balanceSheetEur")} error={e("profile").balanceSheetEur} />
          <Choice id="profile-nace" name="naceSection" label={t("edih.nace")} defaultValue={pv("naceSection")} error={e("profile").naceSection}>
            <option value="">{t("edih.noNace")}</option>
            {NACE_SECTIONS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Choice>
          <Choice id="profile-municipality" name="municipalityCode" label={t("edih.municipality")} defaultValue={pv("municipalityCode")} error={e("profile").municipalityCode}>
            <option value="">{t("edih.noMunicipality")}</option>
            {d.places.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </Choice>
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">{t("edih.saveProfile")}</button>
          </div>
        </Form>
        {d.profiles.length ? (
          <table>
            <caption>{t("edih.profilesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("edih.organisation")}</th>
                <th scope="col">{t("edih.sizeClass")}</th>
                <th scope="col">{t("edih.nace")}</th>
                <th scope="col">{t("edih.municipality")}</th>
              </tr>
            </thead>
            <tbody>
              {d.profiles.map((p) => (
                <tr key={p.organisationId}>
                  <th scope="row">
                    <Link to={`/hub/dma?organisatie=${p.organisationId}#profile-heading`} aria-label={t("edih.editProfile", { name: p.name })}>
                      {p.name}
                    </Link>
                  </th>
                  <td>{sizeLabel(p.sizeClass)}</td>
                  <td>{p.naceSection ?? t("edih.unknown")}</td>
                  <td>{p.municipality ?? t("edih.unknown")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
