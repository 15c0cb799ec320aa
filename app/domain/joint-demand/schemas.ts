/** The "wij ook" form: an expected volume (a whole number and what it counts) and a note. Messages are i18n keys. */
import { z } from "zod";
import { JOINT_NOTE_MAX, VOLUME_MAX, VOLUME_UNITS } from "../../../shared/vocabulary/joint-demand";

export const JoinSchema = z.object({
  volume: z
    .string({ required_error: "jointDemand.errors.volume" })
    .trim()
    .regex(/^\d{1,9}$/, "jointDemand.errors.volume")
    .transform(Number)
    .refine((n) => n >= 1 && n <= VOLUME_MAX, "jointDemand.errors.volume"),
  unit: z.enum(VOLUME_UNITS, { message: "jointDemand.errors.unit" }),
  note: z
    .string()
    .optional()
    .transform((s) => (s ?? "").replace(/\r\n/g, "\n").trim())
    .refine((s) => [...s].length <= JOINT_NOTE_MAX, "jointDemand.errors.note"),
});
export type JoinInput = z.infer<typeof JoinSchema>;
