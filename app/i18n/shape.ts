/** The shape of a message tree: the same keys, every leaf a string. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/**
 * One product area's strings in both languages, kept in `app/i18n/areas/<area>.ts` and spread into nl.ts / en.ts.
 * The English tree must have exactly the Dutch keys (checked here by the type, and for the whole tree by a test).
 */
export function defineArea<T extends object>(messages: { nl: T; en: DeepStrings<T> }) {
  return messages;
}
