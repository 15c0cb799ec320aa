/** The judgement form (pure: the component and the route share it). */
import { z } from "zod";
import { isUuid } from "../../../shared/vocabulary/ids";
import { JUDGEMENT_REASON_MAX, JUDGEMENT_VERDICTS } from "../../../shared/vocabulary/judgements";

const id = z.string().refine(isUuid, "judgements.invalid");

/** Which pair: checked first, so a caller who may not judge it hears 403/404 whatever else the form says. */
export const JudgementPairSchema = z.object({ challengeId: id, solutionId: id });

export const JudgementSchema = JudgementPairSchema.extend({
  verdict: z.enum(JUDGEMENT_VERDICTS, { errorMap: () => ({ message: "judgements.verdictRequired" }) }),
  reason: z
    .string()
    .max(JUDGEMENT_REASON_MAX, "judgements.reasonTooLong")
    .optional()
    .transform((v) => v?.trim() || null),
  redirectTo: z.string().max(2000).optional(),
  /** Set by the enhanced form: answer with data instead of a redirect (no page jump). */
  client: z.literal("1").optional(),
});
