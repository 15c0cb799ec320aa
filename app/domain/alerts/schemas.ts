/** The forms of /account/zoekopdrachten (messages are i18n keys). */
import { z } from "zod";
import { ALERT_FREQUENCIES, ALERT_KINDS, ALERT_QUERY_MAX } from "../../../shared/vocabulary/alerts";

const frequency = z.enum(ALERT_FREQUENCIES, { message: "alerts.errors.invalid" });
const id = z.string().uuid("alerts.errors.notFound");

export const CreateAlertSchema = z.object({
  kind: z.enum(ALERT_KINDS, { message: "alerts.errors.invalid" }),
  query: z.string().max(ALERT_QUERY_MAX, "alerts.errors.invalid").default(""),
  frequency,
});
export const FrequencySchema = z.object({ id, frequency });
export const DeleteAlertSchema = z.object({ id });
