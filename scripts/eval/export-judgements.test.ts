import { describe, expect, it } from "vitest";
import { gradePairs, toQrelsTsv } from "../../search/match/feedback";
import { parseQrels } from "./metrics";

describe("the judgements export", () => {
  it("is qrels that eval:match reads (grade 0 pairs are kept in the file and count as not relevant)", () => {
    const at = new Date();
    const tsv = toQrelsTsv(
      gradePairs(
        [{ challengeId: "c1", solutionId: "s1", judgedBy: "u", verdict: "not_relevant", at }],
        [{ challengeId: "c1", solutionId: "s2", outcome: "adopted", at }, { challengeId: "c2", solutionId: "s1", outcome: "introduced", at }],
      ),
    );
    const qrels = parseQrels(tsv);
    expect([...qrels.entries()].map(([c, m]) => [c, [...m.entries()]])).toEqual([
      ["c1", [["s2", 2]]],
      ["c2", [["s1", 1]]],
    ]);
  });
});
