import { describe, expect, it } from "vitest";
import { applyFeedback, buildFeedback, FEEDBACK_WEIGHTS, gradePairs, toQrelsTsv, type JudgementFact, type OutcomeFact } from "./feedback";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 10, minute));
const verdict = (judgedBy: string, v: JudgementFact["verdict"], minute: number, solutionId = "s1"): JudgementFact => ({ challengeId: "c1", solutionId, judgedBy, verdict: v, at: at(minute) });
const outcome = (o: OutcomeFact["outcome"], minute: number, solutionId = "s1"): OutcomeFact => ({ challengeId: "c1", solutionId, outcome: o, at: at(minute) });

describe("gradePairs (the qrels mapping)", () => {
  it("maps verdicts to 1 / 0, counting each person's latest verdict once", () => {
    expect(gradePairs([verdict("a", "relevant", 1)], [])).toEqual([{ challengeId: "c1", solutionId: "s1", grade: 1 }]);
    // a changed their mind; b said relevant once: 1 against 1, the latest (a's) decides
    expect(gradePairs([verdict("a", "relevant", 1), verdict("b", "relevant", 2), verdict("a", "not_relevant", 3)], [])[0].grade).toBe(0);
    // two people against one: the majority, though the latest says otherwise
    expect(gradePairs([verdict("a", "not_relevant", 1), verdict("b", "not_relevant", 2), verdict("c", "relevant", 3)], [])[0].grade).toBe(0);
    expect(gradePairs([verdict("a", "relevant", 1), verdict("b", "relevant", 2), verdict("c", "not_relevant", 3)], [])[0].grade).toBe(1);
  });

  it("lets the latest pipeline outcome decide over verdicts: adopted / pilot 2, introduced 1, dismissed 0", () => {
    const judged = [verdict("a", "not_relevant", 1)];
    expect(gradePairs(judged, [outcome("introduced", 2)])[0].grade).toBe(1);
    expect(gradePairs(judged, [outcome("introduced", 2), outcome("pilot", 3)])[0].grade).toBe(2);
    expect(gradePairs([], [outcome("pilot", 3), outcome("adopted", 4)])[0].grade).toBe(2);
    expect(gradePairs([verdict("a", "relevant", 1)], [outcome("introduced", 2), outcome("dismissed", 5)])[0].grade).toBe(0);
  });

  it("writes qrels TSV with the eval's header, one pair per line, ordered", () => {
    const tsv = toQrelsTsv(gradePairs([verdict("a", "relevant", 1, "s2"), verdict("a", "not_relevant", 2, "s1")], [outcome("pilot", 3, "s3")]));
    expect(tsv).toBe("challenge_id\tsolution_id\tgrade\nc1\ts1\t0\nc1\ts2\t1\nc1\ts3\t2\n");
  });
});

describe("applyFeedback", () => {
  const texts: Record<string, string> = {
    c1: "Hittestress bij ouderen: koeltemperatuur binnenshuis meten en mantelzorgers waarschuwen tijdens een hittegolf",
    s1: "Binnentemperatuursensor die mantelzorgers waarschuwt bij hitte en hittegolf, voor ouderen thuis",
    c2: "Ouderen in portiekflats lijden tijdens een hittegolf; mantelzorgers moeten gewaarschuwd worden bij hoge binnentemperatuur",
    c3: "Zwerfafval in parken opruimen met vrijwilligers",
  };
  const idf = () => 1;
  const ranked = [
    { id: "s9", raw: 0.7 },
    { id: "s8", raw: 0.6 },
    { id: "s1", raw: 0.5 },
  ];

  it("drops pairs graded 0 for that challenge only, and that challenge for that solution", () => {
    const model = buildFeedback([{ challengeId: "c1", solutionId: "s8", grade: 0 }], (id) => texts[id], idf);
    expect(applyFeedback(ranked, { id: "c1", text: texts.c1, side: "challenge" }, model, idf).map((r) => r.id)).toEqual(["s9", "s1"]);
    expect(applyFeedback(ranked, { id: "c2", text: texts.c2, side: "challenge" }, model, idf).map((r) => r.id)).toEqual(["s9", "s8", "s1"]);
    const challenges = [{ id: "c1", raw: 1 }, { id: "c2", raw: 0.8 }];
    expect(applyFeedback(challenges, { id: "s8", text: "", side: "solution" }, model, idf).map((r) => r.id)).toEqual(["c2"]);
  });

  it("lifts the accepted solution for a record that shares the pair's terms, not for an unrelated one", () => {
    const model = buildFeedback([{ challengeId: "c1", solutionId: "s1", grade: 2 }], (id) => texts[id], idf);
    // The mechanism, with a lift large enough to reorder this small list (the default is tuned on the simulation).
    const strong = { ...FEEDBACK_WEIGHTS, boost: 0.4 };
    const similar = applyFeedback(ranked, { id: "c2", text: texts.c2, side: "challenge" }, model, idf, strong);
    expect(similar[0].id).toBe("s1");
    expect(similar[0].raw).toBeGreaterThan(0.5);
    expect(applyFeedback(ranked, { id: "c3", text: texts.c3, side: "challenge" }, model, idf, strong)).toEqual(ranked);
    expect(ranked[2]).toEqual({ id: "s1", raw: 0.5 }); // the input is not changed
  });
});
