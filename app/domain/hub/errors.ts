/** Hub staff's verification of members and e-mail domains (verification.server.ts): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

export const verificationErrors = defineErrors({
  reasonRequired: { status: 400, message: "hub.reasonRequired", field: "reason" },
  reasonTooLong: { status: 400, message: "hub.reasonTooLong", field: "reason" },
  /** Decided meanwhile by someone else, or the member left. */
  notPending: { status: 400, message: "hub.notPending", field: "member" },
  organisationRequired: { status: 400, message: "hub.organisationRequired", field: "organisationId" },
  domainTaken: { status: 400, message: "hub.domainTaken", field: "emailDomain" },
});
export type VerificationError = CodeOf<typeof verificationErrors>;
