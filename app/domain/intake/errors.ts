/** The intake modules' error catalogues (ADR 0021): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

/** A challenge's save and status changes (challenge-intake.server.ts, challenge-lifecycle.server.ts). */
export const challengeErrors = defineErrors({
  notFound: { status: 404, message: "intake.notFound" },
  /** The status changed meanwhile: the step no longer applies. */
  stale: { status: 409, message: "intake.stale" },
  notEditable: { status: 409, message: "intake.notEditable" },
  /** An unverified member may not speak for the body (ADR 0015). */
  needsVerification: { status: 403, message: "intake.needsVerification" },
});
export type ChallengeError = CodeOf<typeof challengeErrors>;

/** Hub staff's review of a solution (solution-review.server.ts). */
export const solutionReviewErrors = defineErrors({
  notFound: { status: 404, message: "errors.notFound", page: true },
  /** Decided on an older version, or another reviewer was quicker. */
  stale: { status: 409, message: "solutionReview.errors.stale" },
});
export type SolutionReviewError = CodeOf<typeof solutionReviewErrors>;

/** A public body's answer to a deployment that names it (deployment-confirm.server.ts). */
export const deploymentErrors = defineErrors({
  notFound: { status: 404, message: "errors.notFound", page: true },
  /** The member may not speak for the body (not verified, ADR 0015). */
  forbidden: { status: 403, message: "errors.forbidden", page: true },
});
export type DeploymentError = CodeOf<typeof deploymentErrors>;

/** A company's solution: create, edit, archive (solution-intake.server.ts). */
export const solutionErrors = defineErrors({
  notFound: { status: 404, message: "errors.notFound", page: true },
  /** The form has field errors; the failure carries them in `errors`. */
  invalid: { status: 400, message: "forms.invalid" },
  notEditable: { status: 400, message: "solutionIntake.errors.notEditable" },
  notPublished: { status: 400, message: "solutionIntake.errors.notPublished" },
  /** Someone saved in between; the failure carries the current version. */
  conflict: { status: 409, message: "solutionIntake.errors.conflict" },
});
export type SolutionError = CodeOf<typeof solutionErrors>;
