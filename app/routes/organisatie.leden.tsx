import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField, useMessage } from "../components/form";
import { requireOrgPermission } from "../domain/auth/access.server";
import { fieldErrors, formValues, InviteSchema, RemoveMemberSchema, RoleChangeSchema } from "../domain/auth/schemas";
import { inviteMember } from "../domain/organisations/invites.server";
import { changeRole, listMembers, listPendingInvites, removeMember } from "../domain/organisations/members.server";
import { membershipSpeaks } from "../domain/organisations/speaks-for.server";
import { getLocale } from "../i18n/locale.server";
import { bad, dispatchIntent, NO_STORE, parseForm, reply, replyError } from "../utils/action.server";
import { memberErrors } from "../domain/organisations/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.members") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireOrgPermission(request, "membership.view");
  // An unverified member of a public body (anyone can join one) sees only themselves and manages nobody (ADR 0015).
  const speaks = membershipSpeaks(ctx.organisation.kind, ctx.membership.verified);
  const isAdmin = ctx.membership.role === "admin" && speaks;
  const [members, invites] = await Promise.all([listMembers(ctx.organisation.id), isAdmin ? listPendingInvites(ctx.organisation.id) : []]);
  return data(
    {
      organisation: ctx.organisation.name,
      isAdmin,
      speaks,
      me: ctx.user.id,
      members: members.filter((m) => speaks || m.userId === ctx.user.id).map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, verified: m.verifiedAt !== null })),
      invites: invites.map((i) => ({ email: i.email ?? "", role: i.role ?? "member" })),
    },
    { headers: NO_STORE },
  );
}

type Result = { intent: string | null; userId?: string; done?: string; values: Record<string, string>; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = formValues(form);
  const input = Object.fromEntries(form);
  /** The role change and the removal share their checks. */
  const changeMember = async (intent: string) => {
    const ctx = await requireOrgPermission(request, intent === "role" ? "membership.changeRole" : "membership.remove");
    const userId = values.userId?.slice(0, 100);
    const role = RoleChangeSchema.safeParse(input);
    const remove = RemoveMemberSchema.safeParse(input);
    const parsed = intent === "role" ? role : remove;
    if (!parsed.success) return bad<Result>({ intent, userId, values, errors: fieldErrors(parsed.error) });
    const result = role.success && intent === "role"
      ? await changeRole(ctx.user.id, ctx.organisation.id, role.data.userId, role.data.role)
      : await removeMember(ctx.user.id, ctx.organisation.id, parsed.data.userId);
    if (!result.ok) return replyError(memberErrors, result, { intent, userId, values });
    return reply<Result>({ intent, userId, done: intent === "role" ? "members.roleChanged" : "members.removed", values: {}, errors: {} });
  };
  return dispatchIntent(
    form,
    {
      invite: async (intent: string) => {
        const ctx = await requireOrgPermission(request, "membership.invite");
        const parsed = parseForm(form, InviteSchema);
        if (!parsed.ok) return bad<Result>({ intent, values, errors: parsed.errors });
        const result = await inviteMember(request, { userId: ctx.user.id, name: ctx.user.name }, ctx.organisation, parsed.data, await getLocale(request));
        if (!result.ok) return replyError(memberErrors, result, { intent, values });
        return reply<Result>({ intent, done: "members.invited", values: {}, errors: {} });
      },
      role: changeMember,
      remove: changeMember,
    },
    async () => {
      await requireOrgPermission(request, "membership.view");
      return bad<Result>({ intent: null, values, errors: { form: "forms.invalid" } });
    },
  );
}

export default function Members() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { organisation, isAdmin, speaks, me, members, invites } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errors = result?.errors ?? {};
  const values = result?.intent === "invite" ? result.values : {};
  const roleLabel = (role: string) => (role === "admin" ? t("org.roleAdmin") : t("org.roleMember"));
  return (
    <div className="container narrow">
      <h1>{t("members.title", { organisation })}</h1>
      <p>{isAdmin ? t("members.introAdmin") : t("members.intro")}</p>
      {speaks ? null : <p className="utrecht-alert utrecht-alert--warning notice">{t("members.unverified")}</p>}
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={[errors.form, errors.email, errors.role, errors.userId, errors.member]} />
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("members.listTitle")}</h2>
        <ul className="member-list">
          {members.map((m) => (
            <li key={m.userId}>
              <p>
                <strong>{m.name}</strong> · {m.email} · {roleLabel(m.role)}
                {m.verified ? "" : ` · ${t("org.unverified")}`}
                {m.userId === me ? ` · ${t("members.you")}` : ""}
              </p>
              {result?.userId === m.userId && (errors.member || errors.role) ? (
                <p id={`member-${m.userId}-error`} className="field-error utrecht-form-field-error-message">
                  {tm(errors.member ?? errors.role ?? "forms.invalid")}
                </p>
              ) : null}
              {isAdmin ? (
                <div className="inline-forms">
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="userId" value={m.userId} />
                    <input type="hidden" name="role" value={m.role === "admin" ? "member" : "admin"} />
                    <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`${m.role === "admin" ? t("members.makeMember") : t("members.makeAdmin")}: ${m.name}`}>
                      {m.role === "admin" ? t("members.makeMember") : t("members.makeAdmin")}
                    </button>
                  </Form>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="userId" value={m.userId} />
                    <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`${t("members.remove")}: ${m.name}`}>
                      {t("members.remove")}
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {isAdmin ? (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t("members.inviteTitle")}</h2>
          <p>{t("members.inviteIntro")}</p>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="invite" />
            <TextField name="email" type="email" label={t("login.email")} autoComplete="off" defaultValue={values.email} error={errors.email} />
            <div className="field">
              <label htmlFor="role">{t("members.role")}</label>
              <select id="role" name="role" defaultValue={values.role ?? "member"} aria-invalid={errors.role ? true : undefined} aria-describedby={errors.role ? "role-error" : undefined}>
                <option value="member">{t("org.roleMember")}</option>
                <option value="admin">{t("org.roleAdmin")}</option>
              </select>
              {errors.role ? (
                <p id="role-error" className="field-error utrecht-form-field-error-message">
                  {tm(errors.role)}
                </p>
              ) : null}
            </div>
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("members.inviteSubmit")}
              </button>
            </div>
          </Form>
          {invites.length ? (
            <>
              <h3>{t("members.pending")}</h3>
              <ul>
                {invites.map((i) => (
                  <li key={i.email}>
                    {i.email} · {roleLabel(i.role)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
