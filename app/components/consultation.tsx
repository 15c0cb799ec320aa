/**
 * Market consultation views (issue 17): its status line, and the anonymised questions and answers. The asker is
 * never shown; only the asker sees "your question" on their own.
 */
import { useTranslation } from "react-i18next";
import { Time } from "./time";
import { useFormat } from "../utils/format";
import type { QuestionView } from "../domain/procurement/consultation.server";

export function ConsultationStatus({ endsOn, closedAt, open }: { endsOn: string; closedAt: string | null; open: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = open
    ? t("consultation.status.open", { date: f.date(endsOn) })
    : closedAt
      ? t("consultation.status.closed", { date: f.date(closedAt) })
      : t("consultation.status.ended", { date: f.date(endsOn) });
  return <p className="consultation-status">{text}</p>;
}

export function QuestionList({ questions, answerForm }: { questions: QuestionView[]; answerForm?: (q: QuestionView) => React.ReactNode }) {
  const { t } = useTranslation();
  if (!questions.length) return <p>{t("consultation.noQuestions")}</p>;
  return (
    <ol className="qa-list">
      {questions.map((q) => (
        <li key={q.id} className="card">
          <h3 className="qa-question">
            {q.mine ? `${t("consultation.yourQuestion")}: ` : `${t("consultation.question")}: `}
            {q.question}
          </h3>
          <p className="meta">
            {t("consultation.asked")}: <Time iso={q.askedAt} />
          </p>
          {q.answer ? (
            <>
              <p className="qa-answer">
                <strong>{t("consultation.answer")}:</strong> {q.answer}
              </p>
              <p className="meta">
                {t("consultation.answered")}: <Time iso={q.answeredAt!} />
              </p>
            </>
          ) : answerForm ? (
            answerForm(q)
          ) : (
            <p className="meta">{t("consultation.unanswered")}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
