/**
 * Measure how long the search outbox takes to catch up after a Meilisearch outage of OUTAGE_S seconds (default 100):
 * a fresh test stack, a worker that reaches Meilisearch through a TCP proxy, the proxy refusing connections during the
 * outage while a record changes, then the time from "Meilisearch answers again" until the change is searchable.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres OUTAGE_S=100 npx tsx scripts/measure-outbox-catchup.ts
 */
import { createDb } from "../db/client";
import { createSearchClient, indexName } from "../search/client";
import { enqueueSearchSync, startOutboxWorker } from "../search/outbox";
import { startTcpProxy, throughProxy } from "../server/tcp-proxy";
import { startTestStack } from "../server/test-stack";

const outageS = Number(process.env.OUTAGE_S ?? 100);
const stack = await startTestStack({ seed: true, outboxWorker: false, mailWorker: false });
const { sql } = createDb(stack.databaseUrl, { max: 3 });
const direct = { url: stack.meiliUrl, apiKey: process.env.MEILI_MASTER_KEY, indexPrefix: stack.indexPrefix };
const meiliUrl = new URL(stack.meiliUrl);
const proxy = await startTcpProxy({ host: meiliUrl.hostname, port: Number(meiliUrl.port) });
const viaProxy = { ...direct, url: throughProxy(stack.meiliUrl, proxy).replace(/\/$/, "") };
const worker = await startOutboxWorker(sql, createSearchClient(viaProxy), viaProxy, { log: (l) => console.log(`  ${l}`) });
try {
  const [row] = await sql<{ id: string }[]>`select id from solutions where status = 'published' order by id limit 1`;
  const marker = `outage${Date.now()}`;
  await proxy.setMode("refuse");
  console.log(`Meilisearch unreachable for ${outageS} s…`);
  await sql.begin(async (tx) => {
    await tx`update solutions set summary = ${marker} where id = ${row.id}`;
    await enqueueSearchSync(tx, "solution", [row.id]);
  });
  await new Promise((r) => setTimeout(r, outageS * 1000));
  const [state] = await sql`select attempts, extract(epoch from available_at - now())::float as due_in from search_outbox where processed_at is null`;
  console.log(`after the outage: attempts ${state?.attempts}, next try due in ${Number(state?.due_in ?? 0).toFixed(1)} s`);
  await proxy.setMode("pass");
  const t0 = Date.now();
  const index = createSearchClient(direct).index(indexName(direct, "solutions"));
  while ((await index.search(`"${marker}"`)).hits.length === 0) await new Promise((r) => setTimeout(r, 50));
  console.log(`searchable ${Date.now() - t0} ms after Meilisearch answered again`);
} finally {
  await worker.stop();
  await sql.end();
  await proxy.close();
  await stack.stop();
}
