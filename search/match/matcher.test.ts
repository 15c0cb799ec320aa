import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../db/client";
import { createSearchClient, indexName, type SearchConfig } from "../client";
import { loadChallengeDocuments, loadSolutionDocuments } from "../documents";
import { buildIdf } from "./idf";
import { findMatches, planQueries } from "./matcher";

const config: SearchConfig = { url: inject("meiliUrl"), apiKey: inject("meiliKey") || undefined, indexPrefix: inject("indexPrefix") };
const client = createSearchClient(config);
const { sql } = createDb(inject("databaseUrl"), { max: 2 });
afterAll(() => sql.end());

describe("matcher", () => {
  it("turns a long record into several short queries of at most 10 words", () => {
    const idf = buildIdf(["warmtepomp isolatie", "fiets laadpaal"]);
    const plan = planQueries(
      { id: "x", title: "Eigenaar-bewoners meekrijgen in de aardgasvrije wijkaanpak", text: "Warmtepomp en isolatie voor particuliere woningeigenaren. ".repeat(30), themes: ["energietransitie"] },
      idf,
    );
    expect(plan.length).toBeGreaterThanOrEqual(3);
    for (const q of plan) expect(q.q.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(10);
  });

  it("ranks fitting solutions for a challenge and explains them, across languages", async () => {
    const [challenge] = (await loadChallengeDocuments(sql)).filter((c) => c.slug === "zwolle-aardgasvrije-wijken-eigenaar-bewoners");
    const idf = buildIdf((await loadSolutionDocuments(sql)).map((s) => `${s.title} ${s.description}`));
    const results = await findMatches({
      client,
      indexUid: indexName(config, "solutions"),
      source: {
        id: challenge.id,
        title: challenge.title,
        text: `${challenge.summary}\n${challenge.problemStatement}\n${challenge.desiredOutcome}`,
        themes: challenge.themes,
      },
      idf,
      limit: 5,
    });
    expect(results).toHaveLength(5);
    expect(results[0].score).toBe(1);
    for (let i = 1; i < results.length; i++) expect(results[i].score).toBeLessThanOrEqual(results[i - 1].score);
    expect(results[0].explanation.sharedThemes).toContain("energietransitie");
    expect(results[0].explanation.matchingTerms.length).toBeGreaterThan(0);
    // Dutch challenge text matched English solution text through the bilingual terms.
    const crossLanguage = results.flatMap((r) => r.explanation.matchingTerms).filter((t) => t.includes("↔"));
    expect(crossLanguage.length).toBeGreaterThan(0);
  });

  it("respects filters and never returns the source itself", async () => {
    const [challenge] = await loadChallengeDocuments(sql, { limit: 1 });
    const results = await findMatches({
      client,
      indexUid: indexName(config, "challenges"),
      source: { id: challenge.id, title: challenge.title, text: challenge.problemStatement, themes: challenge.themes },
      idf: buildIdf([]),
      filter: [`status = "published"`],
    });
    expect(results.map((r) => r.id)).not.toContain(challenge.id);
  });
});
