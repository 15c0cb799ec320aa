import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, SelectField, TextAreaField, TextField, useMessage } from "../components/form";
import { requireHubPermission } from "../domain/auth/access.server";
import { EmailDomainSchema, formValues, MembershipDecisionSchema, MembershipRejectSchema, REJECT_REASON_MAX } from "../domain/auth/schemas";
import {
  decideMembership,
  listPendingMemberships,
  listPublicBodies,
  registerEmailDomain,
  type MembershipDecision,
} from "../domain/hub/verification.server";
import { verificationErrors } from "../domain/hub/errors";
import { bad, dispatchIntent, NO_STORE, parseForm, reply, replyError } from "../utils/action.server";
import { useFormat } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.verification") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "verification.view");
  const [pending, bodies] = await Promise.all([listPendingMemberships(), listPublicBodies()]);
  return data(
    {
      pending: pending.map((p) => ({ ...p, since: p.since.toISOString() })),
      bodies,
    },
    { headers: NO_STORE },
  );
}

type Result = { intent: string | null; key?: string; done?: string; values: Record<string, string>; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "verification.approve");
  const form = await request.formData();
  const values = formValues(form);
  /** Approve a waiting member, or reject them with a reason. */
  const decide = async (intent: string) => {
    const key = `${values.userId ?? ""}:${values.organisationId ?? ""}`.slice(0, 200);
    const parsed = parseForm(form, MembershipDecisionSchema);
    if (!parsed.ok) return bad<Result>({ intent, key, values, errors: { member: "members.notFound" } });
    let decision: MembershipDecision = { approve: true };
    if (intent === "reject") {
      const rejected = parseForm(form, MembershipRejectSchema);
      if (!rejected.ok) return bad<Result>({ intent, key, values, errors: rejected.errors });
      decision = { approve: false, reason: rejected.data.reason };
    }
    const result = await decideMembership(ctx.user.id, parsed.data, decision);
    if (!result.ok) return replyError(verificationErrors, result, { intent, key, values });
    return reply<Result>({ intent, done: intent === "approve" ? "hub.approved" : "hub.rejected", values: {}, errors: {} });
  };
  return dispatchIntent(
    form,
    {
      approve: decide,
      reject: decide,
      domain: async (intent: string) => {
        const parsed = parseForm(form, EmailDomainSchema);
        if (!parsed.ok) return bad<Result>({ intent, values, errors: parsed.errors });
        const result = await registerEmailDomain(ctx.user.id, parsed.data);
        if (!result.ok) return replyError(verificationErrors, result, { intent, values });
        return reply<Result>({ intent, done: "hub.domainSaved", values: {}, errors: {} });
      },
    },
    () => bad<Result>({ intent: null, values, errors: { form: "forms.invalid" } }),
  );
}

export default function HubVerification() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { pending, bodies } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errors = result?.errors ?? {};
  const values = result?.intent === "domain" ? result.values : {};
  const { date } = useFormat();
  const withDomain = bodies.filter((b) => b.emailDomain);
  return (
    <div className="container narrow">
      <h1>{t("hub.verifyTitle")}</h1>
      <p>{t("hub.verifyIntro")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={[errors.form, errors.member, errors.reason, errors.organisationId, errors.emailDomain]} />
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t("hub.pendingTitle")}</h2>
        {pending.length === 0 ? <p>{t("hub.none")}</p> : null}
        <ul className="member-list">
          {pending.map((p, index) => {
            const key = `${p.userId}:${p.organisationId}`;
            const mine = result?.intent === "reject" && result.key === key;
            const who = `${p.name}, ${p.organisation}`;
            return (
              <li key={key}>
                <p>
                  <strong>{p.name}</strong> · {p.email} · {p.organisation} · {t("hub.since", { date: date(p.since) })} ·{" "}
                  <strong>{p.waitingDays < 1 ? t("hub.waitingToday") : t("hub.waiting", { count: p.waitingDays })}</strong>
                </p>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="approve" />
                  <input type="hidden" name="userId" value={p.userId} />
                  <input type="hidden" name="organisationId" value={p.organisationId} />
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`${t("hub.approve")}: ${who}`}>
                    {t("hub.approve")}
                  </button>
                </Form>
                <details open={mine || undefined}>
                  <summary>
                    {t("hub.rejectOpen")}
                    <span className="visually-hidden">: {who}</span>
                  </summary>
                  <Form method="post" className="form" noValidate>
                    <input type="hidden" name="intent" value="reject" />
                    <input type="hidden" name="userId" value={p.userId} />
                    <input type="hidden" name="organisationId" value={p.organisationId} />
                    <TextAreaField
                      name="reason"
                      id={`reason-${index}`}
                      label={t("hub.reason")}
                      hint={t("hub.reasonHint", { name: p.name, max: REJECT_REASON_MAX })}
                      maxLength={REJECT_REASON_MAX}
                      rows={3}
                      defaultValue={mine ? result?.values.reason : undefined}
                      error={mine ? errors.reason : undefined}
                    />
                    <div>
                      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`${t("hub.reject")}: ${who}`}>
                        {t("hub.reject")}
                      </button>
                    </div>
                  </Form>
                </details>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="domain-heading">
        <h2 id="domain-heading">{t("hub.domainTitle")}</h2>
        <p>{t("hub.domainIntro")}</p>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="domain" />
          <SelectField
            name="organisationId"
            label={t("hub.organisation")}
            placeholder={t("hub.organisationPlaceholder")}
            defaultValue={values.organisationId}
            error={errors.organisationId}
          >
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </SelectField>
          <TextField name="emailDomain" label={t("hub.domain")} hint={t("hub.domainHint")} defaultValue={values.emailDomain} error={errors.emailDomain} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("hub.domainSave")}
            </button>
          </div>
        </Form>
        <h3>{t("hub.domains")}</h3>
        {withDomain.length ? (
          <ul>
            {withDomain.map((b) => (
              <li key={b.id}>
                {b.name}: {b.emailDomain}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("hub.noDomains")}</p>
        )}
      </section>
    </div>
  );
}
