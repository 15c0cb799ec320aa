/** A judgement forgets the cached suggestions of both records of the pair, also a computation in flight. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const { cachedSuggestions, clearSuggestionCache, forgetSuggestionsFor } = await import("../suggestion-cache.server");

afterEach(() => clearSuggestionCache());

describe("forgetSuggestionsFor", () => {
  it("drops the records' entries and keeps the others", async () => {
    const compute = vi.fn(async () => "list");
    for (const key of ["solutionsForChallenge:c1:5:h", "challengesForSolution:s1:5:h", "solutionsForChallenge:c2:5:h"]) await cachedSuggestions(key, compute, () => true);
    expect(compute).toHaveBeenCalledTimes(3);
    forgetSuggestionsFor(["c1", "s1"]);
    for (const key of ["solutionsForChallenge:c1:5:h", "challengesForSolution:s1:5:h", "solutionsForChallenge:c2:5:h"]) await cachedSuggestions(key, compute, () => true);
    expect(compute).toHaveBeenCalledTimes(5);
  });

  it("does not keep what was computed before the judgement", async () => {
    let release!: (v: string) => void;
    const slow = cachedSuggestions("solutionsForChallenge:c3:5:h", () => new Promise<string>((r) => (release = r)), () => true);
    forgetSuggestionsFor(["c3"]);
    release("stale");
    expect(await slow).toBe("stale");
    const compute = vi.fn(async () => "fresh");
    expect(await cachedSuggestions("solutionsForChallenge:c3:5:h", compute, () => true)).toBe("fresh");
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
