/**
 * The challenge intake form: one shape, two strictness levels. A draft only needs a title (so an author can save
 * half-way); submitting for review needs the fields a reader and the matcher depend on. Length limits apply to both,
 * so an over-long text is refused with a message (and kept in the form), never cut off or stored half.
 * Messages are translation keys (app/i18n/areas/intake.ts).
 */
import { z } from "zod";
import { PROCUREMENT_ROUTES } from "../../../shared/vocabulary/challenges";
import { LANGUAGES } from "../../../shared/vocabulary/languages";
import { optionalEmailField } from "../auth/schemas";
import { optionalDateField } from "../form-ranges";

export const LIMITS = { title: 160, summary: 600, long: 10_000, short: 300 } as const;

const text = (max: number, message: string) => z.string().trim().max(max, message);
const long = () => text(LIMITS.long, "intake.tooLong");
const optionalInt = z
  .string()
  .trim()
  .transform((v) => v.replace(/[.\s€]/g, ""))
  // At most nine digits: always within the integer column.
  .refine((v) => v === "" || /^[0-9]{1,9}$/.test(v), "intake.budgetInvalid")
  .transform((v) => (v === "" ? null : Number(v)));
/** A real calendar date in 2000-2100 (Date.parse took 2024-02-30 and year 0, which the database refuses). */
const isoDate = optionalDateField("intake.dateInvalid");
const uuidList = z.array(z.string().uuid("intake.invalidChoice")).max(20, "intake.tooMany");

export const ChallengeDraftSchema = z
  .object({
    title: z.string().trim().min(1, "intake.titleRequired").max(LIMITS.title, "intake.titleTooLong"),
    summary: text(LIMITS.summary, "intake.summaryTooLong"),
    problemStatement: long(),
    localContext: long(),
    affected: long(),
    desiredOutcome: long(),
    successCriteria: long(),
    themes: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, "intake.invalidChoice")).max(11, "intake.tooMany"),
    sdgs: z.array(z.coerce.number().int().min(1, "intake.invalidChoice").max(17, "intake.invalidChoice")).max(17),
    regions: z.array(z.string().regex(/^(GM[0-9]{4}|PV[0-9]{2})$/, "intake.invalidChoice")).max(60, "intake.tooMany"),
    coOwners: uuidList,
    budgetMin: optionalInt,
    budgetMax: optionalInt,
    launchingCustomerIntent: z.boolean(),
    procurementRoute: z.enum(PROCUREMENT_ROUTES, { message: "intake.invalidChoice" }),
    timeline: text(LIMITS.short, "intake.shortTooLong"),
    responseDeadline: isoDate,
    contactName: text(120, "intake.shortTooLong"),
    contactRole: text(120, "intake.shortTooLong"),
    contactEmail: optionalEmailField,
    visibility: z.enum(["public", "members"], { message: "intake.invalidChoice" }),
    lang: z.enum(LANGUAGES, { message: "intake.invalidChoice" }),
  })
  .superRefine((v, ctx) => {
    if (v.budgetMin != null && v.budgetMax != null && v.budgetMax < v.budgetMin) {
      ctx.addIssue({ code: "custom", path: ["budgetMax"], message: "intake.budgetOrder" });
    }
  });

export type ChallengeInput = z.infer<typeof ChallengeDraftSchema>;

/** What a challenge needs before it can be submitted; read by both the submit schema and the form's progress. */
type Checked = Pick<ChallengeInput, "title" | "summary" | "problemStatement" | "desiredOutcome" | "themes" | "regions" | "contactName" | "contactEmail">;
export const REQUIRED_PARTS: readonly { field: keyof Checked; message: string; done: (v: Checked) => boolean }[] = [
  { field: "title", message: "intake.titleShort", done: (v) => v.title.trim().length >= 5 },
  { field: "summary", message: "intake.summaryRequired", done: (v) => v.summary.trim().length >= 20 },
  { field: "problemStatement", message: "intake.problemRequired", done: (v) => v.problemStatement.trim().length >= 20 },
  { field: "desiredOutcome", message: "intake.outcomeRequired", done: (v) => v.desiredOutcome.trim().length >= 10 },
  { field: "themes", message: "intake.themesRequired", done: (v) => v.themes.length > 0 },
  { field: "regions", message: "intake.regionsRequired", done: (v) => v.regions.length > 0 },
  { field: "contactName", message: "intake.contactNameRequired", done: (v) => v.contactName.trim().length > 0 },
  { field: "contactEmail", message: "intake.contactEmailRequired", done: (v) => v.contactEmail.trim().length > 0 },
];

/** Which required parts the values fill (the progress shown beside the form, on the server and live). */
export const completeness = (v: Checked) => REQUIRED_PARTS.map((p) => ({ field: p.field, done: p.done(v) }));

/** Complete enough to review and publish. */
export const ChallengeSubmitSchema = ChallengeDraftSchema.superRefine((v, ctx) => {
  for (const part of REQUIRED_PARTS) if (!part.done(v)) ctx.addIssue({ code: "custom", path: [part.field], message: part.message });
});

const TEXT_FIELDS = [
  "title",
  "summary",
  "problemStatement",
  "localContext",
  "affected",
  "desiredOutcome",
  "successCriteria",
  "timeline",
  "responseDeadline",
  "contactName",
  "contactRole",
  "contactEmail",
  "budgetMin",
  "budgetMax",
  "procurementRoute",
  "visibility",
  "lang",
] as const;
const LIST_FIELDS = ["themes", "sdgs", "regions", "coOwners"] as const;

/** What the form sent, as the schema's input (strings and string lists; unknown keys dropped). */
export type ChallengeFormValues = Record<(typeof TEXT_FIELDS)[number], string> &
  Record<(typeof LIST_FIELDS)[number], string[]> & { launchingCustomerIntent: boolean };

/** Read the form into plain values; these are echoed back whole when validation fails, so nothing is lost. */
export function readChallengeForm(form: FormData): ChallengeFormValues {
  const out = {} as ChallengeFormValues;
  for (const k of TEXT_FIELDS) {
    const v = form.get(k);
    (out as Record<string, string>)[k] = typeof v === "string" ? v.replace(/\r\n/g, "\n") : "";
  }
  for (const k of LIST_FIELDS) {
    const values = form.getAll(k).filter((v): v is string => typeof v === "string" && v !== "");
    out[k] = [...new Set(values)].slice(0, 200);
  }
  // "addRegion"/"addCoOwner" are the pickers for one more region or co-owner; they join the lists.
  const addRegion = form.get("addRegion");
  if (typeof addRegion === "string" && addRegion && !out.regions.includes(addRegion)) out.regions.push(addRegion);
  const addCoOwner = form.get("addCoOwner");
  if (typeof addCoOwner === "string" && addCoOwner && !out.coOwners.includes(addCoOwner)) out.coOwners.push(addCoOwner);
  out.launchingCustomerIntent = form.get("launchingCustomerIntent") === "on";
  if (!out.procurementRoute) out.procurementRoute = "onbekend";
  if (!out.visibility) out.visibility = "public";
  if (!out.lang) out.lang = "nl";
  return out;
}

/** Field errors (first message per field, translation keys) from a zod error. */
export function challengeFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    if (!out[key]) out[key] = issue.message.startsWith("intake.") || issue.message.startsWith("forms.") ? issue.message : "intake.invalidChoice";
  }
  return out;
}

export const ReviewCommentSchema = z.object({
  comment: z.string().trim().min(1, "intake.commentRequired").max(LIMITS.long, "intake.tooLong"),
});
export const OutcomeSchema = z.object({
  outcome: z.string().trim().min(1, "intake.outcomeTextRequired").max(LIMITS.long, "intake.tooLong"),
  lessonsLearned: z.string().trim().min(1, "intake.lessonsRequired").max(LIMITS.long, "intake.tooLong"),
});

/** A stored challenge as form values (the inverse of readChallengeForm). */
export function toFormValues(v: ChallengeInput): ChallengeFormValues {
  return {
    title: v.title,
    summary: v.summary,
    problemStatement: v.problemStatement,
    localContext: v.localContext,
    affected: v.affected,
    desiredOutcome: v.desiredOutcome,
    successCriteria: v.successCriteria,
    timeline: v.timeline,
    responseDeadline: v.responseDeadline ?? "",
    contactName: v.contactName,
    contactRole: v.contactRole,
    contactEmail: v.contactEmail,
    budgetMin: v.budgetMin == null ? "" : String(v.budgetMin),
    budgetMax: v.budgetMax == null ? "" : String(v.budgetMax),
    procurementRoute: v.procurementRoute,
    visibility: v.visibility,
    lang: v.lang,
    themes: v.themes,
    sdgs: v.sdgs.map(String),
    regions: v.regions,
    coOwners: v.coOwners,
    launchingCustomerIntent: v.launchingCustomerIntent,
  };
}
