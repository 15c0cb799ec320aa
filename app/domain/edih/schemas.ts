/** Form schemas of the EDIH pages. Messages are translation keys (app/i18n/areas/edih.ts). */
import { z } from "zod";
import {
  CATALOGUE_ID_PATTERN,
  COLLABORATION_TYPES,
  DMA_DIMENSIONS,
  EDIH_NAME_MAX,
  EVENT_TITLE_MAX,
  NACE_SECTIONS,
  SERVICE_CATEGORIES,
  SERVICE_NOTES_MAX,
  WITHDRAW_REASON_MAX,
  isDmaStage,
} from "../../../shared/vocabulary/edih";
import { isCalendarDate, parseWholeNumber } from "../form-ranges";

const uuid = (message: string) => z.string({ required_error: message }).trim().uuid(message);
const category = z.enum(SERVICE_CATEGORIES, { message: "edih.errors.category" });
const requiredDate = (message: string) => z.string({ required_error: message }).trim().refine(isCalendarDate, message);
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);
/** An optional whole amount (digits only, "" is none) up to `max`. */
const optionalWhole = (max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || parseWholeNumber(v, 0, max) !== null, message)
    .transform((v) => (v ? Number(v) : null));
const theme = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^[a-z0-9-]{1,80}$/.test(v), "edih.errors.theme")
  .transform((v) => v || null);
const MONEY_MAX = 9_999_999_999;

export const ServiceSchema = z.object({
  customerOrganisationId: uuid("edih.errors.customer"),
  category,
  serviceDate: requiredDate("edih.errors.date"),
  themeSlug: theme,
  partnerOrganisationId: uuid("edih.errors.partner"),
  investmentEur: optionalWhole(MONEY_MAX, "edih.errors.investment"),
  notes: optionalText(SERVICE_NOTES_MAX, "edih.errors.notes"),
});

export const EventSchema = z.object({
  title: z.string({ required_error: "edih.errors.title" }).trim().min(1, "edih.errors.title").max(EVENT_TITLE_MAX, "edih.errors.title"),
  category,
  eventDate: requiredDate("edih.errors.date"),
  themeSlug: theme,
  partnerOrganisationId: uuid("edih.errors.partner"),
  participantIds: z.array(z.string().trim().uuid("edih.errors.participants")).min(1, "edih.errors.participants").max(500, "edih.errors.participants"),
  notes: optionalText(SERVICE_NOTES_MAX, "edih.errors.notes"),
});

export const DecisionSchema = z.object({
  serviceId: uuid("edih.errors.notFound"),
  decision: z.enum(["confirm", "dismiss"], { message: "forms.invalid" }),
  category: category.optional(),
  partnerOrganisationId: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || z.string().uuid().safeParse(v).success, "edih.errors.partner")
    .transform((v) => v || null),
  investmentEur: optionalWhole(MONEY_MAX, "edih.errors.investment"),
});

/** An optional UUID ("" is none). */
const optionalUuid = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || z.string().uuid().safeParse(v).success, message)
    .transform((v) => v || null);

/** A confirmed service's fields as staff correct them (the customer stays: withdraw and add another instead). */
export const ServiceEditSchema = ServiceSchema.omit({ customerOrganisationId: true }).extend({ serviceId: uuid("edih.errors.notFound") });

export const WithdrawSchema = z.object({
  serviceId: uuid("edih.errors.notFound"),
  reason: z.string({ required_error: "edih.errors.withdrawReason" }).trim().min(1, "edih.errors.withdrawReason").max(WITHDRAW_REASON_MAX, "edih.errors.withdrawReason"),
});

export const CollaborationSchema = z.object({
  partnerEdihName: z.string({ required_error: "edih.errors.partnerEdihName" }).trim().min(1, "edih.errors.partnerEdihName").max(EDIH_NAME_MAX, "edih.errors.partnerEdihName"),
  catalogueId: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || new RegExp(CATALOGUE_ID_PATTERN).test(v), "edih.errors.catalogueId")
    .transform((v) => v || null),
  collaborationDate: requiredDate("edih.errors.date"),
  type: z.enum(COLLABORATION_TYPES, { message: "edih.errors.collaborationType" }),
  serviceId: optionalUuid("edih.errors.serviceUnknown"),
  eventId: optionalUuid("edih.errors.eventUnknown"),
  notes: optionalText(SERVICE_NOTES_MAX, "edih.errors.notes"),
});

/** A score 0–100 with at most two decimals; a comma works as the decimal mark. */
const score = z
  .string({ required_error: "edih.errors.score" })
  .trim()
  .transform((v) => v.replace(",", "."))
  .refine((v) => /^\d{1,3}(\.\d{1,2})?$/.test(v) && Number(v) <= 100, "edih.errors.score")
  .transform(Number);

export const AssessmentSchema = z.object({
  organisationId: uuid("edih.errors.customer"),
  stage: z.string({ required_error: "edih.errors.stage" }).trim().toUpperCase().refine(isDmaStage, "edih.errors.stage"),
  assessedOn: requiredDate("edih.errors.date"),
  ...(Object.fromEntries(DMA_DIMENSIONS.map((d) => [d, score])) as Record<(typeof DMA_DIMENSIONS)[number], typeof score>),
  overall: score,
  externalReference: optionalText(200, "edih.errors.reference"),
});

export const ProfileSchema = z.object({
  organisationId: uuid("edih.errors.customer"),
  employees: optionalWhole(10_000_000, "edih.errors.employees"),
  turnoverEur: optionalWhole(MONEY_MAX, "edih.errors.money"),
  balanceSheetEur: optionalWhole(MONEY_MAX, "edih.errors.money"),
  naceSection: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (NACE_SECTIONS as readonly string[]).includes(v), "edih.errors.nace")
    .transform((v) => (v ? (v as (typeof NACE_SECTIONS)[number]) : null)),
  municipalityCode: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^GM[0-9]{4}$/.test(v), "edih.errors.municipality")
    .transform((v) => v || null),
});
