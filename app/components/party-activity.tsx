import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PartyMatch } from "../domain/brokering/party-dashboard.server";
import { isRunning, plainStateKey } from "../domain/brokering/plain-states";
import { useFormat } from "../utils/format";

/**
 * The brokering on an owner's or provider's dashboard, in plain words: per match the other side, what is happening
 * now and since when, and how it came about. `side` says whose dashboard it is (the wording of the origin differs).
 */
export function PartyActivity({
  id,
  matches,
  side,
  level = 3,
}: {
  id: string;
  matches: PartyMatch[];
  side: "owner" | "provider";
  /** The heading level (3 inside a dashboard card, 2 on a record's own page). */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  const { t } = useTranslation();
  const f = useFormat();
  const responses = matches.filter((m) => m.source === "company").length;
  const running = matches.filter((m) => isRunning(m.state)).length;
  const hrefBase = side === "owner" ? "/oplossingen" : "/opgaven";
  const sourceKeys = side === "owner" ? "owners.sourceForOwner" : "owners.sourceForProvider";
  return (
    <section aria-labelledby={id} className="party-activity">
      <Heading id={id}>{t(side === "owner" ? "owners.activityTitle" : "owners.solutionActivityTitle")}</Heading>
      {matches.length === 0 ? (
        <p className="muted">{t(side === "owner" ? "owners.activityNone" : "owners.solutionActivityNone")}</p>
      ) : (
        <>
          <p className="card-meta">
            {side === "owner" ? <>{t("owners.responses", { count: responses })} · </> : null}
            {t("owners.running", { count: running })}
          </p>
          <ul className="plain-list activity-list">
            {matches.map((m) => {
              return (
                <li key={m.id}>
                  {m.other.isPublic ? (
                    <Link to={`${hrefBase}/${m.other.slug}`} lang={m.other.lang}>
                      {m.other.title}
                    </Link>
                  ) : (
                    <span lang={m.other.lang}>{m.other.title}</span>
                  )}{" "}
                  <span className="muted">({m.other.organisation})</span>
                  <br />
                  <strong className={`plain-state state-${m.state}`}>{t(plainStateKey(m.state))}</strong>
                  {", "}
                  {t("owners.since", { date: f.date(m.stateChangedAt) })} · {t(`${sourceKeys}.${m.source}`)}
                  {m.pitch && side === "owner" ? (
                    <blockquote className="pitch" lang={m.other.lang}>
                      <span className="visually-hidden">{t("owners.pitch")} </span>
                      {m.pitch}
                    </blockquote>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
