/** Search alerts (issue 17): a followed search on /opgaven or /oplossingen, mailed when new records match. */
export const ALERT_KINDS = ["challenges", "solutions"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
/** How often: each new record at once, or a digest once a day or once a week. */
export const ALERT_FREQUENCIES = ["immediate", "daily", "weekly"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];
/** The stored search (the list page's query string: q and facets) is at most this long. */
export const ALERT_QUERY_MAX = 1000;
/** At most this many alerts per user. */
export const ALERTS_PER_USER_MAX = 20;
/** The list page an alert follows. */
export const ALERT_LIST_PATH: Record<AlertKind, string> = { challenges: "/opgaven", solutions: "/oplossingen" };
