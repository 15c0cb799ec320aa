import { describe, expect, it } from "vitest";
import { bm25Rank, tokens } from "./make-pools";

describe("real-set pooling", () => {
  it("drops Dutch and English stop words and stems in the record's language", () => {
    expect(tokens("De gemeente zoekt oplossingen voor de bomen", "nl")).toEqual(["gemeent", "zoekt", "oploss", "bom"]);
    expect(tokens("Sensors monitoring the housing", "en")).toEqual(["sensor", "monitor", "hous"]);
  });

  it("ranks by BM25, leaves out solutions without a shared term and breaks ties by id", () => {
    const solutions = [
      { id: "rs3", terms: ["heat", "map"] },
      { id: "rs1", terms: ["heat", "map"] },
      { id: "rs2", terms: ["heat", "heat", "stress", "elder"] },
      { id: "rs4", terms: ["wast", "contain"] },
    ];
    expect(bm25Rank(["heat", "stress"], solutions)).toEqual(["rs2", "rs1", "rs3"]);
  });
});
