import { getSql } from "../domain/db.server";

/**
 * Liveness and readiness for probes and load balancers (ADR 0018):
 * - `ok` (200): the database and search answer;
 * - `degraded` (200): the database answers, search does not. The app still serves: lists fall back to PostgreSQL,
 *   writes queue in the search outbox. Keep the process in service, and alert;
 * - `down` (503): the database does not answer within 2 s. Nothing useful can be served: take it out of rotation.
 */
export async function loader() {
  const [database, search] = await Promise.all([
    Promise.race([
      getSql()`select 1`.then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000).unref()),
    ]),
    fetch(`${process.env.MEILI_URL}/health`, { signal: AbortSignal.timeout(1_000) }).then(
      (res) => res.ok,
      () => false,
    ),
  ]);
  const status = !database ? "down" : search ? "ok" : "degraded";
  return Response.json({ status, database, search }, { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
