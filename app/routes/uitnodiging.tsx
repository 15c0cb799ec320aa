import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../components/form";
import { requireUser } from "../domain/auth/access.server";
import { acceptInvite, describeInvite } from "../domain/organisations/invites.server";
import { switchOrganisation } from "../domain/organisations/membership.server";
import { errorMessage, NO_STORE, reply } from "../utils/action.server";
import { inviteErrors } from "../domain/organisations/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.invite") }];

/**
 * The invitation link. Accepting needs an account with the invited address, so the loader sends an anonymous
 * visitor to log in (the login page links to sign-up) and back here. The link only shows a button; the POST accepts.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  const token = (new URL(request.url).searchParams.get("token") ?? "").slice(0, 100);
  const invite = await describeInvite(token);
  return data(
    { token, invite, email: ctx.user.email, matches: invite?.email === ctx.user.email },
    { headers: { ...NO_STORE, "Referrer-Policy": "no-referrer" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request);
  const token = String((await request.formData()).get("token") ?? "");
  const result = await acceptInvite({ userId: ctx.user.id, email: ctx.user.email }, token);
  if (!result.ok) {
    const { status, message } = errorMessage(inviteErrors, result);
    return reply({ error: message }, status);
  }
  // A new hub role needs a second factor first; enrolling then leads to /hub (account.tweestapsverificatie).
  if (result.hub) return redirect(ctx.user.totpEnabled ? "/hub" : "/account/tweestapsverificatie");
  await switchOrganisation({ userId: ctx.user.id, sessionId: ctx.session.id }, result.organisationId);
  // What membership means now: who verifies (if anyone) and the first thing to do (issue 12), not the member list.
  return redirect("/organisatie/volgende-stap");
}

export default function Invitation() {
  const { t } = useTranslation();
  const { token, invite, email, matches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <h1>{t("invite.title")}</h1>
      <ErrorSummary messages={[result?.error]} />
      {!invite ? (
        <p>{t("invite.invalid")}</p>
      ) : !matches ? (
        <p>{t("invite.otherAddressLong", { invited: invite.email, email })}</p>
      ) : (
        <>
          {invite.hubRole ? (
            <>
              <p>{t("hubInvite.intro", { role: t(`hubTeam.roles.${invite.hubRole}`) })}</p>
              <p>{t("hubInvite.totpNext")}</p>
            </>
          ) : (
            <p>{t("invite.intro", { organisation: invite.organisation })}</p>
          )}
          <Form method="post">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("invite.accept")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/organisatie/kiezen">{t("org.chooseTitle")}</Link>
      </p>
    </div>
  );
}
