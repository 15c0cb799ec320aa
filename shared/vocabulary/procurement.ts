/** Procurement route advice and market consultation (issue 17): the fixed choices the schema and the UI share. */

/** What is bought, as the EU thresholds distinguish it. */
export const CONTRACT_KINDS = ["supplies_services", "works", "social_services"] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/** Is a solution on the market: yes, almost (needs adapting), not yet (needs development). */
export const MARKET_READINESS = ["yes", "almost", "not_yet"] as const;
export type MarketReadiness = (typeof MARKET_READINESS)[number];

/** The routes the advice knows. */
export const ADVICE_ROUTES = [
  "market_consultation",
  "sbir",
  "pcp",
  "innovation_partnership",
  "competitive_dialogue",
  "startup_in_residence",
  "national_procedure",
  "european_procedure",
] as const;
export type AdviceRoute = (typeof ADVICE_ROUTES)[number];

/** The stages of each route, in order. */
export const ROUTE_STAGES: Record<AdviceRoute, readonly string[]> = {
  market_consultation: ["prepare", "announce", "questions", "report"],
  sbir: ["phase0", "phase1", "phase2", "phase3"],
  pcp: ["prepare", "design", "prototype", "test", "follow_up"],
  innovation_partnership: ["prepare", "selection", "negotiation", "development", "purchase"],
  competitive_dialogue: ["selection", "dialogue", "final_tender", "award"],
  startup_in_residence: ["challenge", "applications", "selection", "residency", "launch"],
  national_procedure: ["prepare", "invitation", "award", "contract"],
  european_procedure: ["prepare", "publication", "tenders", "award", "contract"],
};

/** Limits of a consultation's texts (form and check constraint). */
export const CONSULTATION_QUESTION_MAX = 2000;
export const CONSULTATION_ANSWER_MAX = 5000;
