import type { Settings } from "meilisearch";
import { THEMES, type ThemeDefinition } from "../db/reference/themes";
import type { IndexKind } from "./client";
import { hybridFromEnv } from "./match/hybrid";

/**
 * Bilingual synonyms from the theme terms: every Dutch variant and every English variant of a
 * concept point at each other, so a Dutch query finds English texts and vice versa.
 */
export function themeSynonyms(themes: ThemeDefinition[] = THEMES): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const theme of themes) {
    for (const term of theme.terms) {
      const all = [...term.nl, ...term.en].map((t) => t.toLowerCase());
      for (const word of all) {
        const set = (synonyms[word] ??= new Set());
        for (const other of all) if (other !== word) set.add(other);
      }
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([k, v]) => [k, [...v]]));
}

const common: Settings = {
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: 2000 },
  faceting: { maxValuesPerFacet: 400 },
};

export const INDEX_SETTINGS: Record<IndexKind, Settings> = {
  challenges: {
    ...common,
    searchableAttributes: [
      "title",
      "summary",
      "themeLabels",
      "problemStatement",
      "desiredOutcome",
      "localContext",
      "affected",
      "ownerName",
      "regionNames",
    ],
    filterableAttributes: [
      "id",
      "themes",
      "status",
      "provinceCodes",
      "regionCodes",
      "procurementRoute",
      "lang",
      "ownerOrganisationId",
      "sdgs",
    ],
    sortableAttributes: ["publishedAt", "responseDeadline", "openResponseDeadline", "title"],
    displayedAttributes: ["*"],
  },
  solutions: {
    ...common,
    searchableAttributes: [
      "title",
      "summary",
      "themeLabels",
      "description",
      "organisationName",
      "deploymentNames",
    ],
    filterableAttributes: [
      "id",
      "themes",
      "maturity",
      "provinceCodes",
      "deploymentCodes",
      "targetGroups",
      "assurances",
      "lang",
      "organisationId",
      "sdgs",
    ],
    sortableAttributes: ["publishedAt", "title", "deploymentCount"],
    displayedAttributes: ["*"],
  },
};

/** The index settings, with the matcher's embedder when a deployment configures one (search/match/hybrid.ts). */
export function settingsFor(kind: IndexKind, env: Record<string, string | undefined> = process.env): Settings {
  const hybrid = hybridFromEnv(env);
  const embedders = hybrid?.settings ? { embedders: { [hybrid.embedder]: hybrid.settings } } : {};
  return { ...INDEX_SETTINGS[kind], synonyms: themeSynonyms(), ...embedders };
}
