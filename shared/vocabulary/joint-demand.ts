/** "Wij ook" (issue 17): another public body's interest in a published challenge, with an expected volume. */

/** What the expected volume counts. */
export const VOLUME_UNITS = ["residents", "sites", "licences", "users", "devices", "buildings"] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];
/** The largest volume one body may state (the Netherlands has under 18 million residents). */
export const VOLUME_MAX = 100_000_000;
/** The note that comes with it. */
export const JOINT_NOTE_MAX = 2000;
