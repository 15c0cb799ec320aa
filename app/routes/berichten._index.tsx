import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Time } from "../components/time";
import { requireUser } from "../domain/auth/access.server";
import { canReadAllThreads } from "../domain/messaging/access.server";
import { INBOX_PAGE_SIZE, listInbox } from "../domain/messaging/threads.repository.server";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["messaging"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.inbox") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  const staff = canReadAllThreads(ctx.user);
  const search = new URL(request.url).searchParams;
  const all = staff && search.get("weergave") === "alle";
  const unread = !all && search.get("ongelezen") === "1";
  const page = Math.min(Math.max(Number.parseInt(search.get("pagina") ?? "1", 10) || 1, 1), 10_000);
  // One more than a page, to know whether an older page exists.
  const found = await listInbox(ctx.user.id, { all, unread, limit: INBOX_PAGE_SIZE + 1, offset: (page - 1) * INBOX_PAGE_SIZE });
  const threads = found.slice(0, INBOX_PAGE_SIZE);
  return data(
    {
      staff,
      all,
      unread,
      page,
      hasOlder: found.length > INBOX_PAGE_SIZE,
      left: search.get("verlaten") === "1",
      threads: threads.map((t) => ({ ...t, lastMessageAt: t.lastMessageAt.toISOString() })),
    },
    { headers: NO_STORE },
  );
}

export default function Inbox() {
  const { t } = useTranslation();
  const { staff, all, unread, page, hasOlder, left, threads } = useLoaderData<typeof loader>();
  const pageHref = (n: number) =>
    `/berichten?${new URLSearchParams({ ...(all ? { weergave: "alle" } : {}), ...(unread ? { ongelezen: "1" } : {}), ...(n > 1 ? { pagina: String(n) } : {}) })}`;
  return (
    <div className="container narrow">
      <h1>{t("inbox.title")}</h1>
      <p>{t("inbox.intro")}</p>
      {left ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t("thread.left")}
        </p>
      ) : null}
      <nav aria-label={t("inbox.filterLabel")}>
        <ul className="filter-links">
          <li>
            <Link to="/berichten" aria-current={all || unread ? undefined : "page"}>
              {t("inbox.mine")}
            </Link>
          </li>
          <li>
            <Link to="/berichten?ongelezen=1" aria-current={unread ? "page" : undefined}>
              {t("inbox.unreadOnly")}
            </Link>
          </li>
          {staff ? (
            <li>
              <Link to="/berichten?weergave=alle" aria-current={all ? "page" : undefined}>
                {t("inbox.all")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {threads.length === 0 && page === 1 ? <p>{all ? t("inbox.emptyAll") : unread ? t("inbox.emptyUnread") : t("inbox.empty")}</p> : null}
      <ul className="thread-list">
        {threads.map((thread) => (
          <li key={thread.id} className={`thread-item${thread.unread ? " unread" : ""}`}>
            <h2>
              <Link to={`/berichten/${thread.id}`}>{thread.subject}</Link>
            </h2>
            <p>
              {t("inbox.with")}:{" "}
              {thread.others.length
                ? thread.others.map((o) => (o.organisation ? `${o.name} (${o.organisation})` : o.name)).join(", ")
                : t("inbox.nobody")}
            </p>
            <p className="card-meta">
              {t("inbox.lastMessage")}: <Time iso={thread.lastMessageAt} />
              {thread.unread ? (
                <>
                  {" · "}
                  <strong>{t("inbox.unread", { count: thread.unread })}</strong>
                </>
              ) : null}
              {!thread.participant ? ` · ${t("inbox.notParticipant")}` : null}
            </p>
          </li>
        ))}
      </ul>
      {page > 1 || hasOlder ? (
        <nav aria-label={t("inbox.pages")} className="utrecht-pagination">
          {page > 1 ? (
            <Link to={pageHref(page - 1)} rel="prev" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev">
              {t("inbox.newer")}
            </Link>
          ) : null}
          {hasOlder ? (
            <Link to={pageHref(page + 1)} rel="next" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next">
              {t("inbox.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
