import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, SelectField, useMessage } from "../components/form";
import { Explanation, Strength } from "../components/match-list";
import { JudgementControl } from "../components/match-judgement";
import { judgementControls } from "../domain/judgements/judgements.server";
import { requireHubPermission } from "../domain/auth/access.server";
import { matchStatesForChallenge, openChallenges } from "../domain/brokering/matches.repository.server";
import { suggestMatch } from "../domain/brokering/respond.server";
import { SuggestSchema } from "../domain/brokering/schemas";
import type { MatchState } from "../domain/brokering/states";
import { getPublicChallenge } from "../domain/challenges/challenges.repository.server";
import { solutionsForChallenge } from "../domain/matching.server";
import { bad, NO_STORE, parseForm, reply, replyError } from "../utils/action.server";
import { respondErrors } from "../domain/brokering/errors";
import { fail } from "../domain/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["brokering", "judgements"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.newMatch") }];

async function chosenChallenge(request: Request) {
  const slug = new URL(request.url).searchParams.get("opgave")?.slice(0, 200) ?? "";
  const challenge = slug ? await getPublicChallenge(slug) : null;
  return challenge?.status === "published" ? challenge : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "match.broker");
  const [challenges, challenge] = await Promise.all([openChallenges(), chosenChallenge(request)]);
  if (!challenge) return data({ challenges, challenge: null, suggestions: null, states: {} as Record<string, MatchState>, judging: undefined }, { headers: NO_STORE });
  const [suggestions, states] = await Promise.all([solutionsForChallenge(challenge, 10), matchStatesForChallenge(challenge.id)]);
  const judging = await judgementControls(request, { kind: "challenge", id: challenge.id }, suggestions.results.map((r) => r.document.id));
  return data({ challenges, challenge: { id: challenge.id, slug: challenge.slug, title: challenge.title }, suggestions, states, judging }, { headers: NO_STORE });
}

type Result = { done?: string; matchId?: string; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "match.broker");
  const parsed = parseForm(await request.formData(), SuggestSchema);
  if (!parsed.ok) return bad<Result>({ errors: parsed.errors });
  const challenge = await chosenChallenge(request);
  if (!challenge || challenge.id !== parsed.data.challengeId) return replyError(respondErrors, fail("notFound"), {});
  const suggestions = await solutionsForChallenge(challenge, 10);
  const hit = suggestions.results.find((r) => r.document.id === parsed.data.solutionId);
  const result = await suggestMatch(ctx.user.id, parsed.data, hit ? { score: hit.score, explanation: hit.explanation } : null);
  if (!result.ok) return replyError(respondErrors, result, {});
  return reply<Result>({ done: "brokering.newAdded", matchId: result.matchId, errors: {} });
}

export default function NewMatch() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { challenges, challenge, suggestions, states, judging } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link to="/hub/matches">{t("brokering.backToList")}</Link>
      </p>
      <h1>{t("brokering.newTitle")}</h1>
      <p>{t("brokering.newIntro")}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)} <Link to={`/hub/matches/${result.matchId}`}>{t("brokering.open")}</Link>
        </p>
      ) : null}
      <ErrorSummary messages={Object.values(result?.errors ?? {})} />
      <Form method="get" className="form">
        <SelectField name="opgave" label={t("brokering.newChallenge")} placeholder={t("brokering.newChallengePlaceholder")} defaultValue={challenge?.slug}>
          {challenges.map((c) => (
            <option key={c.id} value={c.slug}>
              {c.title} ({c.ownerName})
            </option>
          ))}
        </SelectField>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("brokering.newShow")}
          </button>
        </div>
      </Form>
      {challenge && suggestions ? (
        <section aria-labelledby="suggestions-heading" className="matches">
          <h2 id="suggestions-heading">{t("brokering.newSuggestions")}</h2>
          {suggestions.unavailable ? <p className="utrecht-alert utrecht-alert--warning notice">{t("matching.unavailable")}</p> : null}
          {!suggestions.unavailable && suggestions.results.length === 0 ? <p>{t("matching.none")}</p> : null}
          <ol className="match-list">
            {suggestions.results.map((r) => (
              <li key={r.id} className="match">
                <h3 lang={r.document.lang}>{r.document.title}</h3>
                <p className="card-meta">
                  <Strength strength={r.explanation.strength} /> · {r.document.organisationName}
                </p>
                <Explanation explanation={r.explanation} />
                {states[r.document.id] ? (
                  <p>{t("brokering.newExisting", { state: t(`brokering.states.${states[r.document.id]}`) })}</p>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="challengeId" value={challenge.id} />
                    <input type="hidden" name="solutionId" value={r.document.id} />
                    <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={t("brokering.newAddLabel", { solution: r.document.title })}>
                      {t("brokering.newAdd")}
                    </button>
                  </Form>
                )}
                {judging?.enabled ? (
                  <JudgementControl challengeId={challenge.id} solutionId={r.document.id} title={r.document.title} verdict={judging.mine[r.document.id]} anchor="suggestions-heading" />
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
