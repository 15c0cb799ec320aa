/** A UUID as PostgreSQL accepts it (a looser pattern would let a malformed id reach the database as a 500). */
export const UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const UUID = new RegExp(`^${UUID_PATTERN}$`);

/** Check an id from a URL or a form before it goes into a query on a uuid column. */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
