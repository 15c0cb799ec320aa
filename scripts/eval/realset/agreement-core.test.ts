import { describe, expect, it } from "vitest";
import { cohensKappa, confusion, parseLabels } from "./agreement-core";

describe("agreement", () => {
  it("computes Cohen's kappa as in the textbook example", () => {
    // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 → po 0.7, pe 0.5, kappa 0.4
    const a = [...Array(20).fill(1), ...Array(5).fill(1), ...Array(10).fill(0), ...Array(15).fill(0)];
    const b = [...Array(20).fill(1), ...Array(5).fill(0), ...Array(10).fill(1), ...Array(15).fill(0)];
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 10);
  });

  it("gives 1 for perfect agreement and counts the confusion matrix", () => {
    expect(cohensKappa([0, 1, 2], [0, 1, 2])).toBe(1);
    expect(confusion([0, 1, 2, 2], [0, 2, 2, 1])).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 1],
    ]);
  });

  it("refuses malformed label files", () => {
    expect(() => parseLabels("challenge_id\tsolution_id\tgrade\nrc01\trs001\t3\n", "x")).toThrow(/grade 0\/1\/2/);
    expect(() => parseLabels("challenge_id\tsolution_id\tgrade\nrc01\trs001\t1\nrc01\trs001\t2\n", "x")).toThrow(/twice/);
    expect(parseLabels("challenge_id\tsolution_id\tgrade\tnote\nrc01\trs001\t2\tsame problem\n", "x").size).toBe(1);
  });
});
