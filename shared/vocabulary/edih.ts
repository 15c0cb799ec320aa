/**
 * EDIH reporting vocabulary (issue 16, ADR 0025): the Commission's four service categories, the customer categories
 * of the KPI tool, company size classes (EU SME definition plus small mid-caps), NACE sections and the six
 * dimensions of the public-sector Digital Maturity Assessment (DMA).
 */

export const SERVICE_CATEGORIES = [
  "test_before_invest",
  "support_to_find_investment",
  "skills_and_training",
  "networking_and_ecosystem",
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export const isServiceCategory = (v: unknown): v is ServiceCategory => SERVICE_CATEGORIES.includes(v as ServiceCategory);

/**
 * A service proposed by a pipeline transition waits for staff; only confirmed services count. Staff withdraw a
 * confirmed service that should not have been recorded (the row and an audit line stay; it no longer counts).
 */
export const SERVICE_STATUSES = ["proposed", "confirmed", "dismissed", "withdrawn"] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Company size classes: micro, small and medium are SMEs (Recommendation 2003/361/EC); small mid-caps < 500 staff. */
export const SIZE_CLASSES = ["micro", "small", "medium", "small_midcap", "large"] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const isSizeClass = (v: unknown): v is SizeClass => SIZE_CLASSES.includes(v as SizeClass);

/** The customer categories reported to the Commission, derived from an organisation's kind and size class. */
export const CUSTOMER_CATEGORIES = [
  "public_sector",
  "sme",
  "small_midcap",
  "large_company",
  "knowledge_institution",
  "company_unclassified",
  "other",
] as const;
export type CustomerCategory = (typeof CUSTOMER_CATEGORIES)[number];

/** NACE Rev. 2 sections (A–U). */
export const NACE_SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"] as const;
export type NaceSection = (typeof NACE_SECTIONS)[number];
export const isNaceSection = (v: unknown): v is NaceSection => NACE_SECTIONS.includes(v as NaceSection);

/** The six dimensions of the public-sector DMA, in the questionnaire's order. */
export const DMA_DIMENSIONS = [
  "digitalStrategy",
  "digitalReadiness",
  "humanCentric",
  "dataManagement",
  "interoperability",
  "greenDigitalisation",
] as const;
export type DmaDimension = (typeof DMA_DIMENSIONS)[number];

/** DMA stages: T0 before support starts, then T1, T2 … */
export const DMA_STAGE_PATTERN = "^T[0-9]{1,2}$";
export const isDmaStage = (v: unknown): v is string => typeof v === "string" && new RegExp(DMA_STAGE_PATTERN).test(v);

export const SERVICE_NOTES_MAX = 2000;
export const EVENT_TITLE_MAX = 200;

/** The match states whose transition proposes a service (the default category per state: app/domain/edih/rules.ts). */
export const MATCH_STATE_FOR_PROPOSAL = ["introduced", "in_conversation", "pilot", "adopted"] as const;
export type ProposalState = (typeof MATCH_STATE_FOR_PROPOSAL)[number];

/** Kinds of collaboration with another EDIH (a KPI of its own in the Commission's tool). */
export const COLLABORATION_TYPES = ["joint_service", "referral", "joint_event", "knowledge_exchange", "other"] as const;
export type CollaborationType = (typeof COLLABORATION_TYPES)[number];
export const EDIH_NAME_MAX = 200;
/** An id in the EU EDIH catalogue (free form there: letters, digits, dashes, dots, slashes). */
export const CATALOGUE_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._/-]{0,79}$";
export const WITHDRAW_REASON_MAX = 500;
