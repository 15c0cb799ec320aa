/** Judgements on match suggestions and the pipeline outcomes recorded against them (db/schema/judgements.ts). */

export const JUDGEMENT_VERDICTS = ["relevant", "not_relevant"] as const;
export type JudgementVerdict = (typeof JUDGEMENT_VERDICTS)[number];

/** In which capacity someone judged a suggestion: hub staff, or a verified member of the challenge's or solution's owner. */
export const JUDGE_ROLES = ["staff", "challenge_owner", "solution_owner"] as const;
export type JudgeRole = (typeof JUDGE_ROLES)[number];

/** What became of a pair in the brokering pipeline; "dismissed" is a match that was closed. */
export const MATCH_OUTCOMES = ["introduced", "pilot", "adopted", "dismissed"] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/** An optional reason with a judgement. */
export const JUDGEMENT_REASON_MAX = 500;
