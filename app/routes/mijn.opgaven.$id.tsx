import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeForm } from "../components/challenge-form";
import { ChallengeHistory } from "../components/challenge-history";
import { CHALLENGE_PROSE, ChallengeView } from "../components/challenge-view";
import { withProse } from "../components/markdown.server";
import { PartyActivity } from "../components/party-activity";
import { matchesOnChallenges } from "../domain/brokering/party-dashboard.server";
import { ErrorSummary, useMessage } from "../components/form";
import { Markdown } from "../components/markdown";
import { LifecycleActions } from "../components/challenge-lifecycle";
import { getChallengeById } from "../domain/challenges/challenges.repository.server";
import { parseChallengeForm, readIntent } from "../domain/intake/challenge-form.server";
import {
  challengeScope,
  changedFields,
  editableStatusesFor,
  intakeOptions,
  loadOwnChallenge,
  requireChallengeIntake,
  saveChallenge,
  SUBMITTABLE_STATUSES,
} from "../domain/intake/challenge-intake.server";
import { challengeHistory, ownerActionsFor, transitionChallenge, type TransitionName } from "../domain/intake/challenge-lifecycle.server";
import { challengeFieldErrors, OutcomeSchema, type ChallengeFormValues, toFormValues } from "../domain/intake/challenge-schema";
import { suggestForDraft, type DraftSuggestions } from "../domain/intake/challenge-suggest.server";
import { VersionConflictError } from "../domain/intake/records.server";
import { parseVersion } from "../domain/form-ranges";
import { useFormat } from "../utils/format";
import { isPublicChallengeStatus } from "../../shared/vocabulary/challenges";
import { dispatchIntent, NO_STORE, reply, replyError } from "../utils/action.server";
import { challengeErrors } from "../domain/intake/errors";
import { fail } from "../domain/errors";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "intake", "solution-intake", "hub-team", "owners", "procurement", "consultation"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.editChallenge") }];

/** Reload the record after every action, also a refused one (409: someone else changed it), so the page is current. */
export const shouldRevalidate = () => true;

const notFound = () => new Response("Not found", { status: 404 });

/** Everything but saving a draft speaks for the body: an unverified member gets 403 for these (ADR 0015). */
const VERIFIED_INTENTS = ["submit", "close", "pilot", "finish", "withdraw"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ctx = await requireChallengeIntake(request, "challenge.update");
  const challenge = await loadOwnChallenge(challengeScope(ctx), params.id ?? "");
  if (!challenge) throw notFound();
  const verified = ctx.membership.verified;
  // An unverified member reads their own submitted or published challenge as the public will see it.
  const editable = editableStatusesFor(verified).includes(challenge.status);
  const [options, history, view, activity] = await Promise.all([
    intakeOptions(challenge.ownerOrganisationId),
    challengeHistory(challenge.id),
    editable ? null : getChallengeById(challenge.id).then((c) => c && withProse(c, CHALLENGE_PROSE)),
    // Who responded and which matches run: for members who speak for the body (ADR 0015), once it left draft.
    verified && challenge.status !== "draft" ? matchesOnChallenges([challenge.id]).then((m) => m[challenge.id] ?? []) : null,
  ]);
  return data(
    {
      challenge: { ...challenge, formValues: toFormValues(challenge.values) },
      editable,
      verified,
      canSubmit: verified && (SUBMITTABLE_STATUSES as readonly string[]).includes(challenge.status),
      lifecycle: verified ? ownerActionsFor(challenge.status) : [],
      options,
      history,
      view,
      activity,
    },
    { headers: NO_STORE },
  );
}

type Result = {
  intent: string;
  values?: ChallengeFormValues;
  errors: Record<string, string>;
  conflict?: { changed: string[]; gone: boolean; version: number | null };
  suggestions?: DraftSuggestions;
  lifecycle?: Record<string, string>;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = readIntent(form) ?? String(form.get("intent") ?? "");
  const ctx = await requireChallengeIntake(request, intent === "submit" ? "challenge.publish" : "challenge.update");
  const scope = challengeScope(ctx);
  const current = await loadOwnChallenge(scope, params.id ?? "");
  if (!current) throw notFound();
  const base = `/mijn/opgaven/${current.id}`;
  if (!ctx.membership.verified && VERIFIED_INTENTS.includes(intent)) return replyError(challengeErrors, fail("needsVerification"), { intent });

  /** Save, submit for review, or ask for similar challenges (the form's own buttons). */
  const saveOrSuggest = async (intent: string) => {
    const { values, input, errors } = await parseChallengeForm(form, current.ownerOrganisationId, intent === "submit");
    if (intent === "suggest") {
      const suggestions = await suggestForDraft(current.ownerOrganisationId, values.title, `${values.summary}\n${values.problemStatement}\n${values.desiredOutcome}`);
      return reply<Result>({ intent, values, errors: {}, suggestions });
    }
    if (!input) return reply<Result>({ intent, values, errors }, 400);
    const version = parseVersion(form.get("version"));
    if (version === null) return reply<Result>({ intent, values, errors: { form: "forms.invalid" } }, 400);
    try {
      const saved = await saveChallenge(ctx, current, version, input, { submit: intent === "submit" });
      if (!saved.ok) return replyError(challengeErrors, saved, { intent, values });
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
      const latest = await loadOwnChallenge(scope, current.id);
      return reply<Result>(
        { intent, values, errors: { form: "intake.conflictTitle" }, conflict: { changed: latest ? changedFields(latest.values, input) : [], gone: !latest, version: latest?.version ?? null } },
        409,
      );
    }
    return redirect(`${base}?melding=${intent === "submit" ? "submitted" : "saved"}`);
  };
  /** A lifecycle step of the owner. */
  const transition = async (intent: string) => {
    const name = intent as TransitionName;
    let extra = {};
    if (name === "finish") {
      const parsed = OutcomeSchema.safeParse({ outcome: form.get("outcome") ?? "", lessonsLearned: form.get("lessonsLearned") ?? "" });
      const lifecycle = { outcome: String(form.get("outcome") ?? ""), lessonsLearned: String(form.get("lessonsLearned") ?? "") };
      if (!parsed.success) return reply<Result>({ intent, errors: challengeFieldErrors(parsed.error), lifecycle }, 400);
      extra = parsed.data;
    }
    if (name === "withdraw" && form.get("confirm") !== "on") return reply<Result>({ intent, errors: { confirm: "intake.withdrawConfirmRequired" } }, 400);
    const result = await transitionChallenge(ctx.user.id, current.id, name, { organisationId: ctx.organisation.id }, extra);
    if (!result.ok) return replyError(challengeErrors, result, { intent });
    return redirect(`${base}?melding=status`);
  };
  return dispatchIntent(
    form,
    { save: saveOrSuggest, submit: saveOrSuggest, suggest: saveOrSuggest, close: transition, pilot: transition, finish: transition, withdraw: transition },
    (intent: string) => reply<Result>({ intent, errors: { form: "forms.invalid" } }, 400),
  );
}

const NOTICES: Record<string, string> = { created: "intake.created", saved: "intake.saved", submitted: "intake.submitted" };

export default function EditChallenge() {
  const { challenge, editable, verified, canSubmit, lifecycle, options, history, view, activity } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const tm = useMessage();
  const f = useFormat();
  const melding = params.get("melding");
  const formResult = result && ["save", "submit", "suggest"].includes(result.intent) ? result : undefined;
  const lifecycleResult = result && !formResult ? result : undefined;
  return (
    <div className={editable ? "container" : "container narrow"}>
      <p className="breadcrumb">
        <Link to="/mijn/opgaven">{t("intake.mineTitle")}</Link>
      </p>
      {melding && NOTICES[melding] ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(NOTICES[melding])}
        </p>
      ) : melding === "status" ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t("intake.transitionDone", { status: t(`challengeStatus.${challenge.status}`) })}
        </p>
      ) : null}
      {editable ? <h1>{t("intake.editTitle")}</h1> : null}
      <p>
        {t("intake.status")}: <span className="status">{t(`challengeStatus.${challenge.status}`)}</span>
        {isPublicChallengeStatus(challenge.status) && challenge.values.visibility === "public" ? (
          <>
            {" "}
            · <Link to={`/opgaven/${challenge.slug}`}>{t("intake.publicPage")}</Link>
          </>
        ) : null}
      </p>
      {!verified ? <p className="utrecht-alert utrecht-alert--warning notice">{t("intake.unverified")}</p> : null}
      {verified ? (
        <p className="procurement-links">
          <Link to={`/mijn/opgaven/${challenge.id}/inkoop`}>{t("procurement.ownerLink")}</Link>
          {challenge.status === "published" ? (
            <>
              {" · "}
              <Link to={`/mijn/opgaven/${challenge.id}/consultatie`}>{t("consultation.ownerLink")}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {challenge.reviewComment && (challenge.status === "changes_requested" || challenge.status === "rejected") ? (
        <section className="review-comment" aria-labelledby="review-comment-title">
          <h2 id="review-comment-title">{t("intake.reviewComment")}</h2>
          <Markdown text={challenge.reviewComment} />
        </section>
      ) : null}
      {formResult?.conflict ? (
        <section className="utrecht-alert utrecht-alert--error notice conflict" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{formResult.conflict.gone ? t("intake.conflictGone") : t("intake.conflictTitle")}</h2>
          <p>{t("intake.conflict")}</p>
          {formResult.conflict.changed.length ? (
            <p>
              {t("intake.conflictChanged")} {formResult.conflict.changed.map((k) => t(`intake.${k}` as "intake.title")).join(", ")}
            </p>
          ) : null}
          <p>
            <a href={`/mijn/opgaven/${challenge.id}`} target="_blank" rel="noopener">
              {t("intake.conflictLink")}
            </a>
          </p>
        </section>
      ) : null}
      {editable ? (
        <ChallengeForm
          values={formResult?.values ?? challenge.formValues}
          errors={formResult?.conflict ? {} : (formResult?.errors ?? {})}
          themes={options.themes.map((slug) => ({ slug, label: f.theme(slug) }))}
          regions={options.regions}
          publicBodies={options.publicBodies}
        procurementRoutes={options.procurementRoutes}
          // After a conflict (a 409 does not reload the page data) saving again goes over the current version.
          version={formResult?.conflict?.version ?? challenge.version}
          canSubmit={canSubmit}
          canChooseCoOwners={verified}
          isNew={false}
          status={challenge.status}
          suggestions={formResult?.suggestions ?? null}
        />
      ) : view ? (
        <ChallengeView challenge={view} />
      ) : null}
      {activity ? <PartyActivity id="activity" matches={activity} side="owner" level={2} /> : null}
      {lifecycleResult ? <ErrorSummary messages={Object.values(lifecycleResult.errors)} /> : null}
      <LifecycleActions actions={lifecycle} errors={lifecycleResult?.errors ?? {}} values={lifecycleResult?.lifecycle ?? {}} />
      <ChallengeHistory entries={history} />
    </div>
  );
}
