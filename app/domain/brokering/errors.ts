/** The brokering modules' error catalogues (ADR 0021): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

/** A match's state change (transitions.server.ts) and the introduction that makes one (introduce.server.ts). */
export const transitionErrors = defineErrors({
  notFound: { status: 404, message: "brokering.errors.notFound" },
  /** The match moved meanwhile; the failure carries the state it is in now. */
  conflict: { status: 409, message: "brokering.errors.conflict" },
  /** Not a step the state machine allows from the current state. */
  forbidden: { status: 409, message: "brokering.errors.forbidden" },
  closedReasonRequired: { status: 409, message: "brokering.errors.closedReasonRequired" },
  noParties: { status: 409, message: "brokering.errors.noParties" },
});
export type TransitionError = CodeOf<typeof transitionErrors>;

/** Hub staff's bookkeeping on a match (manage.server.ts). */
export const manageErrors = defineErrors({
  notFound: { status: 404, message: "brokering.errors.notFound" },
  brokerInvalid: { status: 400, message: "brokering.brokerInvalid", field: "brokerUserId" },
});
export type ManageError = CodeOf<typeof manageErrors>;

/** Responses, interest and staff suggestions that create a match (respond.server.ts). */
export const respondErrors = defineErrors({
  /** The caller may not speak for this organisation or this challenge: the error page. */
  forbidden: { status: 403, message: "errors.forbidden", page: true },
  notFound: { status: 400, message: "brokering.challengeRequired", field: "challengeId" },
  solutionInvalid: { status: 400, message: "brokering.solutionInvalid", field: "solutionId" },
  closedForResponses: { status: 400, message: "brokering.closedForResponses" },
});
export type RespondError = CodeOf<typeof respondErrors>;
