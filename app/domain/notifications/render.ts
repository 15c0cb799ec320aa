/**
 * A notification's text and link from its kind and payload, in the reader's language. Shared by /meldingen and
 * the notification mails, so both say the same.
 */
import type { TFunction } from "i18next";
import { isUuid } from "../../../shared/vocabulary/ids";

const str = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

/** Hub events with a sentence of their own (payload.event of staff_attention). */
const STAFF_EVENTS = ["company_response", "owner_interest", "broker_assigned", "challenge_submitted", "solution_submitted", "membership_pending"];

/** A translated label for a stored code (a state or status), or the code itself when no label exists. */
function label(t: TFunction, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const text = code ? String(t(key as "notifications.unknown", { defaultValue: "" })) : "";
  return text && text !== key ? text : code;
}

export function notificationText(t: TFunction, kind: string, payload: Record<string, unknown>): string {
  switch (kind) {
    case "message":
      return t("notifications.message", { author: str(payload.authorName), subject: str(payload.subject) });
    case "match_state":
      return t("notifications.match_state", {
        challenge: str(payload.challengeTitle),
        solution: str(payload.solutionTitle),
        state: label(t, "brokering.states", str(payload.to)),
      });
    case "review_outcome":
      return t("notifications.review_outcome", {
        title: str(payload.title),
        outcome: label(t, payload.entityType === "solution" ? "solutionStatus" : "challengeStatus", str(payload.outcome)),
      });
    case "challenge_response":
      return t("notifications.challenge_response", { challenge: str(payload.challengeTitle), solution: str(payload.solutionTitle) });
    case "staff_attention": {
      const values = {
        title: str(payload.title),
        challenge: str(payload.challengeTitle),
        solution: str(payload.solutionTitle),
        name: str(payload.name),
        organisation: str(payload.organisation),
      };
      const event = str(payload.event);
      if (STAFF_EVENTS.includes(event)) return t(`notifications.staffEvents.${event}` as "notifications.staffEvents.company_response", values);
      return t("notifications.staff_attention", { title: values.title || values.challenge || event });
    }
    case "deployment_confirmation":
      return t("notifications.deployment_confirmation", {
        title: str(payload.title),
        outcome: label(t, "solutionIntake.confirmation", str(payload.outcome)),
      });
    case "membership_decision":
      return payload.outcome === "rejected"
        ? t("notifications.membership_rejected", { organisation: str(payload.organisation), reason: str(payload.reason) })
        : t("notifications.membership_verified", { organisation: str(payload.organisation) });
    case "consultation_answer":
    case "consultation_question":
      return t(`consultation.notifications.${kind === "consultation_answer" ? "answer" : "question"}`, { challenge: str(payload.challengeTitle) });
    case "joint_demand":
      return t(payload.outcome === "updated" ? "jointDemand.notificationUpdated" : "jointDemand.notification", {
        organisation: str(payload.organisation),
        challenge: str(payload.challengeTitle),
        volume: str(payload.volume),
        unit: label(t, "jointDemand.units", str(payload.unit)),
      });
    default:
      return t("notifications.unknown");
  }
}

/**
 * The link that follows from the payload alone (its `href`, or a message's thread), or null. Only paths on this
 * site ("/x", never "//host" or a scheme) are used. links.server.ts adds the links that need a lookup.
 */
export function notificationHref(kind: string, payload: Record<string, unknown>): string | null {
  const href = str(payload.href);
  if (/^\/(?![/\\])[^\s]*$/.test(href)) return href;
  if (kind === "message" && isUuid(payload.threadId)) return `/berichten/${str(payload.threadId)}`;
  return null;
}
