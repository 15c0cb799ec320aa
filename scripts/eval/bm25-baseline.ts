import { newStemmer } from "snowball-stemmers";
import { eng, nld } from "stopword";

/**
 * The plain full-text baseline: BM25 (k1 1.2, b 0.75) over the whole texts, Dutch and English Snowball
 * stemming by each text's language, and the `stopword` package's Dutch and English lists. No glossary, no
 * themes, no marketplace stop words: what a matcher has to beat on texts it was not tuned on.
 */
const stemmers = { nl: newStemmer("dutch"), en: newStemmer("english") };
const stop = new Set([...nld, ...eng].map((w) => w.toLowerCase()));

export function plainTerms(text: string, lang: "nl" | "en"): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !stop.has(w))
    .map((w) => stemmers[lang].stem(w));
}

export function bm25Ranker(docs: { id: string; text: string; lang: "nl" | "en" }[]) {
  const k1 = 1.2;
  const b = 0.75;
  const vectors = docs.map((d) => {
    const tf = new Map<string, number>();
    const terms = plainTerms(d.text, d.lang);
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { id: d.id, tf, length: terms.length };
  });
  const df = new Map<string, number>();
  for (const v of vectors) for (const t of v.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = vectors.length;
  const avg = vectors.reduce((s, v) => s + v.length, 0) / (n || 1);
  const idf = (t: string) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  return (query: string, lang: "nl" | "en", k = 10): string[] => {
    const q = new Set(plainTerms(query, lang));
    return vectors
      .map((v) => {
        let s = 0;
        for (const t of q) {
          const tf = v.tf.get(t);
          if (tf) s += (idf(t) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * v.length) / avg));
        }
        return { id: v.id, s };
      })
      .filter((x) => x.s > 0)
      .sort((a, b2) => b2.s - a.s || a.id.localeCompare(b2.id))
      .slice(0, k)
      .map((x) => x.id);
  };
}
