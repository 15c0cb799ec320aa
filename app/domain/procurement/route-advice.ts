/**
 * Procurement route advice for a challenge (issue 17): from five answers of the owner to the routes that fit, each
 * with the reasons it fits, its stages and the documents it needs. Pure and deterministic, so it is tested on its
 * own and the page renders it on the server. The texts are i18n keys (`procurement.routes.<route>.*`,
 * `procurement.reasons.*`); facts and sources are in ../shared/DOMAIN.md. Guidance, not legal advice.
 */
import { thresholdCheck } from "./thresholds";
import {
  ADVICE_ROUTES,
  CONTRACT_KINDS,
  MARKET_READINESS,
  ROUTE_STAGES,
  type AdviceRoute,
  type ContractKind,
  type MarketReadiness,
} from "../../../shared/vocabulary/procurement";

export { ADVICE_ROUTES, CONTRACT_KINDS, MARKET_READINESS, ROUTE_STAGES, type AdviceRoute, type ContractKind, type MarketReadiness };

/** The documents each route needs (i18n: procurement.documents.<doc>). */
export const ROUTE_DOCUMENTS: Record<AdviceRoute, readonly string[]> = {
  market_consultation: ["consultationDocument", "priorInformationNotice", "qaLog", "consultationReport"],
  sbir: ["sbirCall", "budget", "assessmentCommittee", "phaseContracts"],
  pcp: ["pcpCall", "rdContract", "stateAidCheck", "followUpPlan"],
  innovation_partnership: ["contractNotice", "selectionCriteria", "partnershipAgreement", "ipTerms"],
  competitive_dialogue: ["descriptiveDocument", "art228Justification", "selectionCriteria", "awardCriteria"],
  startup_in_residence: ["challengeDescription", "launchingCustomerIntent", "selectionCriteria", "pilotAgreement"],
  national_procedure: ["proportionalityChoice", "invitation", "awardDecision"],
  european_procedure: ["contractNotice", "espd", "tenderDocuments", "awardDecision"],
};

export const isAdviceRoute = (v: unknown): v is AdviceRoute => typeof v === "string" && (ADVICE_ROUTES as readonly string[]).includes(v);
export const isStageOf = (route: AdviceRoute, stage: unknown): stage is string => typeof stage === "string" && ROUTE_STAGES[route].includes(stage);

export interface AdviceInput {
  /** Estimated total value in EUR, excluding VAT (of all bodies together when they buy jointly). */
  valueEur: number;
  kind: ContractKind;
  market: MarketReadiness;
  rdNeeded: boolean;
  othersInterested: boolean;
}

export interface RouteFit {
  route: AdviceRoute;
  /** i18n keys under procurement.reasons. */
  reasons: string[];
  stages: readonly string[];
  documents: readonly string[];
}

export interface Advice {
  threshold: { kind: ContractKind; amountEur: number; atOrAbove: boolean };
  routes: RouteFit[];
  /** i18n keys under procurement.notes: points that apply whatever the route. */
  notes: string[];
}

const fit = (route: AdviceRoute, reasons: string[]): RouteFit => ({ route, reasons, stages: ROUTE_STAGES[route], documents: ROUTE_DOCUMENTS[route] });

/** The routes that fit the answers, market consultation first (it prepares every other route). */
export function adviseRoutes(input: AdviceInput): Advice {
  const threshold = thresholdCheck(input.kind, input.valueEur);
  const above = threshold.atOrAbove;
  const innovative = input.market !== "yes";
  const routes: RouteFit[] = [];

  routes.push(fit("market_consultation", [innovative ? "marketUnclear" : "marketKnown", ...(above ? ["aboveNeedsCare"] : [])]));
  if (innovative && input.rdNeeded) {
    routes.push(fit("sbir", ["rdNeeded", "sbirPhases"]));
    routes.push(fit("pcp", ["rdNeeded", "pcpExempt"]));
  }
  if (innovative) routes.push(fit("innovation_partnership", [input.rdNeeded ? "developAndBuy" : "notOnMarket", ...(above ? ["euProcedure"] : [])]));
  if (input.market === "almost" || (input.market === "not_yet" && !input.rdNeeded)) routes.push(fit("competitive_dialogue", ["adaptation", "art228"]));
  if (innovative && (!above || input.othersInterested))
    routes.push(fit("startup_in_residence", [...(above ? [] : ["smallScale"]), ...(input.othersInterested ? ["bundleBodies"] : []), "intentNotPromise"]));
  if (above) routes.push(fit("european_procedure", [input.market === "yes" ? "marketReady" : "afterDevelopment", "tenderNed"]));
  else routes.push(fit("national_procedure", ["belowThreshold", ...(input.market === "yes" ? ["marketReady"] : [])]));

  const notes = ["guidanceOnly"];
  if (above) notes.push("thresholdFlag");
  if (input.othersInterested) notes.push("jointValue");
  return { threshold, routes, notes };
}
