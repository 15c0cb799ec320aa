/**
 * Two figures of the insight page that follow events over time: publications per theme per month, and the time from
 * a match's introduction to the first message of each party. The pure summaries are exported for the tests.
 */
import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { challenges, challengeThemes, matchEvents, messages, organisations, regions, solutions, solutionThemes, threadParticipants, threads } from "../../../db/schema";
import { publicChallenge } from "../../../db/conditions/challenges";
import { getDb } from "../db.server";
import { median } from "./insight-charts";

const DAY_MS = 86_400_000;

/** The calendar months (YYYY-MM, UTC) from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= end) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export interface ThemeMonths {
  theme: string;
  /** Per month of `months`: challenges and solutions published. */
  challenges: number[];
  solutions: number[];
}

/** Counts per theme and month into one row per theme; themes with nothing in the period are left out. */
export function themeSeries(months: string[], themeOrder: string[], rows: { kind: "challenges" | "solutions"; theme: string; month: string; n: number }[]): ThemeMonths[] {
  const index = new Map(months.map((m, i) => [m, i]));
  const byTheme = new Map(themeOrder.map((t) => [t, { theme: t, challenges: months.map(() => 0), solutions: months.map(() => 0) }]));
  for (const r of rows) {
    const i = index.get(r.month);
    const entry = byTheme.get(r.theme);
    if (i !== undefined && entry) entry[r.kind][i] += r.n;
  }
  return [...byTheme.values()].filter((t) => t.challenges.some((n) => n > 0) || t.solutions.some((n) => n > 0));
}

/** Publications per theme and month (UTC), with the page's period, theme and province filters. */
export async function publishedPerThemeMonth(f: { from: Date; toExclusive: Date; theme: string | null; province: string | null }, inProvince: (id: SQL | typeof challenges.id) => SQL) {
  const db = getDb();
  const month = (col: typeof challenges.publishedAt | typeof solutions.publishedAt) => sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM')`;
  const c = await db
    .select({ theme: challengeThemes.themeSlug, month: month(challenges.publishedAt), n: sql<number>`count(distinct ${challenges.id})::int` })
    .from(challenges)
    .innerJoin(challengeThemes, eq(challengeThemes.challengeId, challenges.id))
    .where(
      and(
        publicChallenge(),
        gte(challenges.publishedAt, f.from),
        lt(challenges.publishedAt, f.toExclusive),
        f.theme ? eq(challengeThemes.themeSlug, f.theme) : undefined,
        f.province ? inProvince(challenges.id) : undefined,
      ),
    )
    .groupBy(challengeThemes.themeSlug, month(challenges.publishedAt));
  const s = await db
    .select({ theme: solutionThemes.themeSlug, month: month(solutions.publishedAt), n: sql<number>`count(distinct ${solutions.id})::int` })
    .from(solutions)
    .innerJoin(solutionThemes, eq(solutionThemes.solutionId, solutions.id))
    .innerJoin(organisations, eq(organisations.id, solutions.organisationId))
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(
      and(
        eq(solutions.status, "published"),
        gte(solutions.publishedAt, f.from),
        lt(solutions.publishedAt, f.toExclusive),
        f.theme ? eq(solutionThemes.themeSlug, f.theme) : undefined,
        f.province ? sql`(${regions.code} = ${f.province} or ${regions.provinceCode} = ${f.province})` : undefined,
      ),
    )
    .groupBy(solutionThemes.themeSlug, month(solutions.publishedAt));
  return [...c.map((r) => ({ ...r, kind: "challenges" as const })), ...s.map((r) => ({ ...r, kind: "solutions" as const }))];
}

/** The parties whose first message is measured, in the order the page shows them. */
export const MESSAGE_PARTIES = ["challenge_owner", "solution_owner", "broker"] as const;
export type MessageParty = (typeof MESSAGE_PARTIES)[number];

export interface FirstMessage {
  party: MessageParty;
  /** Matches of the cohort that were introduced. */
  introduced: number;
  /** Of those, how many have a message from this party at or after the introduction. */
  wrote: number;
  medianDays: number | null;
}

/**
 * Per party: days from a match's first introduction to the party's first message (in the match's conversations, at
 * or after the introduction); the median over the introduced matches where the party wrote.
 */
export function summariseFirstMessages(introductions: { matchId: string; at: Date }[], posts: { matchId: string; party: string; at: Date }[]): FirstMessage[] {
  const introAt = new Map<string, number>();
  for (const i of introductions) introAt.set(i.matchId, Math.min(introAt.get(i.matchId) ?? Infinity, i.at.getTime()));
  return MESSAGE_PARTIES.map((party) => {
    const first = new Map<string, number>();
    for (const p of posts) {
      const start = introAt.get(p.matchId);
      if (p.party !== party || start === undefined || p.at.getTime() < start) continue;
      first.set(p.matchId, Math.min(first.get(p.matchId) ?? Infinity, p.at.getTime()));
    }
    const days = [...first].map(([id, at]) => (at - introAt.get(id)!) / DAY_MS);
    const m = median(days);
    return { party, introduced: introAt.size, wrote: days.length, medianDays: m === null ? null : Math.round(m * 10) / 10 };
  });
}

/** The cohort's introductions and the messages written in its matches' conversations, by the writer's role there. */
export async function firstMessages(matchIds: string[]): Promise<FirstMessage[]> {
  if (!matchIds.length) return summariseFirstMessages([], []);
  const db = getDb();
  const introductions = await db
    .select({ matchId: matchEvents.matchId, at: matchEvents.createdAt })
    .from(matchEvents)
    .where(and(inArray(matchEvents.matchId, matchIds), eq(matchEvents.toState, "introduced")));
  const introduced = [...new Set(introductions.map((i) => i.matchId))];
  const posts = introduced.length
    ? await db
        .select({ matchId: sql<string>`${threads.matchId}`, party: threadParticipants.role, at: messages.createdAt })
        .from(messages)
        .innerJoin(threads, eq(threads.id, messages.threadId))
        .innerJoin(threadParticipants, and(eq(threadParticipants.threadId, messages.threadId), eq(threadParticipants.userId, messages.authorUserId)))
        .where(inArray(threads.matchId, introduced))
    : [];
  return summariseFirstMessages(introductions, posts);
}
