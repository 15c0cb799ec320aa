import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MatchList } from "../components/match-list";
import { PartyActivity } from "../components/party-activity";
import { matchesOfSolutions } from "../domain/brokering/party-dashboard.server";
import { judgementActions } from "../components/match-judgement";
import { judgementControls } from "../domain/judgements/judgements.server";
import { requireSolutionOrg } from "../domain/intake/solution-access.server";
import { listOrganisationSolutions } from "../domain/intake/solution-intake.server";
import { challengesForSolution } from "../domain/matching.server";
import { getPublicSolution } from "../domain/solutions/solutions.repository.server";
import { useFormat } from "../utils/format";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["solution-intake", "owners", "judgements"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.mySolutions") }];

/** Suggestions are shown for this many published solutions (each is a search). */
const WITH_SUGGESTIONS = 5;

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireSolutionOrg(request, "solution.update");
  const list = await listOrganisationSolutions(ctx.organisation.id);
  const published = list.filter((s) => s.status === "published").slice(0, WITH_SUGGESTIONS);
  const suggestions = await Promise.all(
    published.map(async (s) => {
      const solution = await getPublicSolution(s.slug);
      const found = solution ? await challengesForSolution(solution, 3) : { results: [], unavailable: false };
      const judging = await judgementControls(request, { kind: "solution", id: s.id }, found.results.map((r) => r.document.id));
      return { id: s.id, title: s.title, lang: s.lang, results: found.results, unavailable: found.unavailable, judging };
    }),
  );
  const activity = await matchesOfSolutions(list.map((s) => s.id));
  return data(
    {
      organisation: ctx.organisation.name,
      activity,
      solutions: list.map((s) => ({ ...s, updatedAt: s.updatedAt.toISOString() })),
      suggestions,
    },
    { headers: NO_STORE },
  );
}

export default function MySolutions() {
  const { t } = useTranslation();
  const f = useFormat();
  const { organisation, solutions, suggestions, activity } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("solutionIntake.myTitle")}</h1>
      <p>{t("solutionIntake.myIntro", { organisation })}</p>
      <p>
        <Link to="/mijn/oplossingen/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t("solutionIntake.newButton")}
        </Link>
      </p>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t("solutionIntake.listHeading")}</h2>
        {solutions.length === 0 ? (
          <p>{t("solutionIntake.empty")}</p>
        ) : (
          <ul className="plain-list record-list">
            {solutions.map((s) => (
              <li key={s.id}>
                <Link to={`/mijn/oplossingen/${s.id}`} lang={s.lang}>
                  {s.title}
                </Link>{" "}
                <span className="status">{t(`solutionStatus.${s.status}`)}</span>{" "}
                <span className="card-meta">{t("solutionIntake.updated", { date: f.date(s.updatedAt) })}</span>
                {s.reviewComment && (s.status === "changes_requested" || s.status === "rejected") ? (
                  <p className="pre-wrap">
                    <strong>{t("solutionIntake.reviewComment")}</strong> {s.reviewComment}
                  </p>
                ) : null}
                {s.status !== "draft" ? <PartyActivity id={`activity-${s.id}`} matches={activity[s.id] ?? []} side="provider" /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {suggestions.map((s) => (
        <MatchList
          key={s.id}
          id={`matches-${s.id}`}
          title={t("solutionIntake.matchesFor", { title: s.title })}
          intro={t("matching.challengesIntro")}
          items={s.results}
          unavailable={s.unavailable}
          hrefBase="/opgaven"
          actions={judgementActions(s.judging, (challengeId) => ({ challengeId, solutionId: s.id }), `matches-${s.id}`)}
        />
      ))}
    </div>
  );
}
