/**
 * The seam for semantic vectors (off by default): Meilisearch hybrid search with an embedder configured in the
 * index, as one more ranked list in the matcher's fusion (rank.ts). Turn it on in a deployment that has a model
 * server:
 *   MATCH_HYBRID_EMBEDDER=<name>             the embedder's name in the index settings (turns the seam on)
 *   MATCH_HYBRID_EMBEDDER_SETTINGS=<json>    optional: the embedder's Meilisearch settings (e.g. a `rest` or
 *                                            `ollama` source pointing at the model server); the app then applies
 *                                            it to both indexes with the other settings, and Meilisearch embeds
 *                                            every document. Without it the embedder must already be configured.
 *   MATCH_HYBRID_WEIGHT=<number>             weight of the semantic list in the fusion (default 1; the title
 *                                            query has 1, the glossary-terms query 1.2)
 * The candidates the semantic list adds are still ranked on their whole text, and shown only with checkable
 * reasons: a vector neighbour without shared themes or terms is not shown.
 */
import type { Embedder } from "meilisearch";

export interface HybridConfig {
  embedder: string;
  weight: number;
  settings?: Embedder;
}

export function hybridFromEnv(env: Record<string, string | undefined> = process.env): HybridConfig | undefined {
  const embedder = env.MATCH_HYBRID_EMBEDDER?.trim();
  if (!embedder) return undefined;
  const weight = env.MATCH_HYBRID_WEIGHT ? Number(env.MATCH_HYBRID_WEIGHT) : 1;
  if (!Number.isFinite(weight) || weight < 0) throw new Error("MATCH_HYBRID_WEIGHT must be a number of at least 0");
  let settings: Embedder | undefined;
  if (env.MATCH_HYBRID_EMBEDDER_SETTINGS) {
    try {
      settings = JSON.parse(env.MATCH_HYBRID_EMBEDDER_SETTINGS) as Embedder;
    } catch {
      throw new Error("MATCH_HYBRID_EMBEDDER_SETTINGS must be the embedder's Meilisearch settings as JSON");
    }
  }
  return { embedder, weight, settings };
}
