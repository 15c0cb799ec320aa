import { parseMarkdown } from "./markdown";
import type { MdTree } from "./markdown-view";

/**
 * A record with some markdown fields parsed on the server (in a loader), so the page needs MarkdownView only, not
 * the parser: the fields move into `prose` as trees (an empty or missing text gives an empty tree).
 */
export function withProse<T extends object, K extends keyof T & string>(value: T, keys: readonly K[]): Omit<T, K> & { prose: Record<K, MdTree> } {
  const rest = { ...value } as Record<string, unknown>;
  const prose = {} as Record<K, MdTree>;
  for (const key of keys) {
    const text = value[key];
    prose[key] = typeof text === "string" ? parseMarkdown(text) : [];
    delete rest[key];
  }
  return { ...(rest as Omit<T, K>), prose };
}
