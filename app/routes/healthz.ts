import { getSql } from "../domain/db.server";

/** Liveness and readiness: the database answers, and whether search is reachable. */
export async function loader() {
  let database = false;
  let search = false;
  try {
    await getSql()`select 1`;
    database = true;
  } catch {
    database = false;
  }
  try {
    const res = await fetch(`${process.env.MEILI_URL}/health`, { signal: AbortSignal.timeout(1_000) });
    search = res.ok;
  } catch {
    search = false;
  }
  return Response.json({ database, search }, { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
