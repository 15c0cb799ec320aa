/** Form schemas of the messaging pages (shared by the server actions and their tests). */
import { z } from "zod";
import { MESSAGE_MAX } from "../../../shared/vocabulary/limits";
import { emailField } from "../auth/schemas";

/** The idempotency key comes from the page (one per render): a double submit of the same form posts once. */
export const ReplySchema = z.object({
  body: z
    .string({ required_error: "thread.bodyRequired" })
    .trim()
    .min(1, "thread.bodyRequired")
    .max(MESSAGE_MAX, "thread.bodyTooLong"),
  idempotencyKey: z.string().trim().min(8, "forms.invalid").max(100, "forms.invalid"),
});

export const AddParticipantSchema = z.object({ email: emailField });
