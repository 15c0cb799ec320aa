import { describe, expect, it } from "vitest";
import { createI18n } from "./config";
import { collapseSentenceDots } from "./sentence-dots";

describe("a sentence ending in a name that ends in a period", () => {
  it("gets one period, not two (“B.V..”)", () => {
    const nl = createI18n("nl").t;
    const en = createI18n("en").t;
    expect(nl("onboarding.next.joined", { organisation: "Warmtewijk Digitaal B.V." })).toBe("U bent aangesloten bij Warmtewijk Digitaal B.V.");
    expect(en("onboarding.next.joined", { organisation: "Warmtewijk Digitaal B.V." })).toBe("You have joined Warmtewijk Digitaal B.V.");
    expect(nl("solutionIntake.newIntro", { organisation: "Peilnet B.V." })).toMatch(/^U presenteert een oplossing namens Peilnet B\.V\. Opslaan/);
    expect(nl("onboarding.next.joined", { organisation: "Gemeente Zwolle" })).toBe("U bent aangesloten bij Gemeente Zwolle.");
  });

  it("leaves an ellipsis and periods inside words alone", () => {
    expect(collapseSentenceDots("Bezig... even geduld. B.V.. Klaar..")).toBe("Bezig... even geduld. B.V. Klaar.");
    expect(collapseSentenceDots("versie 1..3 en a.b.c")).toBe("versie 1..3 en a.b.c");
  });
});
