import type { LoaderFunctionArgs } from "@remix-run/node";
import { baseUrl, challengesJson, loadOpenChallenges, openDataHeaders } from "../domain/open-data.server";

/** Open data: every public challenge as JSON (fields documented on /open-data). Public: no access check. */
export async function loader({ request }: LoaderFunctionArgs) {
  const base = baseUrl(request);
  const body = challengesJson(base, await loadOpenChallenges(base));
  return new Response(JSON.stringify(body, null, 2), { headers: openDataHeaders("application/json; charset=utf-8") });
}
