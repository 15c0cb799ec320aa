/**
 * A notification's text and link from its kind and payload, in the reader's language. Shared by /meldingen and
 * the notification mails, so both say the same.
 */
import type { TFunction } from "i18next";

const str = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

export function notificationText(t: TFunction, kind: string, payload: Record<string, unknown>): string {
  switch (kind) {
    case "message":
      return t("notifications.message", { author: str(payload.authorName), subject: str(payload.subject) });
    case "match_state":
      return t("notifications.match_state", {
        challenge: str(payload.challengeTitle),
        solution: str(payload.solutionTitle),
        state: str(payload.toLabel) || str(payload.to),
      });
    case "review_outcome":
      return t("notifications.review_outcome", { title: str(payload.title), outcome: str(payload.outcomeLabel) || str(payload.outcome) });
    case "challenge_response":
      return t("notifications.challenge_response", { challenge: str(payload.challengeTitle), solution: str(payload.solutionTitle) });
    case "staff_attention":
      return t("notifications.staff_attention", { title: str(payload.title) || str(payload.challengeTitle) || str(payload.event) });
    default:
      return t("notifications.unknown");
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The link that follows from the payload alone (its `href`, or a message's thread), or null. Only paths on this
 * site ("/x", never "//host" or a scheme) are used. links.server.ts adds the links that need a lookup.
 */
export function notificationHref(kind: string, payload: Record<string, unknown>): string | null {
  const href = str(payload.href);
  if (/^\/(?![/\\])[^\s]*$/.test(href)) return href;
  if (kind === "message" && UUID.test(str(payload.threadId))) return `/berichten/${str(payload.threadId)}`;
  return null;
}
