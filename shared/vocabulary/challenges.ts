/** The challenge lifecycle and its fixed choices (DESIGN.md "Records", "Lifecycles"). */

export const CHALLENGE_STATUSES = [
  "draft",
  "submitted",
  "changes_requested",
  "published",
  "closed",
  "in_pilot",
  "finished",
  "withdrawn",
  "rejected",
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];
/** Statuses in which a challenge is public and indexed. */
export const PUBLIC_CHALLENGE_STATUSES = ["published", "closed", "in_pilot", "finished"] as const;
export type PublicChallengeStatus = (typeof PUBLIC_CHALLENGE_STATUSES)[number];
export const isPublicChallengeStatus = (status: string): status is PublicChallengeStatus =>
  (PUBLIC_CHALLENGE_STATUSES as readonly string[]).includes(status);

/** How parties reach each other about a challenge: through the hub, or directly. */
export const CONTACT_MODES = ["via_staff", "direct"] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

export const PROCUREMENT_ROUTES = [
  "marktconsultatie",
  "sbir",
  "innovatiepartnerschap",
  "pcp",
  "onderhandse-gunning",
  "onbekend",
] as const;
export type ProcurementRoute = (typeof PROCUREMENT_ROUTES)[number];
