import { sql } from "drizzle-orm";

/** A literal SQL list of constant values for check constraints: 'a', 'b', 'c'. Values come from code, never users. */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", "));
