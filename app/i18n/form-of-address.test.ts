/**
 * One form of address in Dutch: "u" (docs/decisions/0020-form-of-address.md). Fails on any informal pronoun in
 * the Dutch resources (app/i18n/nl.ts with every area's Dutch half: pages, mail, notifications) and in the Dutch
 * introduction template that brokers send. English is not checked.
 */
import { describe, expect, it } from "vitest";
import { introductionText } from "../domain/brokering/introduce.server";
import { nl } from "./nl";

/** je, jij, jou, jouw, jouwe, jezelf, jullie as whole words (Unicode letters count as word characters). */
const INFORMAL = /(?<![\p{L}\p{N}])(je|jij|jou|jouw|jouwe|jezelf|jullie)(?![\p{L}\p{N}])/giu;

function informalWords(text: string): string[] {
  return [...text.matchAll(INFORMAL)].map((m) => m[0]);
}

function leaves(obj: object, prefix = ""): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`)));
}

describe("form of address", () => {
  it("detects the informal pronouns as words only", () => {
    expect(informalWords("Vul je naam in. Heb jij het? Jouw organisatie, JULLIE en jezelf, van jou")).toEqual(["je", "jij", "Jouw", "JULLIE", "jezelf", "jou"]);
    expect(informalWords("Jeugdzorg, lijstjes, projecten, meisje, beëindigd, hé-je-weet")).toEqual(["je"]);
    expect(informalWords("U kunt uw gegevens downloaden.")).toEqual([]);
  });

  it("addresses the reader with u in every Dutch string", () => {
    const offending = leaves(nl)
      .map(([key, text]) => [key, informalWords(text)] as const)
      .filter(([, words]) => words.length > 0)
      .map(([key, words]) => `${key}: ${words.join(", ")}`);
    expect(offending).toEqual([]);
  });

  it("uses u in the Dutch introduction template", () => {
    const facts = {
      challengeTitle: "Koele routes",
      solutionTitle: "CoolRoutes",
      ownerOrganisation: "Gemeente Zwolle",
      providerOrganisation: "Voorbeeld B.V.",
      owners: [{ name: "An" }],
      providers: [{ name: "Bo" }],
    } as unknown as Parameters<typeof introductionText>[0];
    expect(informalWords(introductionText(facts, "nl", "Sanne"))).toEqual([]);
  });
});
