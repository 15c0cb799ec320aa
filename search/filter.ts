/**
 * Quote a value for a Meilisearch filter expression. Escaping backslashes and double quotes keeps any
 * value one string literal; callers still allowlist attributes and values where users choose them.
 */
export function filterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `attribute IN ["a", "b"]` with every value quoted. */
export function filterIn(attribute: string, values: string[]): string {
  return `${attribute} IN [${values.map(filterValue).join(", ")}]`;
}
