/** The solution lifecycle and its fixed choices (DESIGN.md "Records", "Lifecycles"). */
import { PUBLIC_BODY_KINDS } from "./organisations";

export const SOLUTION_STATUSES = ["draft", "submitted", "changes_requested", "published", "archived", "rejected"] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];
export const MATURITIES = ["idee", "prototype", "pilot", "bewezen", "opgeschaald"] as const;
export type Maturity = (typeof MATURITIES)[number];
/** Who a solution is for: the kinds of public body. */
export const TARGET_GROUPS = PUBLIC_BODY_KINDS;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const ASSURANCES = ["common-ground", "wcag", "avg", "bio", "open-source"] as const;
export type Assurance = (typeof ASSURANCES)[number];
export const HOSTINGS = ["saas-eu", "saas-nl", "on-premise", "hybride"] as const;
export type Hosting = (typeof HOSTINGS)[number];
export const PRICING_MODELS = ["abonnement", "licentie", "per-inwoner", "projectprijs", "gratis", "op-aanvraag"] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];
/** A deployment: a public body that runs the solution now, plans to, or did. */
export const DEPLOYMENT_STATUSES = ["active", "planned", "ended"] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];
