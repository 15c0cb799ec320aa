/** The organisation modules' error catalogues (ADR 0021): code → HTTP status → message. */
import { defineErrors, type CodeOf } from "../errors";

/** Managing members and inviting (members.server.ts, invites.server.ts). */
export const memberErrors = defineErrors({
  /** An unverified member does not manage the body's members (ADR 0015). */
  needsVerification: { status: 400, message: "members.needsVerification", field: "member" },
  notFound: { status: 400, message: "members.notFound", field: "member" },
  /** The change would leave the organisation without an admin. */
  lastAdmin: { status: 400, message: "members.lastAdmin", field: "member" },
  alreadyMember: { status: 400, message: "members.alreadyMember", field: "email" },
});
export type MemberError = CodeOf<typeof memberErrors>;

/** Accepting an invitation (invites.server.ts). */
export const inviteErrors = defineErrors({
  invalid: { status: 400, message: "invite.invalid" },
  /** The link was sent to another address than the signed-in account's. */
  otherAddress: { status: 400, message: "invite.otherAddress" },
});
export type InviteError = CodeOf<typeof inviteErrors>;

/** Joining or registering an organisation (membership.server.ts). */
export const organisationErrors = defineErrors({
  bodyRequired: { status: 400, message: "org.bodyRequired", field: "cbsCode" },
  alreadyMember: { status: 400, message: "org.alreadyMember", field: "cbsCode" },
  kvkTaken: { status: 400, message: "org.kvkTaken", field: "kvkNumber" },
});
export type OrganisationError = CodeOf<typeof organisationErrors>;
