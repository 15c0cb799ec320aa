/** The judgements module's error catalogue (ADR 0021): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

/** Judging a suggested pair (judgements.server.ts): both answer with the error page. */
export const judgementErrors = defineErrors({
  /** No such public pair: its existence is not revealed. */
  notFound: { status: 404, message: "errors.notFound", page: true },
  /** Neither hub staff nor a member who speaks for one of the pair's owners. */
  forbidden: { status: 403, message: "errors.forbidden", page: true },
});
export type JudgementError = CodeOf<typeof judgementErrors>;
