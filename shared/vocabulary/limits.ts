/** Length limits that both a form and a database check constraint enforce (characters, counted as code points). */

/** A provider's pitch when it responds to a challenge ("ik kan helpen"). */
export const PITCH_MIN = 20;
export const PITCH_MAX = 1000;
/** A message in a conversation (messages.body). */
export const MESSAGE_MAX = 10_000;
/** A broker's note on a match (match_notes.body). */
export const NOTE_MAX = 5000;
/** The broker's introduction, which opens the conversation as its first message. */
export const INTRODUCTION_MAX = MESSAGE_MAX;
