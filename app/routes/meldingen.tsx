import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, useMessage } from "../components/form";
import { Time } from "../components/time";
import { requireUser } from "../domain/auth/access.server";
import { isUuid } from "../../shared/vocabulary/ids";
import { listNotifications, markNotificationsRead } from "../domain/notifications/list.server";
import { getDb } from "../domain/db.server";
import { notificationLinks } from "../domain/notifications/links.server";
import { notificationText } from "../domain/notifications/render";
import { createI18n } from "../i18n/strings.server";
import { getLocale } from "../i18n/locale.server";
import { dispatchIntent, NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["solution-intake", "messaging", "brokering", "consultation", "joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.notifications") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  const [rows, locale] = await Promise.all([listNotifications(ctx.user.id), getLocale(request)]);
  const t = createI18n(locale).t;
  const links = await notificationLinks(getDb(), rows);
  return data(
    {
      notifications: rows.map((n, k) => ({
        id: n.id,
        text: notificationText(t, n.kind, n.payload),
        href: links[k],
        read: n.readAt !== null,
        createdAt: n.createdAt.toISOString(),
      })),
    },
    { headers: NO_STORE },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireUser(request);
  const form = await request.formData();
  const invalid = () => data({ done: null, error: "forms.invalid" }, { status: 400, headers: NO_STORE });
  return dispatchIntent(
    form,
    {
      all: async () => {
        await markNotificationsRead(ctx.user.id);
        return data({ done: "notifications.allRead", error: null }, { headers: NO_STORE });
      },
      one: async () => {
        const id = form.get("id");
        if (!isUuid(id)) return invalid();
        await markNotificationsRead(ctx.user.id, id);
        return data({ done: "notifications.marked", error: null }, { headers: NO_STORE });
      },
    },
    invalid,
  );
}

export default function Notifications() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { notifications } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <div className="container narrow">
      <h1>{t("notifications.title")}</h1>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      <ErrorSummary messages={[result?.error]} />
      <p>
        <Link to="/account/meldingen">{t("notifications.preferencesLink")}</Link>
      </p>
      {unread ? (
        <Form method="post">
          <input type="hidden" name="intent" value="all" />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("notifications.markAllRead")}
          </button>
        </Form>
      ) : null}
      {notifications.length === 0 ? <p>{t("notifications.empty")}</p> : null}
      <ul className="notification-list">
        {notifications.map((n) => (
          <li key={n.id} className={`notification${n.read ? "" : " unread"}`}>
            <p>
              {n.read ? null : <strong>{t("notifications.unread")}: </strong>}
              {n.href ? <Link to={n.href}>{n.text}</Link> : n.text}
            </p>
            <p className="card-meta">
              <Time iso={n.createdAt} />
            </p>
            {n.read ? null : (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="one" />
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" className="link-button" aria-label={`${t("notifications.markRead")}: ${n.text}`}>
                  {t("notifications.markRead")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
