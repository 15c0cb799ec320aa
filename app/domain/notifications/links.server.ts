/**
 * Where each notification links to: its payload's `href` when given, a message's thread, and otherwise, for the
 * kinds about a match (match_state, challenge_response, staff_attention with a matchId), the challenge's page.
 * One query for the whole list; shared by /meldingen and the mailer.
 */
import type { Executor } from "../../../db/client";
import { isUuid } from "../../../shared/vocabulary/ids";
import { notificationHref } from "./render";
import { challengeSlugsOfMatches } from "../brokering/matches.repository.server";

const matchIdOf = (payload: Record<string, unknown>) => (isUuid(payload.matchId) ? payload.matchId : null);

export async function notificationLinks(db: Executor, items: { kind: string; payload: Record<string, unknown> }[]): Promise<(string | null)[]> {
  const direct = items.map((i) => notificationHref(i.kind, i.payload));
  const wanted = items.map((i, k) => (direct[k] ? null : matchIdOf(i.payload)));
  const matchIds = [...new Set(wanted.filter((x): x is string => x !== null))];
  const slugs = await challengeSlugsOfMatches(db, matchIds);
  return items.map((_, k) => {
    const slug = slugs.get(wanted[k] ?? "");
    return direct[k] ?? (slug ? `/opgaven/${encodeURIComponent(slug)}` : null);
  });
}
