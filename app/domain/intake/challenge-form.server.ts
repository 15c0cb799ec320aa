/** Reading and checking the challenge form in the new and edit routes (the same rules for both). */
import { ChallengeDraftSchema, ChallengeSubmitSchema, challengeFieldErrors, readChallengeForm, type ChallengeFormValues, type ChallengeInput } from "./challenge-schema";
import { checkReferences } from "./challenge-intake.server";

export type IntakeIntent = "save" | "submit" | "suggest";

export const readIntent = (form: FormData): IntakeIntent | null => {
  const intent = form.get("intent");
  return intent === "save" || intent === "submit" || intent === "suggest" ? intent : null;
};

/** Validate the form (strictly when submitting); the values always come back so the form can be shown again. */
export async function parseChallengeForm(
  form: FormData,
  organisationId: string,
  strict: boolean,
): Promise<{ values: ChallengeFormValues; input: ChallengeInput | null; errors: Record<string, string> }> {
  const values = readChallengeForm(form);
  const parsed = (strict ? ChallengeSubmitSchema : ChallengeDraftSchema).safeParse(values);
  if (!parsed.success) return { values, input: null, errors: challengeFieldErrors(parsed.error) };
  const errors = await checkReferences(organisationId, parsed.data);
  if (Object.keys(errors).length) return { values, input: null, errors };
  return { values, input: parsed.data, errors: {} };
}
