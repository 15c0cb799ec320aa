/** The messaging modules' error catalogues (ADR 0021): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

/** Adding someone to a conversation (threads.server.ts). */
export const threadErrors = defineErrors({
  /** An unknown address and one the caller may not add get the same answer. */
  addNotAllowed: { status: 400, message: "thread.addNotAllowed", field: "email" },
  alreadyIn: { status: 400, message: "thread.alreadyIn", field: "email" },
});
export type ThreadError = CodeOf<typeof threadErrors>;

/** Reading a conversation (access.server.ts): anyone not in it gets 404, so its existence is not revealed. */
export const threadAccessErrors = defineErrors({
  not_found: { status: 404, message: "errors.notFound", page: true },
});
