import { describe, expect, it } from "vitest";
import { mrrAtK, ndcgAtK, parseQrels, recallAtK } from "./metrics";

describe("evaluation metrics", () => {
  const labels = new Map([
    ["a", 2],
    ["b", 1],
  ]);

  it("gives 1 for the ideal ranking and less for a worse one", () => {
    expect(ndcgAtK(["a", "b", "x"], labels)).toBeCloseTo(1);
    const swapped = ndcgAtK(["b", "a"], labels);
    // DCG = 1/log2(2) + 3/log2(3); IDCG = 3 + 1/log2(3)
    expect(swapped).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 6);
    expect(ndcgAtK(["x", "y"], labels)).toBe(0);
  });

  it("computes MRR and recall within the top 10", () => {
    expect(mrrAtK(["x", "b", "a"], labels)).toBe(0.5);
    expect(recallAtK(["x", "b"], labels)).toBe(0.5);
    const far = [...Array.from({ length: 10 }, (_, i) => `x${i}`), "a"];
    expect(mrrAtK(far, labels)).toBe(0);
  });

  it("parses qrels with a header and rejects bad lines", () => {
    const q = parseQrels("challenge_id\tsolution_id\tgrade\nc1\ts1\t2\nc1\ts2\t1\n");
    expect(q.get("c1")?.get("s1")).toBe(2);
    expect(() => parseQrels("c1\ts1\t2\n")).toThrow(/header/);
    expect(() => parseQrels("challenge_id\tsolution_id\tgrade\nc1\ts1\t7\n")).toThrow(/line 2/);
  });
});
