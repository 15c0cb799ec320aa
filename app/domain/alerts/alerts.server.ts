/**
 * Search alerts (issue 17): any signed-in user follows a search of /opgaven or /oplossingen (text and facets, parsed
 * exactly as those pages parse them) and gets new matching records by mail. Managed at /account/zoekopdrachten;
 * mailed by the digest job (digest.server.ts); stopped from a mail without logging in (token.server.ts).
 */
import { and, asc, eq } from "drizzle-orm";
import { searchAlerts, solutions, solutionThemes, type SearchAlert } from "../../../db/schema";
import { publicSolution } from "../../../db/conditions/solutions";
import { getDb } from "../db.server";
import { listProvinces, parseSearchParams, searchQueryString, type SearchParams } from "../search.server";
import { ALERT_LIST_PATH, ALERTS_PER_USER_MAX, type AlertFrequency, type AlertKind } from "../../../shared/vocabulary/alerts";

export { ALERT_LIST_PATH as LIST_PATH };

/** A stored query string as the list page would parse it (unknown values dropped), and its canonical form. */
export async function parseAlertQuery(kind: AlertKind, query: string): Promise<{ params: SearchParams; canonical: string }> {
  const params = parseSearchParams(new URL(`http://alert.local/?${query.replace(/^\?/, "")}`), kind, await listProvinces());
  return { params, canonical: searchQueryString(kind, params) };
}

export type CreateResult = { ok: true; id: string; outcome: "created" | "already" } | { ok: false; error: "tooMany" };

/** Follows the search (the same search twice is one alert; its frequency is updated). */
export async function createAlert(userId: string, kind: AlertKind, query: string, frequency: AlertFrequency): Promise<CreateResult> {
  const { canonical } = await parseAlertQuery(kind, query);
  return getDb().transaction(async (tx) => {
    const mine = await tx.select({ id: searchAlerts.id, kind: searchAlerts.kind, query: searchAlerts.query }).from(searchAlerts).where(eq(searchAlerts.userId, userId)).for("update");
    const same = mine.find((a) => a.kind === kind && a.query === canonical);
    if (same) {
      await tx.update(searchAlerts).set({ frequency }).where(eq(searchAlerts.id, same.id));
      return { ok: true, id: same.id, outcome: "already" } as const;
    }
    if (mine.length >= ALERTS_PER_USER_MAX) return { ok: false, error: "tooMany" } as const;
    const [row] = await tx.insert(searchAlerts).values({ userId, kind, query: canonical, frequency }).returning({ id: searchAlerts.id });
    return { ok: true, id: row.id, outcome: "created" } as const;
  });
}

export async function listAlerts(userId: string): Promise<SearchAlert[]> {
  return getDb().select().from(searchAlerts).where(eq(searchAlerts.userId, userId)).orderBy(asc(searchAlerts.createdAt));
}

/** Changes the frequency of the user's own alert (false: not theirs or gone). */
export async function setAlertFrequency(userId: string, alertId: string, frequency: AlertFrequency): Promise<boolean> {
  const rows = await getDb()
    .update(searchAlerts)
    .set({ frequency })
    .where(and(eq(searchAlerts.id, alertId), eq(searchAlerts.userId, userId)))
    .returning({ id: searchAlerts.id });
  return rows.length > 0;
}

/** Deletes the user's own alert (false: not theirs or gone). */
export async function deleteAlert(userId: string, alertId: string): Promise<boolean> {
  const rows = await getDb().delete(searchAlerts).where(and(eq(searchAlerts.id, alertId), eq(searchAlerts.userId, userId))).returning({ id: searchAlerts.id });
  return rows.length > 0;
}

/** The alert an unsubscribe token names (for its confirmation page), or null when it is gone. */
export async function alertById(alertId: string): Promise<SearchAlert | null> {
  const [row] = await getDb().select().from(searchAlerts).where(eq(searchAlerts.id, alertId));
  return row ?? null;
}

/** Stops one alert by id (the token's check is the caller's); true when it existed. */
export async function unsubscribeAlert(alertId: string): Promise<boolean> {
  const rows = await getDb().delete(searchAlerts).where(eq(searchAlerts.id, alertId)).returning({ id: searchAlerts.id });
  return rows.length > 0;
}

/**
 * A company's default suggestion: open (published) challenges in the themes of its published solutions, as the
 * query string of /opgaven. Null when it has no published solution with a theme.
 */
export async function companySuggestion(organisationId: string): Promise<string | null> {
  const rows = await getDb()
    .selectDistinct({ theme: solutionThemes.themeSlug })
    .from(solutionThemes)
    .innerJoin(solutions, eq(solutions.id, solutionThemes.solutionId))
    .where(and(eq(solutions.organisationId, organisationId), publicSolution()));
  if (!rows.length) return null;
  const query = new URLSearchParams([["status", "published"], ...rows.map((r): [string, string] => ["thema", r.theme])]);
  return (await parseAlertQuery("challenges", query.toString())).canonical;
}
