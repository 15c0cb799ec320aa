import { randomBytes } from "node:crypto";
import fs from "node:fs";
import type { Meilisearch } from "meilisearch";
import { buildIdf } from "../../search/match/idf";
import { findMatches } from "../../search/match/matcher";
import { resolveThemes } from "../../search/match/text";
import { settingsFor } from "../../search/settings";
import { bm25Ranker } from "./bm25-baseline";
import { meanScores, parseQrels, type Scores } from "./metrics";

export interface EvalDoc {
  id: string;
  kind: "challenge" | "solution";
  title: string;
  text: string;
  lang: "nl" | "en";
  themes_if_stated?: unknown;
}

export function readDocs(file: string): EvalDoc[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line, i) => {
      let doc: EvalDoc;
      try {
        doc = JSON.parse(line);
      } catch {
        throw new Error(`${file} line ${i + 1}: not valid JSON`);
      }
      if (!doc.id || (doc.kind !== "challenge" && doc.kind !== "solution") || typeof doc.title !== "string") {
        throw new Error(`${file} line ${i + 1}: needs id, kind (challenge|solution) and title`);
      }
      return { ...doc, id: String(doc.id), text: String(doc.text ?? ""), lang: doc.lang === "en" ? "en" : "nl" };
    });
}

const statedThemes = (doc: EvalDoc): string[] =>
  Array.isArray(doc.themes_if_stated) ? doc.themes_if_stated.filter((t): t is string => typeof t === "string") : [];

/** Meilisearch document ids allow only [A-Za-z0-9_-]: map other ids reversibly. */
const toKey = (id: string) => Buffer.from(id).toString("hex");

type Run = { ranked: string[]; labels: Map<string, number>; lang: "nl" | "en" };
export type LangScores = Scores & { empty: number };
export interface SetReport {
  name: string;
  challenges: number;
  solutions: number;
  byLang: { nl: number; en: number };
  rows: { name: string; scores: { all?: LangScores; nl?: LangScores; en?: LangScores } }[];
}

function summarise(name: string, runs: Run[]): SetReport["rows"][number] {
  const part = (rs: Run[]): LangScores | undefined =>
    rs.length ? { ...meanScores(rs), empty: rs.filter((r) => r.ranked.length === 0).length } : undefined;
  return { name, scores: { all: part(runs), nl: part(runs.filter((r) => r.lang === "nl")), en: part(runs.filter((r) => r.lang === "en")) } };
}

export async function evaluateSet(
  client: Meilisearch,
  set: { name: string; docs: string; qrels: string },
  options: { verbose?: boolean } = {},
): Promise<SetReport> {
  const docs = readDocs(set.docs);
  const qrels = parseQrels(fs.readFileSync(set.qrels, "utf8"));
  const challenges = docs.filter((d) => d.kind === "challenge" && qrels.has(d.id));
  const solutions = docs.filter((d) => d.kind === "solution");
  const themesOf = new Map(docs.map((d) => [d.id, resolveThemes(statedThemes(d), `${d.title}\n${d.text}`)]));
  const indexUid = `eval_${randomBytes(4).toString("hex")}_solutions`;
  try {
    await client.createIndex(indexUid, { primaryKey: "key" }).waitTask({ timeout: 60_000 });
    await client.index(indexUid).updateSettings(settingsFor("solutions")).waitTask({ timeout: 60_000 });
    await client
      .index(indexUid)
      .addDocuments(
        solutions.map((s) => ({
          key: toKey(s.id),
          id: s.id,
          title: s.title,
          summary: "",
          description: s.text,
          lang: s.lang,
          themes: themesOf.get(s.id) ?? [],
          themeLabels: [],
          deploymentNames: [],
        })),
      )
      .waitTask({ timeout: 120_000 });

    // Corpus statistics over every text of the set, as the app builds them over all public records.
    const idf = buildIdf(docs.map((d) => ({ text: `${d.title}\n${d.text}`, lang: d.lang })));
    const bm25 = bm25Ranker(solutions.map((s) => ({ id: s.id, text: `${s.title}\n${s.text}`, lang: s.lang })));
    const runs: Record<string, Run[]> = { matcher: [], theme: [], title: [], bm25: [] };
    for (const c of challenges) {
      const labels = qrels.get(c.id)!;
      const themes = themesOf.get(c.id) ?? [];
      const matches = await findMatches({ client, indexUid, source: { id: c.id, title: c.title, text: c.text, themes, lang: c.lang }, idf, limit: 10 });
      runs.matcher.push({ ranked: matches.map((m) => m.id), labels, lang: c.lang });
      if (options.verbose) {
        console.log(`\n${set.name} ${c.id} ${c.title} [${themes.join(", ")}]`);
        for (const m of matches) {
          const e = m.explanation;
          console.log(`  ${labels.get(m.id) ?? "-"} ${m.id} ${m.score.toFixed(3)} rel=${m.relevance.toFixed(3)} ${e.strength} [${e.sharedThemes.join(",")}] ${e.matchingTerms.join(", ")}`);
        }
        const missed = [...labels.keys()].filter((id) => !matches.some((m) => m.id === id));
        if (missed.length) console.log(`  missed: ${missed.map((id) => `${id}(${labels.get(id)})`).join(" ")}`);
      }
      // Baseline: theme overlap only (Jaccard), ties by id.
      const themeSet = new Set(themes);
      const byTheme = solutions
        .map((s) => {
          const st = themesOf.get(s.id) ?? [];
          const shared = st.filter((t) => themeSet.has(t)).length;
          const union = new Set([...st, ...themes]).size || 1;
          return { id: s.id, score: shared / union };
        })
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      runs.theme.push({ ranked: byTheme.slice(0, 10).map((s) => s.id), labels, lang: c.lang });
      // Baseline: the challenge title as the query.
      const res = await client.index(indexUid).search(c.title, { limit: 10 });
      runs.title.push({ ranked: res.hits.map((h) => String(h.id)), labels, lang: c.lang });
      // Baseline: plain BM25 over the whole texts.
      runs.bm25.push({ ranked: bm25(`${c.title}\n${c.text}`, c.lang), labels, lang: c.lang });
    }
    return {
      name: set.name,
      challenges: challenges.length,
      solutions: solutions.length,
      byLang: { nl: challenges.filter((c) => c.lang === "nl").length, en: challenges.filter((c) => c.lang === "en").length },
      rows: [
        summarise("matcher", runs.matcher),
        summarise("baseline: full-text BM25", runs.bm25),
        summarise("baseline: theme overlap", runs.theme),
        summarise("baseline: title as query", runs.title),
      ],
    };
  } finally {
    await client.deleteIndexIfExists(indexUid).catch(() => {});
  }
}
