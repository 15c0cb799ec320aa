/** The procurement modules' error catalogues (ADR 0021): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

/** The owner's side of a market consultation: open, answer, close (consultation.server.ts). */
export const consultationErrors = defineErrors({
  /** The caller does not speak for an organisation that owns the challenge. */
  forbidden: { status: 403, message: "consultation.errors.forbidden" },
  endsOn: { status: 400, message: "consultation.errors.endsOn" },
  notPublished: { status: 400, message: "consultation.errors.notPublished" },
  exists: { status: 400, message: "consultation.errors.exists" },
  /** No consultation on this challenge (yet): the owner's page offers to open one. */
  notFound: { status: 400, message: "consultation.errors.notFound" },
  closed: { status: 400, message: "consultation.errors.closed" },
  answer: { status: 400, message: "consultation.errors.answer" },
  /** Answered meanwhile: an answer is never changed. */
  answered: { status: 400, message: "consultation.errors.answered" },
});
export type ConsultationError = CodeOf<typeof consultationErrors>;

/** A respondent's side: register and ask (consultation.server.ts). */
export const respondentErrors = defineErrors({
  notFound: { status: 404, message: "consultation.errors.notFound" },
  notProvider: { status: 400, message: "consultation.errors.notProvider" },
  closed: { status: 400, message: "consultation.errors.closed" },
  /** An unverified member: told on the page, like the other refusals. */
  forbidden: { status: 400, message: "consultation.errors.forbidden" },
  question: { status: 400, message: "consultation.errors.question" },
  notRegistered: { status: 400, message: "consultation.errors.notRegistered" },
});
export type RespondentError = CodeOf<typeof respondentErrors>;

/** The procurement plan: stored answers and the chosen route (plan.server.ts). */
export const planErrors = defineErrors({
  /** The caller does not speak for an owner; the summary names the route, as before. */
  forbidden: { status: 403, message: "procurement.errors.route" },
  route: { status: 400, message: "procurement.errors.route", field: "route" },
  stage: { status: 400, message: "procurement.errors.stage", field: "route" },
});
export type PlanError = CodeOf<typeof planErrors>;
