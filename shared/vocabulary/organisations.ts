/** Organisation kinds and membership roles (DESIGN.md "Records"). */

export const ORGANISATION_KINDS = [
  "gemeente",
  "provincie",
  "waterschap",
  "rijk",
  "bedrijf",
  "kennisinstelling",
  "hub-partner",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Public bodies: they post challenges, and their members are verified by hub staff. */
export const PUBLIC_BODY_KINDS = ["gemeente", "provincie", "waterschap", "rijk"] as const;
export type PublicBodyKind = (typeof PUBLIC_BODY_KINDS)[number];

/** Organisations that offer solutions and respond to challenges. */
export const SOLUTION_PROVIDER_KINDS = ["bedrijf", "kennisinstelling"] as const;
export type SolutionProviderKind = (typeof SOLUTION_PROVIDER_KINDS)[number];

/** The CBS regions (the regions table): the public bodies that can run a solution as a deployment. */
export const REGION_KINDS = ["gemeente", "provincie"] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

const among =
  <T extends string>(list: readonly T[]) =>
  (kind: string | null | undefined): kind is T =>
    kind != null && (list as readonly string[]).includes(kind);

export const isPublicBodyKind = among(PUBLIC_BODY_KINDS);
export const isSolutionProviderKind = among(SOLUTION_PROVIDER_KINDS);
export const isRegionKind = among(REGION_KINDS);

export const MEMBERSHIP_ROLES = ["member", "admin"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
