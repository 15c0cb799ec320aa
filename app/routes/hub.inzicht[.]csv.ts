import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireHubPermission } from "../domain/auth/access.server";
import { insightsCsv, insightsCsvName, loadInsights, parseInsightFilters } from "../domain/hub/insights.server";

/** The insight page's figures as CSV, with the same filters as the page (hub roles only). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "hub.view");
  const filters = parseInsightFilters(new URL(request.url).searchParams);
  const body = insightsCsv(await loadInsights(filters));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${insightsCsvName(filters)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
