/** The request guards' catalogue (access.server.ts): what stops a request before any domain code runs. */
import { defineErrors, type CodeOf } from "../errors";

export const accessErrors = defineErrors({
  /** An anonymous POST (an anonymous GET is sent to the login page instead). */
  unauthorized: { status: 401, message: "errors.forbidden", page: true },
  forbidden: { status: 403, message: "errors.forbidden", page: true },
});
export type AccessError = CodeOf<typeof accessErrors>;
