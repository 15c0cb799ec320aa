import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { devOutboxEnabled, listDevMail } from "../domain/mail/mail.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.devMail") }];

/** The development mail outbox: 404 whenever real mail is configured, and in production unless allowed (ADR 0007). */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!devOutboxEnabled(request)) throw new Response("Not found", { status: 404 });
  const to = new URL(request.url).searchParams.get("aan")?.slice(0, 320) ?? "";
  const mails = await listDevMail(50, to || undefined);
  return { to, mails: mails.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
}

const linkify = (text: string) =>
  text.split(/(https?:\/\/\S+)/g).map((part, i) => (/^https?:\/\//.test(part) ? <a key={i} href={part}>{part}</a> : part));

export default function DevMail() {
  const { t } = useTranslation();
  const { mails, to } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("devMail.title")}</h1>
      <p className="utrecht-alert utrecht-alert--info notice">{t("devMail.intro")}</p>
      <Form method="get" className="inline-form dev-mail-filter">
        <label htmlFor="aan">{t("devMail.filterLabel")}</label>
        <input id="aan" name="aan" type="email" defaultValue={to} autoComplete="off" />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("devMail.filter")}
        </button>
      </Form>
      {mails.length === 0 ? <p>{t("devMail.empty")}</p> : null}
      <ul className="mail-list">
        {mails.map((m) => (
          <li key={m.id} className="mail-item">
            <h2>{m.subject}</h2>
            <dl>
              <dt>{t("devMail.to")}</dt>
              <dd className="mail-to">{m.to}</dd>
              <dt>{t("devMail.sent")}</dt>
              <dd>{m.createdAt}</dd>
            </dl>
            <pre className="mail-body">{linkify(m.text)}</pre>
          </li>
        ))}
      </ul>
    </div>
  );
}
