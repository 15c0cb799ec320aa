/**
 * The solution intake form: how a posted form becomes values (kept as typed, to echo back) and how those values
 * are validated. A draft only needs a title; submitting for review (and saving a published solution) needs a
 * complete record. Messages are translation keys (app/i18n/areas/solution-intake.ts).
 */
import { z } from "zod";
import { LANGUAGES } from "../../../shared/vocabulary/languages";
import { ASSURANCES, DEPLOYMENT_STATUSES, HOSTINGS, MATURITIES, PRICING_MODELS, TARGET_GROUPS } from "../../../shared/vocabulary/solutions";
import { optionalEmailField } from "../auth/schemas";
import { INT4_MAX, optionalDateField, wholeNumberField } from "../form-ranges";

/** Statuses in which the owner may still change the record. */
export const EDITABLE: readonly string[] = ["draft", "changes_requested", "submitted", "published"];

export const LIMITS = { title: 150, summary: 500, description: 20000, short: 100, licence: 100, website: 500, deployments: 50 } as const;

export interface DeploymentValues {
  code: string;
  status: string;
  since: string;
}

/** What the user typed, as strings and string lists (also what the form renders from). */
export interface SolutionFormValues {
  title: string;
  summary: string;
  description: string;
  themes: string[];
  sdgs: string[];
  maturity: string;
  targetGroups: string[];
  assurances: string[];
  openSourceLicence: string;
  hosting: string;
  pricingModel: string;
  website: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  lang: string;
  deployments: DeploymentValues[];
}

export const emptySolutionValues = (): SolutionFormValues => ({
  title: "",
  summary: "",
  description: "",
  themes: [],
  sdgs: [],
  maturity: "idee",
  targetGroups: [],
  assurances: [],
  openSourceLicence: "",
  hosting: "",
  pricingModel: "",
  website: "",
  contactName: "",
  contactRole: "",
  contactEmail: "",
  lang: "nl",
  deployments: [],
});

const str = (form: FormData, key: string, max = 25000) => {
  const v = form.get(key);
  return typeof v === "string" ? v.slice(0, max) : "";
};
const list = (form: FormData, key: string) =>
  form
    .getAll(key)
    .filter((v): v is string => typeof v === "string")
    .slice(0, 60)
    .map((v) => v.slice(0, 100));

/** The posted form as values. Deployment rows arrive as parallel lists (depCode, depStatus, depSince). */
export function readSolutionForm(form: FormData): SolutionFormValues {
  const codes = list(form, "depCode");
  const statuses = list(form, "depStatus");
  const sinces = list(form, "depSince");
  return {
    title: str(form, "title"),
    summary: str(form, "summary"),
    description: str(form, "description", 40000),
    themes: list(form, "themes"),
    sdgs: list(form, "sdgs"),
    maturity: str(form, "maturity", 100) || "idee",
    targetGroups: list(form, "targetGroups"),
    assurances: list(form, "assurances"),
    openSourceLicence: str(form, "openSourceLicence"),
    hosting: str(form, "hosting", 100),
    pricingModel: str(form, "pricingModel", 100),
    website: str(form, "website", 2000),
    contactName: str(form, "contactName"),
    contactRole: str(form, "contactRole"),
    contactEmail: str(form, "contactEmail"),
    lang: str(form, "lang", 10) || "nl",
    deployments: codes.map((code, i) => ({ code, status: statuses[i] ?? "", since: sinces[i] ?? "" })),
  };
}

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(""), z.enum(values)], { errorMap: () => ({ message: "forms.invalid" }) })
    .transform((v) => (v === "" ? null : v));

/** http(s) only: a javascript: or data: URL is refused here, and the renderer drops it again anyway. */
export const websiteField = z
  .string()
  .trim()
  .max(LIMITS.website, "solutionIntake.errors.websiteTooLong")
  .refine((v) => {
    if (v === "") return true;
    try {
      const url = new URL(v);
      return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname && !/\s/.test(v);
    } catch {
      return false;
    }
  }, "solutionIntake.errors.websiteInvalid")
  .transform((v) => (v === "" ? null : v));

const deployment = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(GM[0-9]{4}|PV[0-9]{2})$/, "solutionIntake.errors.deploymentCode"),
  status: z.enum(DEPLOYMENT_STATUSES, { errorMap: () => ({ message: "solutionIntake.errors.deploymentStatus" }) }),
  since: optionalDateField("solutionIntake.errors.deploymentSince"),
});

const base = z.object({
  title: z.string().trim().min(1, "solutionIntake.errors.titleRequired").max(LIMITS.title, "solutionIntake.errors.titleTooLong"),
  summary: text(LIMITS.summary, "solutionIntake.errors.summaryTooLong"),
  description: text(LIMITS.description, "solutionIntake.errors.descriptionTooLong"),
  themes: z.array(z.string().max(100)).max(20),
  sdgs: z
    .array(z.coerce.number({ message: "forms.invalid" }).int("forms.invalid").min(1, "forms.invalid").max(17, "forms.invalid"))
    .max(17)
    .transform((v) => [...new Set(v)].sort((a, b) => a - b)),
  maturity: z.enum(MATURITIES, { errorMap: () => ({ message: "forms.invalid" }) }),
  targetGroups: z.array(z.enum(TARGET_GROUPS, { errorMap: () => ({ message: "forms.invalid" }) })).transform((v) => [...new Set(v)]),
  assurances: z.array(z.enum(ASSURANCES, { errorMap: () => ({ message: "forms.invalid" }) })).transform((v) => [...new Set(v)]),
  openSourceLicence: text(LIMITS.licence, "solutionIntake.errors.licenceTooLong"),
  hosting: optionalEnum(HOSTINGS),
  pricingModel: optionalEnum(PRICING_MODELS),
  website: websiteField,
  contactName: text(LIMITS.short, "solutionIntake.errors.contactNameTooLong"),
  contactRole: text(LIMITS.short, "solutionIntake.errors.contactRoleTooLong"),
  contactEmail: optionalEmailField,
  lang: z.enum(LANGUAGES, { errorMap: () => ({ message: "forms.invalid" }) }),
  deployments: z.array(deployment).max(LIMITS.deployments, "solutionIntake.errors.tooManyDeployments"),
});

export const DraftSolutionSchema = base.superRefine((v, ctx) => {
  const seen = new Set<string>();
  v.deployments.forEach((d, i) => {
    if (seen.has(d.code)) ctx.addIssue({ code: "custom", path: ["deployments", i, "code"], message: "solutionIntake.errors.deploymentDuplicate" });
    seen.add(d.code);
  });
});

/** Complete enough for review and for the public page. */
export const CompleteSolutionSchema = DraftSolutionSchema.superRefine((v, ctx) => {
  const need = (ok: boolean, field: string, message: string) => ok || ctx.addIssue({ code: "custom", path: [field], message });
  need(v.summary.length > 0, "summary", "solutionIntake.errors.summaryRequired");
  need(v.description.length > 0, "description", "solutionIntake.errors.descriptionRequired");
  need(v.themes.length > 0, "themes", "solutionIntake.errors.themesRequired");
  need(v.targetGroups.length > 0, "targetGroups", "solutionIntake.errors.targetGroupsRequired");
  need(v.contactName.length > 0, "contactName", "solutionIntake.errors.contactNameRequired");
  need(v.contactEmail.length > 0, "contactEmail", "forms.emailInvalid");
  need(!v.assurances.includes("open-source") || v.openSourceLicence.length > 0, "openSourceLicence", "solutionIntake.errors.licenceRequired");
});

export type ValidSolution = z.output<typeof DraftSolutionSchema>;

/** Field errors keyed as the form names them: deployment rows as `dep-<i>-<field>`. */
export function solutionErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const [first, index, field] = issue.path;
    const key = first === "deployments" && typeof index === "number" ? `dep-${index}-${String(field ?? "code")}` : String(first ?? "form");
    if (!out[key]) out[key] = issue.message.includes(".") ? issue.message : "forms.invalid";
  }
  return out;
}

/**
 * The schema's part of the check on a posted form, as the server runs it: complete rules for "submit" (and always
 * when `complete`, i.e. a submitted or published record), draft rules otherwise; the row editor's buttons are not
 * checked. The browser runs it before posting (shared validation); the server adds the database checks.
 */
export function solutionFormErrors(form: FormData, complete: boolean): Record<string, string> {
  const intent = String(form.get("intent") ?? "save");
  if (applyRowIntent(intent, emptySolutionValues())) return {};
  const parsed = (complete || intent === "submit" ? CompleteSolutionSchema : DraftSolutionSchema).safeParse(readSolutionForm(form));
  return parsed.success ? {} : solutionErrors(parsed.error);
}

/** The version the reviewer saw: a whole number that fits the integer column. */
const reviewedVersion = wholeNumberField(1, INT4_MAX, "forms.invalid");

/** Review decisions of hub staff. */
export const ReviewSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish"), version: reviewedVersion, comment: z.string().optional() }),
  z.object({
    intent: z.literal("request_changes"),
    version: reviewedVersion,
    comment: z.string().trim().min(1, "solutionReview.errors.commentRequired").max(2000, "solutionReview.errors.commentTooLong"),
  }),
  z.object({
    intent: z.literal("reject"),
    version: reviewedVersion,
    comment: z.string().trim().min(1, "solutionReview.errors.reasonRequired").max(2000, "solutionReview.errors.commentTooLong"),
  }),
]);

export const DeploymentDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), deploymentId: z.string().uuid("forms.invalid") }),
  z.object({
    intent: z.literal("dispute"),
    deploymentId: z.string().uuid("forms.invalid"),
    reason: z.string().trim().min(1, "deploymentConfirm.errors.reasonRequired").max(1000, "deploymentConfirm.errors.reasonTooLong"),
  }),
]);

/**
 * The no-JavaScript row editor: "add-deployment" appends an empty row, "remove-deployment-N" drops row N.
 * Returns the values to render again, or null when the intent is not a row edit.
 */
export function applyRowIntent(intent: string, values: SolutionFormValues): SolutionFormValues | null {
  if (intent === "add-deployment") {
    if (values.deployments.length >= LIMITS.deployments) return values;
    return { ...values, deployments: [...values.deployments, { code: "", status: "active", since: "" }] };
  }
  const m = /^remove-deployment-(\d{1,3})$/.exec(intent);
  if (m) return { ...values, deployments: values.deployments.filter((_, i) => i !== Number(m[1])) };
  return null;
}
