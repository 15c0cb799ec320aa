/**
 * The hub's home (/hub): the day's work as counts, each linking to the list that shows exactly those items. Every
 * count is computed by the very function (and, for lists with filters, from the very query string) its linked page
 * uses, so a count and its list cannot drift apart.
 */
import { getStaleSettings } from "../brokering/manage.server";
import { listMatches, parseFilters } from "../brokering/matches.repository.server";
import { reviewQueue as challengeReviewQueue } from "../intake/challenge-lifecycle.server";
import { reviewQueue as solutionReviewQueue } from "../intake/solution-review.server";
import { countInbox } from "../messaging/threads.repository.server";
import { listPendingMemberships, VERIFICATION_PATH } from "./verification.server";

export const HUB_COUNT_KEYS = ["verification", "challenges", "solutions", "responses", "stale", "mine", "unread"] as const;
export type HubCountKey = (typeof HUB_COUNT_KEYS)[number];

/** Where each count links to. The matches and inbox links carry the filter that yields the counted list. */
export const HUB_COUNT_LINKS: Record<HubCountKey, string> = {
  /** Public-body memberships waiting for verification. */
  verification: VERIFICATION_PATH,
  /** Submitted challenges waiting for review. */
  challenges: "/hub/beoordeling/opgaven",
  /** Submitted solutions waiting for review. */
  solutions: "/hub/beoordeling/oplossingen",
  /** "Ik kan helpen" responses (source company) still at interest: not yet screened. */
  responses: "/hub/matches?status=interest&bron=company",
  /** Matches idle past their state's threshold (the brokering stale rule, ADR 0014). */
  stale: "/hub/matches?leeftijd=stale",
  /** The viewer's own matches as broker that are still in progress (neither adopted nor closed). */
  mine: "/hub/matches?makelaar=mine&status=lopend",
  /** The viewer's conversations with unread messages. */
  unread: "/berichten?ongelezen=1",
};

export interface HubCount {
  key: HubCountKey;
  count: number;
  href: string;
  /** The linked list stops at its limit (500 matches): there are more than `count`. */
  more: boolean;
}

/** The query string of a link, for the loader of the list it opens. */
const queryOf = (href: string) => new URLSearchParams(href.split("?")[1] ?? "");

export async function hubHomeCounts(viewerId: string, now = new Date()): Promise<HubCount[]> {
  const settings = await getStaleSettings();
  const matchesOf = (key: "responses" | "stale" | "mine") => listMatches(viewerId, parseFilters(queryOf(HUB_COUNT_LINKS[key])), settings, now);
  const [verification, challenges, solutions, responses, stale, mine, unread] = await Promise.all([
    listPendingMemberships(),
    challengeReviewQueue({}),
    solutionReviewQueue(null),
    matchesOf("responses"),
    matchesOf("stale"),
    matchesOf("mine"),
    countInbox(viewerId, { unread: queryOf(HUB_COUNT_LINKS.unread).get("ongelezen") === "1" }),
  ]);
  const counts: Record<HubCountKey, { count: number; more?: boolean }> = {
    verification: { count: verification.length },
    challenges: { count: challenges.length },
    solutions: { count: solutions.length },
    responses: { count: responses.rows.length, more: responses.truncated },
    stale: { count: stale.rows.length, more: stale.truncated },
    mine: { count: mine.rows.length, more: mine.truncated },
    unread: { count: unread },
  };
  return HUB_COUNT_KEYS.map((key) => ({ key, href: HUB_COUNT_LINKS[key], count: counts[key].count, more: counts[key].more ?? false }));
}
