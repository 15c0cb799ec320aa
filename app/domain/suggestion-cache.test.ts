/**
 * The suggestion cache (ADR 0022): a second view of a record does not ask Meilisearch again; a bump of the index
 * generation (outbox batch, rebuild) makes the next view recompute; the cache holds at most SUGGESTION_CACHE_SIZE.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { setupAppEnv } from "../test/route-harness";

setupAppEnv();
const { getSql } = await import("./db.server");
const { getSearch } = await import("./search.server");
const { getPublicChallenge } = await import("./challenges/challenges.repository.server");
const { solutionsForChallenge, challengesForSolution } = await import("./matching.server");
const { getPublicSolution } = await import("./solutions/solutions.repository.server");
const { cachedSuggestions, clearSuggestionCache, suggestionCacheSize, SUGGESTION_CACHE_SIZE } = await import("./suggestion-cache.server");
const { bumpIndexGeneration, indexGeneration } = await import("../../search/generation");

const [{ slug }] = await getSql()<{ slug: string }[]>`select slug from challenges where status = 'published' order by slug limit 1`;
const challenge = (await getPublicChallenge(slug))!;

afterEach(() => {
  vi.restoreAllMocks();
  clearSuggestionCache();
});

describe("suggestion cache", () => {
  it("answers a second view from the cache, without Meilisearch", async () => {
    const calls = vi.spyOn(getSearch().client, "multiSearch");
    const first = await solutionsForChallenge(challenge);
    expect(first.unavailable).toBe(false);
    expect(first.results.length).toBeGreaterThan(0);
    const asked = calls.mock.calls.length;
    expect(asked).toBeGreaterThan(0);
    const second = await solutionsForChallenge(challenge);
    expect(second).toEqual(first);
    expect(calls.mock.calls.length).toBe(asked);
  });

  it("recomputes after the index changes (generation bump), and keys by record and question", async () => {
    const calls = vi.spyOn(getSearch().client, "multiSearch");
    await solutionsForChallenge(challenge);
    const once = calls.mock.calls.length;
    await solutionsForChallenge(challenge, 10); // another question: not the same entry
    const twice = calls.mock.calls.length;
    expect(twice).toBeGreaterThan(once);
    bumpIndexGeneration();
    const again = await solutionsForChallenge(challenge);
    expect(again.unavailable).toBe(false);
    expect(calls.mock.calls.length).toBeGreaterThan(twice);
  });

  it("keys by the text too: drafts (one placeholder id) and an edit not yet indexed are asked anew", async () => {
    const { similarChallenges } = await import("./matching.server");
    const calls = vi.spyOn(getSearch().client, "multiSearch");
    const draft = (title: string) => ({ ...challenge, id: "00000000-0000-0000-0000-000000000000", title });
    const a = await similarChallenges(draft("Hittestress in de wijk"), "org", 3);
    const asked = calls.mock.calls.length;
    await similarChallenges(draft("Hittestress in de wijk"), "org", 3);
    expect(calls.mock.calls.length).toBe(asked);
    const b = await similarChallenges(draft("Laadpalen voor elektrische deelauto's"), "org", 3);
    expect(calls.mock.calls.length).toBeGreaterThan(asked);
    expect(a.unavailable || b.unavailable).toBe(false);
  });

  it("bumps the generation when the outbox applies a record's own change", async () => {
    const [{ id: solutionId, slug: solutionSlug }] = await getSql()<{ id: string; slug: string }[]>`
      select id, slug from solutions where status = 'published' order by slug limit 1`;
    const solution = (await getPublicSolution(solutionSlug))!;
    const calls = vi.spyOn(getSearch().client, "multiSearch");
    await challengesForSolution(solution);
    const before = calls.mock.calls.length;
    const { enqueueSearchSync, processOutboxBatch } = await import("../../search/outbox");
    await enqueueSearchSync(getSql(), "solution", [solutionId]);
    const { client, config } = getSearch();
    // No outbox worker runs in the test processes: this one applies the row.
    const generation = indexGeneration();
    expect(await processOutboxBatch(getSql(), client, config)).toBeGreaterThan(0);
    expect(indexGeneration()).toBeGreaterThan(generation);
    await challengesForSolution(solution);
    expect(calls.mock.calls.length).toBeGreaterThan(before);
  });

  it("is bounded, dropping the least recently used entry", async () => {
    const compute = vi.fn(async () => "x");
    for (let i = 0; i < SUGGESTION_CACHE_SIZE + 50; i++) await cachedSuggestions(`k${i}`, compute, () => true);
    expect(suggestionCacheSize()).toBe(SUGGESTION_CACHE_SIZE);
    compute.mockClear();
    await cachedSuggestions(`k${SUGGESTION_CACHE_SIZE + 49}`, compute, () => true);
    expect(compute).not.toHaveBeenCalled();
    await cachedSuggestions("k0", compute, () => true);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("does not keep a failed search", async () => {
    const compute = vi.fn(async () => ({ unavailable: true }));
    await cachedSuggestions("failed", compute, (v) => !v.unavailable);
    await cachedSuggestions("failed", compute, (v) => !v.unavailable);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
