/**
 * The market consultation report as a Word file (DOCX, made with the `docx` package), fit to attach to a tender
 * file: the challenge and contracting authority, the period, every question and answer with its timestamps
 * (questions anonymised), the respondent organisations and the hub's introductions during the consultation.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { createI18n, type Locale } from "../../i18n/config";
import type { ConsultationReport } from "./consultation.server";
import { formatters } from "../../utils/format";

const stamp = (iso: string, locale: Locale) => formatters(locale).dateTime(iso);
const day = (isoDay: string, locale: Locale) => formatters(locale).date(isoDay);

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))],
  });

export function consultationDocx(report: ConsultationReport, locale: Locale): Promise<Buffer> {
  const t = createI18n(locale).t;
  const s = (key: string, options?: Record<string, unknown>) => String(t(key as "consultation.title", options as never));
  const { challenge, consultation } = report;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: s("consultation.reportTitle"), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: `${s("consultation.reportChallenge")}: `, bold: true }), new TextRun(challenge.title)] }),
    new Paragraph({ children: [new TextRun({ text: `${s("consultation.reportOwner")}: `, bold: true }), new TextRun(challenge.owner)] }),
    new Paragraph({
      children: [
        new TextRun({ text: `${s("consultation.reportPeriod")}: `, bold: true }),
        new TextRun(s("consultation.reportPeriodText", { opened: stamp(consultation.openedAt, locale), ends: day(consultation.endsOn, locale) })),
        ...(consultation.closedAt ? [new TextRun(`. ${s("consultation.reportClosedAt", { date: stamp(consultation.closedAt, locale) })}`)] : []),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: s("consultation.reportNote"), italics: true })] }),
    new Paragraph({ text: s("consultation.questionsTitle"), heading: HeadingLevel.HEADING_1 }),
  ];
  if (!report.questions.length) children.push(new Paragraph(s("consultation.noQuestions")));
  report.questions.forEach((q, i) => {
    children.push(
      new Paragraph({ text: `${i + 1}. ${q.question}`, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun({ text: `${s("consultation.asked")}: ${stamp(q.askedAt, locale)}`, italics: true })] }),
      new Paragraph({ children: [new TextRun({ text: `${s("consultation.answer")}: `, bold: true }), new TextRun(q.answer ?? s("consultation.unanswered"))] }),
      ...(q.answeredAt ? [new Paragraph({ children: [new TextRun({ text: `${s("consultation.answered")}: ${stamp(q.answeredAt, locale)}`, italics: true })] })] : []),
    );
  });
  children.push(new Paragraph({ text: s("consultation.respondentsTitle"), heading: HeadingLevel.HEADING_1 }));
  children.push(
    report.respondents.length
      ? table([s("consultation.organisation"), s("consultation.registeredAt")], report.respondents.map((r) => [r.organisation, stamp(r.registeredAt, locale)]))
      : new Paragraph(s("consultation.noRespondents")),
  );
  children.push(new Paragraph({ text: s("consultation.introductionsTitle"), heading: HeadingLevel.HEADING_1 }));
  children.push(
    report.introductions.length
      ? table(
          [s("consultation.organisation"), s("consultation.solution"), s("consultation.introducedAt")],
          report.introductions.map((r) => [r.organisation, r.solution, stamp(r.introducedAt, locale)]),
        )
      : new Paragraph(s("consultation.noIntroductions")),
  );
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "Opgavenmarkt", size: 16 })] }));
  const doc = new Document({
    creator: "Opgavenmarkt",
    title: `${s("consultation.reportTitle")}: ${challenge.title}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** A file name from the challenge slug: ASCII only, safe in a Content-Disposition header. */
export const docxName = (slug: string) => `marktconsultatie-${slug.replace(/[^a-z0-9-]/gi, "").slice(0, 80) || "verslag"}.docx`;
