/** The EDIH modules' error catalogues (ADR 0021): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

/** Service records: adding one, an event with several, and deciding a proposal (services.repository.server.ts). */
export const serviceErrors = defineErrors({
  customerNotRegistered: { status: 400, message: "edih.errors.customerNotRegistered" },
  partnerInvalid: { status: 400, message: "edih.errors.partnerInvalid" },
  theme: { status: 400, message: "edih.errors.theme" },
  participantsRequired: { status: 400, message: "edih.errors.participantsRequired" },
  notFound: { status: 404, message: "edih.errors.notFound" },
  /** Staff decided the proposal meanwhile. */
  alreadyDecided: { status: 409, message: "edih.errors.alreadyDecided" },
});
export type ServiceError = CodeOf<typeof serviceErrors>;

/** Digital Maturity Assessments and the report profile (dma.server.ts). */
export const dmaErrors = defineErrors({
  customerNotRegistered: { status: 400, message: "edih.errors.customerNotRegistered" },
  stageTaken: { status: 400, message: "edih.errors.stageTaken" },
  t0Required: { status: 400, message: "edih.errors.t0Required" },
  municipalityUnknown: { status: 400, message: "edih.errors.municipalityUnknown" },
});
export type DmaError = CodeOf<typeof dmaErrors>;

/** Correcting or withdrawing a confirmed service (corrections.server.ts). */
export const correctionErrors = defineErrors({
  notFound: { status: 404, message: "edih.errors.notFound" },
  /** Only a confirmed service is corrected or withdrawn. */
  notConfirmed: { status: 409, message: "edih.errors.notConfirmed" },
  partnerInvalid: { status: 400, message: "edih.errors.partnerInvalid" },
  theme: { status: 400, message: "edih.errors.theme" },
});
export type CorrectionError = CodeOf<typeof correctionErrors>;

/** A collaboration with another EDIH names a confirmed service or an event (collaborations.server.ts). */
export const collaborationErrors = defineErrors({
  serviceUnknown: { status: 400, message: "edih.errors.serviceUnknown", field: "serviceId" },
  eventUnknown: { status: 400, message: "edih.errors.eventUnknown", field: "eventId" },
});
export type CollaborationError = CodeOf<typeof collaborationErrors>;
