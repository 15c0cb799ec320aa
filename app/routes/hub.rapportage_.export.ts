import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireEdihReader } from "../domain/edih/access.server";
import { assessmentsCsv, collaborationsCsv, reportWorkbook, servicesCsv } from "../domain/edih/export.server";
import { exportRows } from "../domain/edih/report-page.server";

const TABLES = ["diensten", "metingen", "samenwerkingen", "werkmap"] as const;

/** The report's exports (README "EDIH exports"): services, assessments or collaborations as CSV, or the workbook; a partner's own rows. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { partnerId } = await requireEdihReader(request);
  const params = new URL(request.url).searchParams;
  const table = params.get("tabel");
  if (!TABLES.includes(table as (typeof TABLES)[number])) return new Response("Unknown table", { status: 400, headers: { "Cache-Control": "private, no-store" } });
  const { report, services, assessments, collaborations } = await exportRows(params, partnerId);
  const name = `edih-${table}-${report.period.from}-${report.period.to}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (table === "werkmap") {
    const body = await reportWorkbook(report, services, assessments, collaborations);
    return new Response(new Uint8Array(body), {
      headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"` },
    });
  }
  const body = table === "diensten" ? servicesCsv(services) : table === "metingen" ? assessmentsCsv(assessments) : collaborationsCsv(collaborations);
  return new Response(body, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` } });
}
