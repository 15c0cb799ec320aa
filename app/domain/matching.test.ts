/**
 * No suggestion list in the product shows an item without a reason a person can check (issue 14): over the whole
 * demo data, every list the matcher feeds (solutions for a challenge, similar challenges of other bodies, challenges
 * for a solution, "zoekt hetzelfde" while writing) gives each item a strength in words and at least one shared theme
 * or domain term, and no common word counts as a matching term.
 */
import { describe, expect, it } from "vitest";
import { setupAppEnv } from "../test/route-harness";
import { analyze } from "../../search/match/analyze";
import type { MatchExplanation } from "../../search/match/matcher";
import { findThemeTerms } from "../../search/match/text";

setupAppEnv();
const { getSql } = await import("./db.server");
const { getPublicChallenge } = await import("./challenges/challenges.repository.server");
const { getPublicSolution } = await import("./solutions/solutions.repository.server");
const { solutionsForChallenge, similarChallenges, challengesForSolution, getIdf } = await import("./matching.server");
const { suggestForDraft } = await import("./intake/challenge-suggest.server");

const sql = getSql();
const challengeSlugs = (await sql<{ slug: string }[]>`select slug from challenges where status = 'published' order by slug`).map((r) => r.slug);
const solutionSlugs = (await sql<{ slug: string }[]>`select slug from solutions where status = 'published' order by slug`).map((r) => r.slug);

async function expectCheckable(list: string, explanation: MatchExplanation) {
  const idf = await getIdf();
  expect(["strong", "possible"], list).toContain(explanation.strength);
  expect(explanation.sharedThemes.length + explanation.matchingTerms.length, `${list}: an item without a shared theme or term`).toBeGreaterThan(0);
  for (const term of explanation.matchingTerms) {
    if (findThemeTerms(term).length) continue; // a glossary pair
    for (const t of analyze(term).terms.keys()) expect(idf.junk(t), `${list}: "${term}" is a common word`).toBe(false);
  }
}

describe("every suggestion list gives checkable reasons (demo data)", () => {
  it("solutions for a challenge and similar challenges elsewhere", { timeout: 120_000 }, async () => {
    expect(challengeSlugs.length).toBeGreaterThan(10);
    let shown = 0;
    for (const slug of challengeSlugs) {
      const challenge = (await getPublicChallenge(slug))!;
      const solutions = await solutionsForChallenge(challenge, 10);
      const similar = await similarChallenges(challenge, challenge.owner.id, 4);
      expect(solutions.unavailable || similar.unavailable).toBe(false);
      for (const r of solutions.results) await expectCheckable(`solutions for ${slug}`, r.explanation);
      for (const r of similar.results) await expectCheckable(`similar to ${slug}`, r.explanation);
      shown += solutions.results.length;
    }
    expect(shown).toBeGreaterThan(challengeSlugs.length); // the lists are not empty by construction
  });

  it("challenges for a solution", { timeout: 120_000 }, async () => {
    expect(solutionSlugs.length).toBeGreaterThan(10);
    for (const slug of solutionSlugs) {
      const solution = (await getPublicSolution(slug))!;
      const challenges = await challengesForSolution(solution, 5);
      expect(challenges.unavailable).toBe(false);
      for (const r of challenges.results) await expectCheckable(`challenges for ${slug}`, r.explanation);
    }
  });

  it("'zoekt hetzelfde' while writing a short draft says what is similar", async () => {
    const draft = await suggestForDraft("00000000-0000-0000-0000-000000000001", "Hittestress bij ouderen", "Tijdens hittegolven willen we kwetsbare ouderen in de wijk bereiken.");
    expect(draft.similar.length).toBeGreaterThan(0);
    for (const s of draft.similar) await expectCheckable(`draft similar ${s.slug}`, s.explanation);
  });
});
