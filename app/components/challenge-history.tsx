import { useTranslation } from "react-i18next";
import { useFormat } from "../utils/format";
import { Markdown } from "./markdown";

export interface HistoryItem {
  id: number;
  action: string;
  actor: string | null;
  at: string;
  comment: string | null;
}

/** The record's history from the audit log: who did what when, with review comments. */
export function ChallengeHistory({ entries }: { entries: HistoryItem[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">{t("intake.history")}</h2>
      {entries.length === 0 ? <p>{t("intake.noHistory")}</p> : null}
      <ol className="plain-list">
        {entries.map((e) => {
          const key = `intake.actions.${e.action.replace(/^challenge\./, "")}`;
          const action = i18n.exists(key) ? t(key as "intake.actions.created") : e.action;
          return (
            <li key={e.id}>
              {t("intake.historyItem", { action, actor: e.actor ?? t("intake.someone"), date: f.date(e.at) })}
              {e.comment ? (
                <blockquote>
                  <Markdown text={e.comment} />
                </blockquote>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
