/**
 * Live help while a challenge is being written: themes inferred from the text (the bilingual theme terms) and
 * published challenges of other public bodies that look the same ("Gemeente X zoekt hetzelfde"), from the matcher.
 */
import type { MatchExplanation } from "../../../search/match/matcher";
import { inferThemes } from "../../../search/match/text";
import type { PublicChallenge } from "../challenges/challenges.repository.server";
import { similarChallenges } from "../matching.server";

export interface DraftSuggestions {
  themes: string[];
  /** Each with what is similar (shared themes, domain terms) and the strength in words: never a bare "the same". */
  similar: { slug: string; title: string; owner: string; explanation: MatchExplanation }[];
  unavailable: boolean;
}

const MAX_TEXT = 5_000;

export async function suggestForDraft(organisationId: string, title: string, text: string): Promise<DraftSuggestions> {
  const t = title.slice(0, 300).trim();
  const body = text.slice(0, MAX_TEXT).trim();
  if (t.length + body.length < 8) return { themes: [], similar: [], unavailable: false };
  const themes = inferThemes(`${t}\n${body}`, { minHits: 1, max: 4 });
  // The matcher reads a challenge; a draft is one without an id, owner page or status yet.
  const draft = {
    id: "00000000-0000-0000-0000-000000000000",
    title: t,
    summary: body,
    problemStatement: "",
    localContext: "",
    affected: "",
    desiredOutcome: "",
    successCriteria: "",
    themes,
  } as PublicChallenge;
  const similar = await similarChallenges(draft, organisationId, 3);
  return {
    themes,
    similar: similar.results.map((r) => ({ slug: r.document.slug, title: r.document.title, owner: r.document.ownerName, explanation: r.explanation })),
    unavailable: similar.unavailable,
  };
}
