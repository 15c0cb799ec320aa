/**
 * The EU procurement thresholds for sub-central contracting authorities (municipalities, provinces, water boards):
 * the one place the amounts, their validity and their source live. The EU revises them every two years; after
 * `validUntil` the advice says that the figures need checking (see `thresholdsCurrent`). Pure: the UI imports it.
 */

import type { ContractKind } from "../../../shared/vocabulary/procurement";

export const EU_THRESHOLDS = {
  /** EUR, excluding VAT, estimated total value of the contract. */
  amounts: { supplies_services: 216_000, works: 5_404_000, social_services: 750_000 } satisfies Record<ContractKind, number>,
  validFrom: "2026-01-01",
  validUntil: "2027-12-31",
  source: "Gedelegeerde Verordening (EU) 2025/2152",
  sourceUrl: "http://data.europa.eu/eli/reg_del/2025/2152/oj",
} as const;

/** Whether `date` (YYYY-MM-DD) falls in the period the thresholds above apply to. */
export const thresholdsCurrent = (date: string) => date >= EU_THRESHOLDS.validFrom && date <= EU_THRESHOLDS.validUntil;

/** The threshold for a kind of contract, and whether a value is at or above it (at counts: the rule is "equal to or greater"). */
export function thresholdCheck(kind: ContractKind, valueEur: number) {
  const amountEur = EU_THRESHOLDS.amounts[kind];
  return { kind, amountEur, atOrAbove: valueEur >= amountEur };
}

/** Guidance pages of PIANOo (the Dutch public procurement expertise centre) that the advice links to. */
export const PIANOO_LINKS = {
  home: "https://www.pianoo.nl/nl",
  innovation: "https://www.pianoo.nl/nl/themas/innovatiegericht-inkopen",
  pcp: "https://www.pianoo.nl/nl/themas/innovatiegericht-inkopen/aan-slag-met-innovatiegericht-inkopen/verschil-precommercieel-inkopen-innovatiesubsidies",
  euProcedures: "https://www.pianoo.nl/nl/inkoopproces/fase-1-voorbereiden/mogelijke-procedures/europese-specifieke-procedures",
} as const;
