/**
 * The match lifecycle in plain words for the parties (issue 13): a challenge owner or a provider reads what is
 * happening ("De hub bekijkt of het past"), not the hub's pipeline jargon ("Screening"). Pure: the dashboards and
 * the challenge page share it. Engine suggestions that nobody acted on yet are internal to the hub.
 */
import { MATCH_STATES, type MatchState } from "../../../shared/vocabulary/matches";

/** The i18n key of a state's plain-words label (app/i18n/areas/owners.ts). */
export const plainStateKey = (state: MatchState) => `owners.state.${state}` as const;

/** States the parties see on their dashboards: everything a person acted on (an untouched suggestion is internal). */
export const PARTY_VISIBLE_STATES: readonly MatchState[] = MATCH_STATES.filter((s) => s !== "suggested");

/** Whether a match in this state still runs (shown as "lopend"), or is finished (adopted or stopped). */
export const isRunning = (state: MatchState) => state !== "adopted" && state !== "closed";
