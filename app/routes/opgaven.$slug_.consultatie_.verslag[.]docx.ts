/** The market consultation report as DOCX (owners and hub staff; 404 while the consultation is still open). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicChallenge } from "../domain/challenges/challenges.repository.server";
import { requireReportAccess } from "../domain/procurement/consultation-access.server";
import { consultationDocx, docxName } from "../domain/procurement/consultation-docx.server";
import { consultationReport, isOpen } from "../domain/procurement/consultation.server";
import { getLocale } from "../i18n/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  await requireReportAccess(request, challenge.id);
  const report = await consultationReport(challenge.id);
  if (!report || isOpen({ endsOn: report.consultation.endsOn, closedAt: report.consultation.closedAt ? new Date(report.consultation.closedAt) : null })) {
    throw new Response("Not found", { status: 404 });
  }
  const body = await consultationDocx(report, await getLocale(request));
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${docxName(challenge.slug)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
