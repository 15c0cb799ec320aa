import { createHash } from "node:crypto";
import { indexName } from "../../search/client";
import { loadChallengeDocuments, loadSolutionDocuments, type ChallengeDocument, type SolutionDocument } from "../../search/documents";
import { buildIdf, type Idf } from "../../search/match/idf";
import { hybridFromEnv } from "../../search/match/hybrid";
import { findMatches, type MatchResult } from "../../search/match/matcher";
import { candidateText } from "../../search/match/rank";
import type { PublicChallenge } from "./challenges/challenges.repository.server";
import { getSql } from "./db.server";
import { feedbackRerank, getFeedback } from "./judgements/feedback.server";
import { filterValue, getSearch } from "./search.server";
import { cachedSuggestions } from "./suggestion-cache.server";
import type { PublicSolution } from "./solutions/solutions.repository.server";

const IDF_TTL_MS = 10 * 60_000;
/** Off unless MATCH_HYBRID_EMBEDDER is set (search/match/hybrid.ts). */
const hybrid = hybridFromEnv();
let idfCache: { idf: Idf; at: number; pending?: Promise<Idf> } | undefined;

async function computeIdf(): Promise<Idf> {
  const sql = getSql();
  const [challenges, solutions] = await Promise.all([loadChallengeDocuments(sql), loadSolutionDocuments(sql)]);
  return buildIdf([
    ...challenges.map((c) => ({ text: candidateText(c), lang: c.lang })),
    ...solutions.map((s) => ({ text: candidateText(s), lang: s.lang })),
  ]);
}

/**
 * Word rarity over all public records. Built once (the first caller waits), then refreshed in the
 * background every ten minutes while callers keep using the previous table.
 */
export async function getIdf(): Promise<Idf> {
  if (!idfCache) {
    const pending = computeIdf();
    idfCache = { idf: buildIdf([]), at: 0, pending };
    try {
      const idf = await pending;
      idfCache = { idf, at: Date.now() };
      return idf;
    } catch (err) {
      idfCache = undefined;
      throw err;
    }
  }
  if (idfCache.pending) return idfCache.at ? idfCache.idf : idfCache.pending;
  if (Date.now() - idfCache.at > IDF_TTL_MS) {
    const stale = idfCache;
    stale.pending = computeIdf()
      .then((idf) => {
        idfCache = { idf, at: Date.now() };
        return idf;
      })
      .catch(() => {
        stale.pending = undefined;
        stale.at = Date.now();
        return stale.idf;
      });
  }
  return idfCache.idf;
}

export interface Suggestions<T> {
  results: MatchResult<T & { id: string; title: string; themes: string[] }>[];
  unavailable: boolean;
}

/**
 * A list as a page shows it (app/components/match-list.tsx): the link, the owner and the explanation. The matcher's
 * results carry whole documents (descriptions included); sent as they are they made up most of a record page's
 * loader data, serialised twice (in the HTML and as the page's data).
 */
export function suggestionsForPage<T extends { id: string; slug: string; lang: string; title: string; ownerName?: string; organisationName?: string }>(
  suggestions: Suggestions<T>,
) {
  return {
    unavailable: suggestions.unavailable,
    results: suggestions.results.map(({ id, explanation, document: d }) => ({
      id,
      explanation,
      document: { id: d.id, slug: d.slug, lang: d.lang, title: d.title, ownerName: d.ownerName, organisationName: d.organisationName },
    })),
  };
}

async function safely<T>(run: () => Promise<MatchResult<T & { id: string; title: string; themes: string[] }>[]>): Promise<Suggestions<T>> {
  try {
    return { results: await run(), unavailable: false };
  } catch (err) {
    console.error(`Matching failed: ${err instanceof Error ? err.message : err}`);
    return { results: [], unavailable: true };
  }
}

/**
 * Suggestions from the process cache (suggestion-cache.server.ts), keyed by the question: which list, the record,
 * the limit, and a hash of the text the matcher reads (a draft being written has no id of its own, and a record's
 * edit shows before its outbox row is applied). Failures are not kept.
 */
function cached<T>(
  list: string,
  source: { id: string; title: string; text: string; themes: string[] },
  extra: string,
  run: () => Promise<MatchResult<T & { id: string; title: string; themes: string[] }>[]>,
) {
  const text = createHash("sha256").update(`${source.title}\n${source.text}\n${source.themes.join(",")}`).digest("base64url");
  return cachedSuggestions(`${list}:${source.id}:${extra}:${text}`, () => safely<T>(run), (s) => !s.unavailable);
}

const challengeText = (c: PublicChallenge) =>
  [c.summary, c.problemStatement, c.localContext, c.affected, c.desiredOutcome, c.successCriteria].join("\n");

/** A challenge as the matcher's question. */
export const challengeMatchSource = (challenge: PublicChallenge) => ({
  id: challenge.id,
  title: challenge.title,
  text: challengeText(challenge),
  themes: challenge.themes,
  provinceCodes: [],
  lang: challenge.lang,
});

/** Solutions that fit a challenge, best first, each with an explanation. */
export async function solutionsForChallenge(challenge: PublicChallenge, limit = 5): Promise<Suggestions<SolutionDocument>> {
  const source = challengeMatchSource(challenge);
  return cached("solutionsForChallenge", source, `${limit}`, async () => {
    const { client, config } = getSearch();
    const idf = await getIdf();
    return findMatches<SolutionDocument>({
      client,
      indexUid: indexName(config, "solutions"),
      source,
      idf,
      hybrid,
      limit,
      rerank: feedbackRerank({ id: source.id, text: `${source.title}\n${source.text}`, side: "challenge" }, await getFeedback(idf), idf),
    });
  });
}

/** Challenges of other public bodies that face the same problem (demand that could be bundled). */
export async function similarChallenges(challenge: PublicChallenge, ownerId: string, limit = 4): Promise<Suggestions<ChallengeDocument>> {
  const source = challengeMatchSource(challenge);
  return cached("similarChallenges", source, `${ownerId}:${limit}`, async () => {
    const { client, config } = getSearch();
    return findMatches<ChallengeDocument>({
      client,
      indexUid: indexName(config, "challenges"),
      source,
      idf: await getIdf(),
      hybrid,
      limit,
      filter: [`ownerOrganisationId != ${filterValue(ownerId)}`],
    });
  });
}

/** Open challenges where a solution could help. */
export async function challengesForSolution(solution: PublicSolution, limit = 5): Promise<Suggestions<ChallengeDocument>> {
  const source = { id: solution.id, title: solution.title, text: `${solution.summary}\n${solution.description}`, themes: solution.themes, lang: solution.lang };
  return cached("challengesForSolution", source, `${limit}`, async () => {
    const { client, config } = getSearch();
    const idf = await getIdf();
    return findMatches<ChallengeDocument>({
      client,
      indexUid: indexName(config, "challenges"),
      source,
      idf,
      hybrid,
      limit,
      filter: [`status = ${filterValue("published")}`],
      rerank: feedbackRerank({ id: source.id, text: `${source.title}\n${source.text}`, side: "solution" }, await getFeedback(idf), idf),
    });
  });
}
