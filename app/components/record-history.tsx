import { useTranslation } from "react-i18next";
import { useFormat } from "../utils/format";

export interface HistoryEntry {
  id: number;
  action: string;
  actor: string | null;
  at: string;
  data: Record<string, unknown>;
}

/** The audit trail of a record: who did what, when (and the comment that came with it). */
export function RecordHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t("solutionIntake.history")}</h2>
      {entries.length === 0 ? (
        <p>{t("solutionIntake.noHistory")}</p>
      ) : (
        <ol className="plain-list history">
          {entries.map((e) => (
            <li key={e.id}>
              <strong>{t(`solutionIntake.actions.${e.action.replace(".", "_")}` as "solutionIntake.actions.solution_created", { defaultValue: e.action })}</strong>
              {" · "}
              {e.actor ?? t("solutionIntake.unknownActor")}
              {" · "}
              <time dateTime={e.at}>{f.date(e.at)}</time>
              {typeof e.data.comment === "string" ? <p className="history-comment">{e.data.comment}</p> : null}
              {typeof e.data.reason === "string" ? <p className="history-comment">{e.data.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
