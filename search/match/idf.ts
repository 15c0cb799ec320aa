import { contentWords } from "./text";

export type Idf = (word: string) => number;

/** Inverse document frequency over a corpus of texts (smoothed), for picking distinctive query words. */
export function buildIdf(texts: string[]): Idf {
  const df = new Map<string, number>();
  for (const text of texts) for (const word of new Set(contentWords(text))) df.set(word, (df.get(word) ?? 0) + 1);
  const n = texts.length;
  return (word) => Math.log(1 + (n + 1) / ((df.get(word) ?? 0) + 1));
}
