/**
 * Shapes of the hand-written demo content. The seed script (db/seed/seed.ts) turns these into rows.
 * Everything here is fictional except the public bodies, which are referenced by their CBS code.
 */
import type {
  Assurance,
  DeploymentStatus,
  Hosting,
  Language,
  Maturity,
  PricingModel,
  ProcurementRoute,
  PublicChallengeStatus,
  SolutionProviderKind,
  TargetGroup,
} from "../../shared/vocabulary";
import type { ThemeSlug } from "../reference/themes";

export type Lang = Language;

/** Demo challenges are all public. */
export type SeedChallengeStatus = PublicChallengeStatus;

export interface SeedContact {
  /** Fictional person, e.g. "Annemiek de Vries" */
  name: string;
  /** Job title in the language of the record, e.g. "Beleidsadviseur energie" */
  role: string;
  /** Always at the reserved .example top-level domain, e.g. "a.devries@gemeente-zwolle.example" */
  email: string;
}

export interface SeedChallenge {
  /** Stable, url-safe, unique: "zwolle-warmtetransitie-wijken" */
  slug: string;
  /** CBS code of the owning public body: "GM0193" (gemeente) or "PV23" (provincie) */
  ownerCode: string;
  /** Other public bodies that co-own a joint challenge (CBS codes) */
  coOwnerCodes?: string[];
  lang: Lang;
  title: string;
  /** One or two sentences, max ~300 characters */
  summary: string;
  /** Markdown allowed (paragraphs, lists). 80-200 words. */
  problemStatement: string;
  /** The local situation: numbers, neighbourhoods, what was tried. 40-120 words. */
  localContext: string;
  /** Who is affected (residents, groups, staff). 15-60 words. */
  affected: string;
  /** 30-100 words */
  desiredOutcome: string;
  /** Measurable criteria, markdown list allowed. 20-80 words. */
  successCriteria: string;
  themes: ThemeSlug[];
  /** UN SDG numbers 1..17 */
  sdgs: number[];
  /** Euros, or null when unknown */
  budgetMin: number | null;
  budgetMax: number | null;
  /** Intent to be launching customer (not a promise) */
  launchingCustomerIntent: boolean;
  procurementRoute: ProcurementRoute;
  /** Free text, e.g. "Marktconsultatie Q1 2027, pilot vanaf september 2027" */
  timeline: string;
  /** ISO date "2027-03-31"; past dates only for closed/in_pilot/finished */
  responseDeadline: string;
  status: SeedChallengeStatus;
  /** Only for status "finished": what was piloted and what was learned (markdown, 60-150 words) */
  outcome?: string;
  contact: SeedContact;
}

export interface SeedCompany {
  /** Stable, url-safe, unique: "warmtewijzer-bv" */
  slug: string;
  /** Fictional company name */
  name: string;
  kind: SolutionProviderKind;
  /** Fictional 8-digit KvK number, unique across all companies, as a string: "71234567" */
  kvk: string;
  /** Dutch city name */
  city: string;
  /** Always at the reserved .example top-level domain: "https://warmtewijzer.example" */
  website: string;
  /** 1-3 sentences about the company, in Dutch */
  description: string;
}

export interface SeedDeployment {
  /** CBS code of the public body that uses the solution */
  code: string;
  status: DeploymentStatus;
  /** ISO date */
  since: string;
}

export interface SeedSolution {
  /** Stable, url-safe, unique */
  slug: string;
  companySlug: string;
  lang: Lang;
  title: string;
  /** One or two sentences, max ~300 characters */
  summary: string;
  /** Markdown allowed. 100-220 words: what it does, how it works, for whom, what it integrates with */
  description: string;
  themes: ThemeSlug[];
  sdgs: number[];
  maturity: Maturity;
  targetGroups: TargetGroup[];
  deployments: SeedDeployment[];
  assurances: Assurance[];
  /** SPDX id when "open-source" is among the assurances, e.g. "EUPL-1.2" */
  openSourceLicence?: string;
  hosting: Hosting;
  pricingModel: PricingModel;
  /** Always at .example */
  website: string;
  contact: SeedContact;
}
