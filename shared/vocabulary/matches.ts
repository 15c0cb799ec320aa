/** The match lifecycle's states (their transitions: app/domain/brokering/states.ts) and conversation roles. */

export const MATCH_STATES = [
  "suggested",
  "interest",
  "screening",
  "introduced",
  "in_conversation",
  "pilot",
  "adopted",
  "closed",
] as const;
export type MatchState = (typeof MATCH_STATES)[number];
/** Who started a match. */
export const MATCH_SOURCES = ["engine", "staff", "company", "owner"] as const;
export type MatchSource = (typeof MATCH_SOURCES)[number];

export const THREAD_ROLES = ["challenge_owner", "solution_owner", "broker", "participant"] as const;
export type ThreadRole = (typeof THREAD_ROLES)[number];
