/**
 * Unsubscribe from one search alert without logging in (issue 17). The link in the mail carries a signed token for
 * that alert only (app/domain/alerts/token.server.ts): GET shows what it stops and asks to confirm; POST stops it.
 * Mail providers' one-click unsubscribe (RFC 8058, List-Unsubscribe-Post) POSTs here too; the CSRF guard lets this
 * path through because the action uses only the token, never the session.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { alertById, unsubscribeAlert } from "../domain/alerts/alerts.server";
import { alertIdFromToken } from "../domain/alerts/token.server";
import { NO_STORE } from "../utils/action.server";
import { AlertSearch } from "../components/alert-search";
import type { AlertKind } from "../../shared/vocabulary/alerts";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["joint"] } satisfies I18nHandle;

type State = { state: "confirm"; token: string; kind: AlertKind; query: string } | { state: "done" | "gone" | "invalid" };

const answer = (body: State, status = 200) => data(body, { status, headers: { ...NO_STORE, "X-Robots-Tag": "noindex" } });

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const alertId = alertIdFromToken(token);
  if (!alertId) return answer({ state: "invalid" }, 400);
  const alert = await alertById(alertId);
  return alert ? answer({ state: "confirm", token, kind: alert.kind, query: alert.query }) : answer({ state: "gone" });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const token = String(form.get("token") ?? new URL(request.url).searchParams.get("token") ?? "");
  const alertId = alertIdFromToken(token);
  if (!alertId) return answer({ state: "invalid" }, 400);
  return answer({ state: (await unsubscribeAlert(alertId)) ? "done" : "gone" });
}

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.unsubscribe") }, { name: "robots", content: "noindex" }];

export default function Unsubscribe() {
  const loaded = useLoaderData<typeof loader>() as State;
  const acted = useActionData<typeof action>() as State | undefined;
  const { t } = useTranslation();
  const view = acted ?? loaded;
  return (
    <div className="container narrow">
      <h1>{t("alerts.unsubscribeTitle")}</h1>
      {view.state === "confirm" ? (
        <>
          <p>{t("alerts.unsubscribeConfirm")}</p>
          <p>
            <AlertSearch kind={view.kind} query={view.query} />
          </p>
          <Form method="post">
            <input type="hidden" name="token" value={view.token} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("alerts.unsubscribeButton")}
            </button>
          </Form>
        </>
      ) : (
        <p className={`utrecht-alert notice ${view.state === "invalid" ? "utrecht-alert--warning" : "utrecht-alert--ok"}`} role="status">
          {t(view.state === "done" ? "alerts.unsubscribed" : view.state === "gone" ? "alerts.unsubscribeGone" : "alerts.unsubscribeInvalid")}
        </p>
      )}
      <p>
        <Link to="/account/zoekopdrachten">{t("alerts.manageLink")}</Link>
      </p>
    </div>
  );
}
