/**
 * `npm run eval:export-judgements [-- --out FILE.tsv] [--docs FILE.jsonl]`
 * Brokers' judgements and pipeline outcomes from the database in DATABASE_URL, as qrels: a TSV with the header
 * challenge_id, solution_id, grade (to stdout, or --out). Grades (search/match/feedback.ts, README "Judgements"):
 * adopted / pilot → 2, introduced → 1, dismissed → 0 (the latest outcome of a pair decides); without an outcome each
 * person's latest verdict counts once, relevant → 1, not relevant → 0, the majority wins, a tie goes to the latest.
 * With --docs it also writes the public challenges and solutions in the eval's docs format, so that
 * `npm run eval:match -- --docs FILE.jsonl --qrels FILE.tsv` measures the matcher on the brokers' judgements.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createDb } from "../../db/client";
import { loadJudgementFacts } from "../../app/domain/judgements/judgements.repository.server";
import { loadChallengeDocuments, loadSolutionDocuments } from "../../search/documents";
import { gradePairs, toQrelsTsv } from "../../search/match/feedback";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" }, docs: { type: "string" } } });
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Usage: DATABASE_URL=postgres://… npm run eval:export-judgements -- [--out FILE.tsv] [--docs FILE.jsonl]");
    process.exit(2);
  }
  const { db, sql } = createDb(url, { max: 2 });
  try {
    const { judgements, outcomes } = await loadJudgementFacts(db);
    const grades = gradePairs(judgements, outcomes);
    const tsv = toQrelsTsv(grades);
    if (values.out) fs.writeFileSync(values.out, tsv);
    else process.stdout.write(tsv);
    const counts = [0, 1, 2].map((g) => grades.filter((x) => x.grade === g).length);
    console.error(`${grades.length} judged pairs (grade 0: ${counts[0]}, 1: ${counts[1]}, 2: ${counts[2]}) from ${judgements.length} judgements and ${outcomes.length} outcomes`);
    if (values.docs) {
      const [challenges, solutions] = await Promise.all([loadChallengeDocuments(sql), loadSolutionDocuments(sql)]);
      const lines = [
        ...challenges.map((c) => ({ id: c.id, kind: "challenge", title: c.title, text: [c.summary, c.problemStatement, c.localContext, c.affected, c.desiredOutcome].filter(Boolean).join("\n\n"), lang: c.lang, themes_if_stated: c.themes })),
        ...solutions.map((s) => ({ id: s.id, kind: "solution", title: s.title, text: [s.summary, s.description].filter(Boolean).join("\n\n"), lang: s.lang, themes_if_stated: s.themes })),
      ];
      fs.writeFileSync(values.docs, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
      console.error(`${challenges.length} challenges and ${solutions.length} solutions written to ${values.docs}`);
    }
  } finally {
    await sql.end();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
