import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Markdown } from "../components/markdown";
import { MatchList } from "../components/match-list";
import { PartyActivity } from "../components/party-activity";
import { matchesOnChallenges } from "../domain/brokering/party-dashboard.server";
import { judgementActions } from "../components/match-judgement";
import { judgementControls } from "../domain/judgements/judgements.server";
import { getChallengeById } from "../domain/challenges/challenges.repository.server";
import { challengeScope, listOrganisationChallenges, requireChallengeIntake } from "../domain/intake/challenge-intake.server";
import { solutionsForChallenge } from "../domain/matching.server";
import { useFormat } from "../utils/format";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["intake", "owners", "judgements"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.myChallenges") }];

const MATCHED = 5;

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireChallengeIntake(request, "challenge.create");
  const items = await listOrganisationChallenges(challengeScope(ctx));
  // Top suggestions for the published ones (a few, so the dashboard stays quick).
  const published = items.filter((i) => i.status === "published").slice(0, MATCHED);
  const matches = Object.fromEntries(
    await Promise.all(
      published.map(async (i) => {
        const challenge = await getChallengeById(i.id);
        const found = challenge ? await solutionsForChallenge(challenge, 3) : { results: [], unavailable: false };
        const judging = await judgementControls(request, { kind: "challenge", id: i.id }, found.results.map((r) => r.document.id));
        return [i.id, { ...found, judging }] as const;
      }),
    ),
  );
  // Who responded and which matches run: only for members who speak for the body (ADR 0015).
  const verified = ctx.membership.verified;
  const activity = verified ? await matchesOnChallenges(items.map((i) => i.id)) : {};
  return data(
    { organisation: ctx.organisation.name, verified, items, matches, activity },
    { headers: NO_STORE },
  );
}

export default function MyChallenges() {
  const { organisation, verified, items, matches, activity } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="container">
      <h1>{t("intake.mineTitle")}</h1>
      <p>{t("intake.mineIntro", { organisation })}</p>
      {!verified ? <p className="utrecht-alert utrecht-alert--warning notice">{t("intake.unverified")}</p> : null}
      <p>
        <Link to="/mijn/opgaven/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t("intake.newChallenge")}
        </Link>
      </p>
      {items.length === 0 ? <p>{t("intake.none")}</p> : null}
      <ul className="intake-list">
        {items.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link to={`/mijn/opgaven/${c.id}`}>{c.title}</Link>
            </h2>
            <p className="card-meta">
              <span className="status">{t(`challengeStatus.${c.status}`)}</span>
              {c.coOwned ? <> · {t("intake.coOwned")}</> : null} · {t("intake.lastChanged", { date: f.date(c.updatedAt) })}
            </p>
            {c.reviewComment && (c.status === "changes_requested" || c.status === "rejected") ? (
              <div className="review-comment">
                <h3>{t("intake.reviewComment")}</h3>
                <Markdown text={c.reviewComment} />
              </div>
            ) : null}
            {verified && c.status !== "draft" ? <PartyActivity id={`activity-${c.id}`} matches={activity[c.id] ?? []} side="owner" /> : null}
            {!verified && c.status === "published" ? <p className="muted">{t("owners.activityUnverified")}</p> : null}
            {matches[c.id] ? (
              <MatchList
                id={`matches-${c.id}`}
                title={t("intake.topMatches")}
                intro={t("intake.topMatchesIntro")}
                items={matches[c.id].results}
                unavailable={matches[c.id].unavailable}
                hrefBase="/oplossingen"
                actions={judgementActions(matches[c.id].judging, (solutionId) => ({ challengeId: c.id, solutionId }), `matches-${c.id}`)}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
