/**
 * Form schemas shared by routes and domain modules. Error messages are translation keys, so the server and the
 * browser show the same message in either language.
 */
import { z } from "zod";
import { MEMBERSHIP_ROLES } from "../../../shared/vocabulary/organisations";

export const emailField = z
  .string({ required_error: "forms.emailInvalid" })
  .trim()
  .toLowerCase()
  .max(254, "forms.emailInvalid")
  .email("forms.emailInvalid");
/** An e-mail address that may be left empty (a draft's contact person). */
export const optionalEmailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "forms.emailInvalid")
  .refine((v) => v === "" || z.string().email().safeParse(v).success, "forms.emailInvalid");
/** Length and common-password checks happen on the server (password.server.ts), with their own messages. */
export const newPasswordField = z.string({ required_error: "password.tooShort" }).max(4096, "password.tooLong");

export const SignupSchema = z.object({
  name: z.string({ required_error: "forms.nameRequired" }).trim().min(1, "forms.nameRequired").max(100, "forms.nameTooLong"),
  email: emailField,
  password: newPasswordField,
});

export const LoginSchema = z.object({
  email: emailField,
  password: z.string({ required_error: "login.passwordRequired" }).min(1, "login.passwordRequired").max(1024, "login.passwordRequired"),
  redirectTo: z.string().optional(),
});

export const ForgotSchema = z.object({ email: emailField });
export const ResetSchema = z.object({ token: z.string().min(1).max(100), password: newPasswordField });
export const ChangePasswordSchema = z.object({
  currentPassword: z.string({ required_error: "account.currentRequired" }).min(1, "account.currentRequired").max(1024),
  password: newPasswordField,
});
export const TotpCodeSchema = z.object({
  code: z
    .string({ required_error: "totp.codeInvalid" })
    .trim()
    .regex(/^[0-9]{6}$/, "totp.codeInvalid"),
  redirectTo: z.string().optional(),
});
export const PublicBodySchema = z.object({
  cbsCode: z
    .string({ required_error: "org.bodyRequired" })
    .trim()
    .toUpperCase()
    .regex(/^(GM[0-9]{4}|PV[0-9]{2}|WS[0-9]{4}|RK[0-9]{4})$/, "org.bodyRequired"),
});
export const CompanySchema = z.object({
  kvkNumber: z
    .string({ required_error: "org.kvkInvalid" })
    .trim()
    .regex(/^[0-9]{8}$/, "org.kvkInvalid"),
  name: z.string({ required_error: "org.nameRequired" }).trim().min(2, "org.nameRequired").max(150, "org.nameRequired"),
});
export const InviteSchema = z.object({ email: emailField, role: z.enum(MEMBERSHIP_ROLES, { message: "org.roleInvalid" }) });

/** Field errors (first message per field) from a zod error, as translation keys. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    if (!out[key]) out[key] = issue.message.includes(".") ? issue.message : "forms.invalid";
  }
  return out;
}

/** Form values as strings (files and repeated keys ignored), to echo back what the user typed. */
export function formValues(form: FormData, omit: string[] = ["password", "currentPassword", "code", "token"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !omit.includes(k) && !(k in out)) out[k] = v.slice(0, 500);
  return out;
}
const memberUserId = z.string({ required_error: "members.notFound" }).trim().min(1, "members.notFound").max(100, "members.notFound");
export const RoleChangeSchema = z.object({ userId: memberUserId, role: z.enum(MEMBERSHIP_ROLES, { message: "org.roleInvalid" }) });
export const RemoveMemberSchema = z.object({ userId: memberUserId });
const organisationId = (message: string) => z.string({ required_error: message }).trim().uuid(message);
export const MembershipDecisionSchema = z.object({
  userId: memberUserId,
  organisationId: organisationId("members.notFound"),
});
/** Why hub staff reject a membership: shown to the member in the notification and its mail. */
export const REJECT_REASON_MAX = 500;
export const RejectReasonSchema = z
  .string({ required_error: "hub.reasonRequired", invalid_type_error: "hub.reasonRequired" })
  .trim()
  .min(1, "hub.reasonRequired")
  .max(REJECT_REASON_MAX, "hub.reasonTooLong");
export const MembershipRejectSchema = MembershipDecisionSchema.extend({ reason: RejectReasonSchema });
export const EmailDomainSchema = z.object({
  organisationId: organisationId("hub.organisationRequired"),
  emailDomain: z
    .string({ required_error: "hub.domainInvalid" })
    .trim()
    .toLowerCase()
    .transform((d) => d.replace(/^@/, ""))
    .pipe(z.string().max(253, "hub.domainInvalid").regex(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "hub.domainInvalid")),
});

/** An invitation to the hub team: an address and a hub role (hub admins only). */
export const HubInviteSchema = z.object({ email: emailField, role: z.enum(["hub_staff", "hub_admin"], { message: "hubTeam.roleInvalid" }) });
