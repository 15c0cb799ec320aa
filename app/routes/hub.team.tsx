import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, SelectField, TextField } from "../components/form";
import { requireHubPermission } from "../domain/auth/access.server";
import { roleGrants } from "../domain/auth/permissions";
import { fieldErrors, formValues, HubInviteSchema } from "../domain/auth/schemas";
import { inviteToHub, listHubTeam, openHubInvites } from "../domain/hub/team.server";
import { getLocale } from "../i18n/locale.server";
import { bad, dispatchIntent, reply } from "../utils/action.server";
import { useFormat } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-home", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.hubTeam") }];

const canAssign = (platformRole: string) => platformRole === "hub_admin" && roleGrants("hub_admin", "hubRole.assign");

/** The hub team: every hub role with its 2FA state; a hub admin invites new brokers here (issue 12). */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireHubPermission(request, "hub.view");
  const isAdmin = canAssign(ctx.user.platformRole);
  const [team, invites] = await Promise.all([listHubTeam(), isAdmin ? openHubInvites() : []]);
  return reply({ team, invites: invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })), isAdmin });
}

type Result = { done?: string; email?: string; values: Record<string, string>; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "hubRole.assign");
  const form = await request.formData();
  const values = formValues(form);
  return dispatchIntent(form, {
    invite: async () => {
      const parsed = HubInviteSchema.safeParse(Object.fromEntries(form));
      if (!parsed.success) return bad<Result>({ values, errors: fieldErrors(parsed.error) });
      const result = await inviteToHub(request, { userId: ctx.user.id, name: ctx.user.name }, parsed.data, await getLocale(request));
      if (!result.ok) return bad<Result>({ values, errors: { [result.field]: result.error } });
      return reply<Result>({ done: "hubTeam.invited", email: parsed.data.email, values: {}, errors: {} });
    },
  });
}

export default function HubTeam() {
  const { t } = useTranslation();
  const { team, invites, isAdmin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errors = result?.errors ?? {};
  const { date } = useFormat();
  return (
    <div className="container">
      <p>
        <Link to="/hub">{t("hubHome.title")}</Link>
      </p>
      <h1>{t("hubTeam.title")}</h1>
      <p>{isAdmin ? t("hubTeam.intro") : t("hubTeam.introStaff")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t("hubTeam.invited", { email: result.email })}
        </p>
      ) : null}
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">{t("hubTeam.listTitle")}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("hubTeam.name")}</th>
                <th scope="col">{t("hubTeam.email")}</th>
                <th scope="col">{t("hubTeam.role")}</th>
                <th scope="col">{t("hubTeam.totp")}</th>
              </tr>
            </thead>
            <tbody>
              {team.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.email}</td>
                  <td>{t(`hubTeam.roles.${m.role}`)}</td>
                  <td>{m.totp ? t("hubTeam.totpOn") : t("hubTeam.totpOff")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {isAdmin ? (
        <>
          <section aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t("hubTeam.inviteTitle")}</h2>
            <p>{t("hubTeam.inviteIntro")}</p>
            <ErrorSummary messages={[errors.form, errors.email, errors.role]} />
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value="invite" />
              <TextField name="email" type="email" label={t("hubTeam.email")} autoComplete="off" required defaultValue={result?.values.email} error={errors.email} />
              <SelectField name="role" label={t("hubTeam.role")} placeholder={t("hubTeam.roleInvalid")} defaultValue={result?.values.role ?? "hub_staff"} error={errors.role}>
                <option value="hub_staff">{t("hubTeam.roles.hub_staff")}</option>
                <option value="hub_admin">{t("hubTeam.roles.hub_admin")}</option>
              </SelectField>
              <div>
                <button type="submit" className="utrecht-button utrecht-button--primary-action">
                  {t("hubTeam.invite")}
                </button>
              </div>
            </Form>
          </section>
          <section aria-labelledby="open-heading">
            <h2 id="open-heading">{t("hubTeam.openTitle")}</h2>
            {invites.length === 0 ? (
              <p>{t("hubTeam.openNone")}</p>
            ) : (
              <ul>
                {invites.map((i) => (
                  <li key={i.email}>
                    {i.email} · {t(`hubTeam.roles.${i.role}`)} · {t("hubTeam.validUntil", { date: date(i.expiresAt) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
