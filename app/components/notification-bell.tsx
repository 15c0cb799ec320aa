import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** How often an open page asks for the unread count (only while it is visible). */
const POLL_MS = 30_000;

/** The server's count, refreshed while the page stays open; a new page load starts from the loader's number. */
function useUnreadCount(initial: number): number {
  const [count, setCount] = useState(initial);
  useEffect(() => setCount(initial), [initial]);
  useEffect(() => {
    let active = true;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const res = await fetch("/meldingen/aantal", { headers: { Accept: "application/json" } });
        if (!res.ok) return;
        const body = (await res.json()) as { unread?: unknown };
        if (active && typeof body.unread === "number") setCount(body.unread);
      } catch {
        // Offline or the server restarting: keep the last number, try again at the next tick.
      }
    };
    const timer = setInterval(refresh, POLL_MS);
    const onVisible = () => void refresh();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      active = false;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  return count;
}

/** The bell: a link to /meldingen with the unread count (in the accessible name too, not only as a badge). */
export function NotificationBell({ count: initial }: { count: number }) {
  const { t } = useTranslation();
  const count = useUnreadCount(initial);
  return (
    <a href="/meldingen" className="link-button bell" aria-label={count ? t("nav.bellUnread", { count }) : t("nav.bell")}>
      <svg className="bell-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>{" "}
      {t("nav.bell")}
      {count ? (
        <span className="bell-count" aria-hidden="true" data-testid="bell-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </a>
  );
}
